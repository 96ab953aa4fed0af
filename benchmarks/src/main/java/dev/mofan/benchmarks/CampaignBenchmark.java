package dev.mofan.benchmarks;

import dev.mofan.core.campaign.Campaign;
import dev.mofan.core.campaign.CampaignRun;
import dev.mofan.core.campaign.Committee;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.designation.Register;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A campaign on the sample province, as the scenarios run it (docs/scenarios.md): Quzhou's index
 * over twelve quarters (101 units) and Henan's three atmospheres over three years (2,931 units and
 * branches), each period evaluated with full traces against all its earlier reports, reviewed, and
 * the committee's namings applied. The sample evidence (20% and 25% strong units) is generated
 * before the measurement, as an integrator's store would hold it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CampaignBenchmark {

    /** The scheme, its periods and the share of strong units, as in the scenario of the same name. */
    @Param({"quzhou", "henan"})
    public String scenario;

    private OrgDirectory province;
    private Campaign campaign;
    private List<Period> periods;
    private final Map<Period, Evidence> evidence = new HashMap<>();

    @Setup(Level.Trial)
    public void setUp() {
        province = SampleProvince.generate();
        boolean quarterly = scenario.equals("quzhou");
        Scheme scheme = BundledSchemes.get(quarterly ? "quzhou-index" : "three-atmospheres");
        periods = new ArrayList<>();
        for (int year = 2024; year <= 2026; year++) {
            periods.addAll(quarterly ? Period.year(year).split(scheme.period()) : List.of(Period.year(year)));
        }
        for (Period period : periods) {
            evidence.put(period, SampleEvidence.generate(scheme, province, period,
                    SampleEvidence.seed(period), quarterly ? 20 : 25));
        }
        campaign = Campaign.of(List.of(scheme)).committee(Committee.all()).parallel(true);
    }

    /** Every period evaluated, reviewed and named, on both cores. */
    @Benchmark
    public CampaignRun run() {
        return campaign.run(province, periods, (scheme, period) -> evidence.get(period), Register.EMPTY);
    }
}
