package dev.mofan.benchmarks;

import dev.mofan.benchmarks.national.AviatorBaseline;
import dev.mofan.benchmarks.national.EasyRulesBaseline;
import dev.mofan.benchmarks.national.PlainLoopFloor;
import dev.mofan.benchmarks.national.Population;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.EvidenceColumns;
import dev.mofan.core.engine.Totals;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One run that compares, in items scored per second, the ways to score the synthetic population in
 * the Quzhou shape ({@link Population}: 46 items, every built-in rule, bonus, deduction, veto):
 * {@code mofan} (the engine, every figure with its trace), {@code mofanLean} (the same rules, every
 * total, grade and veto from evidence in columns: {@code Evaluator.totals}; also from records, and as
 * a whole report without traces), {@code plainLoopFloor} (a hand-written
 * loop over primitive arrays), {@code aviatorBaseline} (AviatorScript expressions over maps) and
 * {@code easyRulesBaseline} (one Easy Rules rule per item), at province size (4,800 branches,
 * 220,800 items); the floor also at national size (979,584 branches, 45,060,864 items). All give
 * every branch the same total ({@code AllAgreeTest}).
 *
 * <p>Throughput: one operation is one item scored ({@link OperationsPerInvocation}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluateBenchmark {

    private static final Period YEAR = Period.year(2025);
    private static final int PROVINCE_ITEMS = 4_800 * Population.ITEMS;
    private static final int NATION_ITEMS = 979_584 * Population.ITEMS;

    /** The province, in every form the five ways read. */
    @State(Scope.Benchmark)
    public static class Province {
        Population population;
        Evaluator evaluator;
        Evaluator lean;
        OrgDirectory directory;
        Evidence evidence;
        EvidenceColumns columns;
        PlainLoopFloor floor;
        AviatorBaseline aviator;
        EasyRulesBaseline easyRules;
        long[] cents;
        BigDecimal[] totals;

        /** Builds the population, mofan's records, the baselines' maps and compiled expressions. */
        @Setup(Level.Trial)
        public void setUp() {
            population = Population.province();
            evaluator = Evaluator.of(population.scheme());
            lean = evaluator.lean();
            directory = population.directory();
            evidence = population.evidence();
            columns = population.columns(lean, directory);
            floor = new PlainLoopFloor(population);
            aviator = new AviatorBaseline(population);
            easyRules = new EasyRulesBaseline(population);
            cents = new long[population.branches()];
            totals = new BigDecimal[population.branches()];
        }
    }

    /** The nation, as primitive columns: the floor's and mofan's. */
    @State(Scope.Benchmark)
    public static class Nation {
        PlainLoopFloor floor;
        long[] cents;
        Evaluator lean;
        EvidenceColumns columns;

        /** Builds the floor's columns (about 180 MB) and mofan's (about 800 MB). */
        @Setup(Level.Trial)
        public void setUp() {
            Population population = Population.nation();
            floor = new PlainLoopFloor(population);
            cents = new long[population.branches()];
            lean = Evaluator.of(population.scheme()).lean();
            columns = population.columns(lean, population.directory());
        }
    }

    /** mofan, every figure with its trace: screening, combining, rules, adjustments, veto, grades. */
    @Benchmark
    @OperationsPerInvocation(PROVINCE_ITEMS)
    public Report mofan(Province p) {
        return p.evaluator.evaluate(p.directory, p.evidence, YEAR);
    }

    /**
     * mofan lean: every branch's total, grade and vetoes from evidence in columns (filled once, as an
     * integrator holding combined figures fills them), each item scored by its own rule, asked once per
     * distinct value (explain one subject on demand).
     */
    @Benchmark
    @OperationsPerInvocation(PROVINCE_ITEMS)
    public Totals mofanLean(Province p) {
        return p.lean.totals(p.columns);
    }

    /** mofan lean from records: the records screened and combined into columns, then scored as {@code mofanLean}. */
    @Benchmark
    @OperationsPerInvocation(PROVINCE_ITEMS)
    public Totals mofanLeanFromRecords(Province p) {
        return p.lean.totals(EvidenceColumns.of(p.lean, p.directory, p.evidence, YEAR));
    }

    /** mofan lean as a whole report: every item score, adjustment and unused record, without traces. */
    @Benchmark
    @OperationsPerInvocation(PROVINCE_ITEMS)
    public Report mofanLeanReport(Province p) {
        return p.lean.evaluate(p.directory, p.evidence, YEAR);
    }

    /** The floor at province size. */
    @Benchmark
    @OperationsPerInvocation(PROVINCE_ITEMS)
    public long plainLoopFloor(Province p) {
        return p.floor.totals(p.cents);
    }

    /** AviatorScript at province size. */
    @Benchmark
    @OperationsPerInvocation(PROVINCE_ITEMS)
    public BigDecimal[] aviatorBaseline(Province p) {
        p.aviator.totals(p.totals);
        return p.totals;
    }

    /** Easy Rules at province size. */
    @Benchmark
    @OperationsPerInvocation(PROVINCE_ITEMS)
    public BigDecimal[] easyRulesBaseline(Province p) {
        p.easyRules.totals(p.totals);
        return p.totals;
    }

    /** mofan lean at national size, from columns. */
    @Benchmark
    @OperationsPerInvocation(NATION_ITEMS)
    public Totals mofanLeanNational(Nation n) {
        return n.lean.totals(n.columns);
    }

    /** The floor at national size. */
    @Benchmark
    @OperationsPerInvocation(NATION_ITEMS)
    public long plainLoopFloorNational(Nation n) {
        return n.floor.totals(n.cents);
    }
}
