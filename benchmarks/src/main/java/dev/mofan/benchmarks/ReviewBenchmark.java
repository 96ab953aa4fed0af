package dev.mofan.benchmarks;

import dev.mofan.core.designation.Review;
import dev.mofan.core.designation.ReviewResult;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.designation.Register;
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
 * Designations and dynamic management for the sample province's 2,830 branches with
 * {@code four-strong-branch}: a first review of 2026 (with 2025 before it) from an empty register,
 * and the review of 2026 again from the register it wrote (no action: every entry already rests on
 * the period).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class ReviewBenchmark {

    private Scheme scheme;
    private OrgDirectory province;
    private List<Report> reports;
    private Register written;

    @Setup(Level.Trial)
    public void setUp() {
        scheme = BundledSchemes.get("four-strong-branch");
        province = SampleProvince.generate();
        Evaluator evaluator = Evaluator.of(scheme);
        Period before = Period.year(2025);
        Period year = Period.year(2026);
        Report previous = evaluator.evaluate(province, SampleEvidence.generate(scheme, province, before), before);
        Report current = evaluator.evaluate(province, SampleEvidence.generate(scheme, province, year), year,
                year.end(), List.of(previous));
        reports = List.of(previous, current);
        written = Review.of(scheme, province, reports, Register.EMPTY, year.end()).register();
    }

    /** The first review: every branch judged, entries created. */
    @Benchmark
    public ReviewResult firstReview() {
        return Review.of(scheme, province, reports, Register.EMPTY, Period.year(2026).end());
    }

    /** The same review again from the register it wrote. */
    @Benchmark
    public ReviewResult reviewAgain() {
        return Review.of(scheme, province, reports, written, Period.year(2026).end());
    }
}
