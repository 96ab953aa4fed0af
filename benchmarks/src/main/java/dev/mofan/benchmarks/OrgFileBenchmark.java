package dev.mofan.benchmarks;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.model.directory.OrgDirectory;
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
 * Reading (with every check) and writing the sample province's org file: about 6,000 orgs,
 * 52,000 members, 2,300 divisions; 4 MB of JSON, 3.5 MB of YAML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class OrgFileBenchmark {

    @Param({"JSON", "YAML"})
    private Syntax syntax;

    private final OrgDirectoryFormat format = OrgDirectoryFormat.ofDefaults();
    private OrgDirectory sample;
    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        sample = SampleProvince.generate();
        text = format.write(sample, syntax);
    }

    /** Parses, checks and builds the directory. */
    @Benchmark
    public OrgDirectory read() {
        return format.read(text, syntax);
    }

    /** Writes the canonical document. */
    @Benchmark
    public String write() {
        return format.write(sample, syntax);
    }
}
