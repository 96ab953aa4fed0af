package dev.mofan.benchmarks;

import dev.mofan.benchmarks.national.Population;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.scheme.Scheme;
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
 * Loading what the national-scale comparison scores: the Quzhou-shape scheme from its YAML (read,
 * every check, rules configured) and the province's evidence from JSON (4,800 branches, about
 * 205,000 records, read and checked).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoadBenchmark {

    private String schemeYaml;
    private String evidenceJson;

    /** Writes the documents once. */
    @Setup(Level.Trial)
    public void setUp() {
        Population province = Population.province();
        schemeYaml = province.schemeYaml();
        evidenceJson = EvidenceFormat.ofDefaults().write(province.evidence(), Syntax.JSON);
    }

    /** Reads and checks the scheme. */
    @Benchmark
    public Scheme loadScheme() {
        return SchemeFormat.ofDefaults().read(schemeYaml, Syntax.YAML);
    }

    /** Reads and checks the province's evidence. */
    @Benchmark
    public Evidence loadEvidence() {
        return EvidenceFormat.ofDefaults().read(evidenceJson, Syntax.JSON);
    }
}
