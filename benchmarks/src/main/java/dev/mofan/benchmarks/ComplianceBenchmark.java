package dev.mofan.benchmarks;

import dev.mofan.core.derive.DerivedEvidence;
import dev.mofan.core.derive.Derivations;
import dev.mofan.core.derive.LedgerSources;
import dev.mofan.core.meeting.Compliance;
import dev.mofan.core.meeting.ComplianceReport;
import dev.mofan.core.sample.SampleMeetings;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingRules;
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
 * Organisational-life compliance for the sample province's 2025 meeting records (114,053 meetings,
 * 2,830 branches, seven meeting types, group meetings per party cell), and the seven derived keys
 * of {@code four-strong-branch} from them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class ComplianceBenchmark {

    private final Period.Year year = Period.year(2025);
    private OrgDirectory province;
    private MeetingLog meetings;
    private Scheme scheme;

    @Setup(Level.Trial)
    public void setUp() {
        province = SampleProvince.generate();
        meetings = SampleMeetings.generate(province, year);
        scheme = BundledSchemes.get("four-strong-branch");
    }

    /** Every branch, every meeting type: due, held, missed, exempt, quorum failures. */
    @Benchmark
    public ComplianceReport compliance() {
        return Compliance.of(meetings, MeetingRules.STANDARD, province, year, year.end());
    }

    /** The seven derived keys of the four-strong scheme for every branch. */
    @Benchmark
    public DerivedEvidence derive() {
        return Derivations.derive(scheme, province, year, year.end(),
                LedgerSources.none().withMeetings(meetings, MeetingRules.STANDARD));
    }
}
