package dev.mofan.benchmarks;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import java.util.List;
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
 * SCORING.md steps 9 and 10 alone: the sample province's 2026 report of {@code five-type-organ}
 * ranked again against 2025's ({@code Evaluator.rank}): the roll-up of each of the 101 units with
 * its branches (member-weighted, 2,830 branches), then four peer groups (5,860 rankings with
 * traces, movement, streaks and quotas). Scorecards are not scored again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class RankBenchmark {

    private Evaluator evaluator;
    private OrgDirectory province;
    private Report report;
    private List<Report> earlier;

    @Setup(Level.Trial)
    public void setUp() {
        Scheme scheme = BundledSchemes.get("five-type-organ");
        province = SampleProvince.generate();
        evaluator = Evaluator.of(scheme);
        Period before = Period.year(2025);
        Period year = Period.year(2026);
        Report previous = evaluator.evaluate(province, SampleEvidence.generate(scheme, province, before), before);
        earlier = List.of(previous);
        report = evaluator.evaluate(province, SampleEvidence.generate(scheme, province, year), year, year.end(),
                earlier);
    }

    /** Rolls up and ranks one period's scorecards again. */
    @Benchmark
    public Report rank() {
        return evaluator.rank(province, report, earlier);
    }
}
