package dev.mofan.benchmarks;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.EvidenceColumns;
import dev.mofan.core.engine.Totals;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring the sample province with a bundled scheme, full traces: {@code five-type-organ} (2,931
 * units and branches, 44 items, 41 per kind, about 217,000 evidence records with one subject in
 * eight self-assessing), the composite {@code star-branch} and the open-ended {@code points-branch}
 * (2,830 branches each). Also reading the evidence file and writing the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class SampleProvinceBenchmark {

    private static final Period YEAR = Period.year(2025);

    /** The bundled scheme scored. */
    @Param({"five-type-organ", "star-branch", "points-branch"})
    public String schemeId;

    private Scheme scheme;
    private OrgDirectory province;
    private Evidence evidence;
    private Evaluator sequential;
    private Evaluator parallel;
    private String evidenceJson;
    private Report report;
    private EvidenceColumns columns;

    @Setup(Level.Trial)
    public void setUp() {
        scheme = BundledSchemes.get(schemeId);
        province = SampleProvince.generate();
        evidence = SampleEvidence.generate(scheme, province, YEAR);
        sequential = Evaluator.of(scheme);
        parallel = sequential.parallel(true);
        evidenceJson = EvidenceFormat.ofDefaults().write(evidence, Syntax.JSON);
        report = sequential.evaluate(province, evidence, YEAR);
        columns = EvidenceColumns.of(sequential, province, evidence, YEAR);
    }

    /** Screens the evidence and scores every subject on one thread. */
    @Benchmark
    public Report evaluate() {
        return sequential.evaluate(province, evidence, YEAR);
    }

    /** The same on the common fork-join pool. */
    @Benchmark
    public Report evaluateParallel() {
        return parallel.evaluate(province, evidence, YEAR);
    }

    /** The same figures lean, from the records screened and combined into columns, then scored from them. */
    @Benchmark
    public Totals totalsFromRecords() {
        Evaluator lean = sequential.lean();
        return lean.totals(EvidenceColumns.of(lean, province, evidence, YEAR));
    }

    /** The same figures lean, from columns filled beforehand (as a warehouse gives them): the scoring alone. */
    @Benchmark
    public Totals totalsFromColumns() {
        return sequential.totals(columns);
    }

    /** Reads and checks the 30 MB evidence file. */
    @Benchmark
    public Evidence readEvidence() {
        return EvidenceFormat.ofDefaults().read(evidenceJson, Syntax.JSON);
    }

    /** Writes the report, every scorecard with its trace (about 150 MB of JSON). */
    @Benchmark
    public int writeReport() {
        return ReportFormat.write(report).length();
    }
}
