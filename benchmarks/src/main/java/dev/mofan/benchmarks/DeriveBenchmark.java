package dev.mofan.benchmarks;

import dev.mofan.core.derive.DerivedEvidence;
import dev.mofan.core.derive.Derivations;
import dev.mofan.core.derive.LedgerSources;
import dev.mofan.core.sample.SampleLedgers;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
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
 * Derived evidence: the four derived keys of {@code five-type-organ} for every unit and branch of the
 * sample province (5,957 orgs, 2,931 readers) from its 2025 ledgers (562 problems, 6,363 task
 * assignments, 29,099 activities): one pass per source and category or task, then one record per
 * reader and key (3,577 records).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class DeriveBenchmark {

    private Scheme scheme;
    private OrgDirectory province;
    private LedgerSources sources;
    private final Period.Year year = Period.year(2025);

    @Setup(Level.Trial)
    public void setUp() {
        scheme = BundledSchemes.get("five-type-organ");
        province = SampleProvince.generate();
        sources = LedgerSources.none().withProblems(SampleLedgers.problems(province, year))
                .withTasks(SampleLedgers.tasks(province, BundledTaskCatalogues.get("five-type-organ"), year),
                        BundledTaskCatalogues.get("five-type-organ"))
                .withActivities(SampleLedgers.activities(province, year));
    }

    /** Derives every record of the scheme's derived keys for the year. */
    @Benchmark
    public DerivedEvidence derive() {
        return Derivations.derive(scheme, province, year, year.end(), sources);
    }
}
