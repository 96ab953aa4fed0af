package dev.mofan.benchmarks;

import dev.mofan.benchmarks.national.PlainLoopFloor;
import dev.mofan.benchmarks.national.Population;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.EvidenceColumns;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SCORING.md steps 9 and 10 at national size, as {@code Evaluator.rank} does them: a million orgs
 * (20,408 units, 979,584 branches), each unit rolled up with its 48 branches, the branches ranked
 * within their units with leaders, laggards and a 20% quota on 优秀, and the units ranked on the
 * roll-up. The scorecards (totals from the floor, grades from the scheme's bands) are given, not
 * scored: this measures ranking and the roll-up alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
public class NationalRankBenchmark {

    private Population population;
    private Evaluator evaluator;
    private OrgDirectory nation;
    private Report report;

    /** The nation's evidence as columns, for the end-to-end run. */
    @State(Scope.Benchmark)
    public static class Columns {
        Evaluator lean;
        EvidenceColumns columns;

        /**
         * Fills the columns of the ranking scheme.
         *
         * @param national the benchmark's state, whose directory the columns are for
         */
        @Setup(Level.Trial)
        public void setUp(NationalRankBenchmark national) {
            lean = Evaluator.of(national.population.rankingScheme()).lean();
            columns = national.population.columns(lean, national.nation);
        }
    }

    /** Builds the million-org tree and the report to rank. */
    @Setup(Level.Trial)
    public void setUp() {
        population = Population.nation();
        Scheme scheme = population.rankingScheme();
        evaluator = Evaluator.of(scheme);
        nation = population.directory();
        long[] cents = new long[population.branches()];
        new PlainLoopFloor(population).totals(cents);
        List<Scorecard> cards = new ArrayList<>(population.units() + population.branches());
        for (int u = 0; u < population.units(); u++) {
            cards.add(card(scheme, population.unitId(u), "unit", Population.unitCents(u)));
        }
        for (int b = 0; b < population.branches(); b++) {
            cards.add(card(scheme, population.branchId(b), "branch", cents[b]));
        }
        LocalDate end = LocalDate.of(2025, 12, 31);
        report = new Report("national", scheme.id(), scheme.version(), List.of(), "2025", end, cards, List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static Scorecard card(Scheme scheme, String subject, String kind, long cents) {
        BigDecimal total = BigDecimal.valueOf(cents, 2);
        String grade = scheme.grades().stream().filter(band -> total.compareTo(band.min()) >= 0).findFirst()
                .map(GradeBand::id).orElseThrow();
        return new Scorecard(subject, kind, total, Optional.of(grade), false, List.of(), false, total,
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), BigDecimal.ZERO.setScale(2), List.of());
    }

    /**
     * The national run end to end from evidence in memory: every one of the million subjects scored
     * from columns (45 million item scores), then the summary report with the roll-up of 20,408
     * units and the rankings of two peer groups.
     */
    @Benchmark
    public Report evaluateRankNational(Columns columns) {
        return columns.lean.totals(columns.columns).report(nation, List.of());
    }

    /**
     * The same, with the evaluator's {@code parallel(true)}: the summary scorecards are built on both
     * cores (scoring from columns, the roll-up and the rankings stay on one).
     */
    @Benchmark
    public Report evaluateRankNationalParallel(Columns columns) {
        return columns.lean.parallel(true).totals(columns.columns).report(nation, List.of());
    }

    /** Rolls up 20,408 units with their branches and ranks a million subjects in two peer groups. */
    @Benchmark
    public Report rankNational() {
        return evaluator.rank(nation, report, List.of());
    }
}
