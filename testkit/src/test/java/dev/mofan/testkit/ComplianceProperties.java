package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.MeetingLogFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.meeting.BranchCompliance;
import dev.mofan.core.meeting.Compliance;
import dev.mofan.core.meeting.ComplianceReport;
import dev.mofan.core.meeting.TypeCompliance;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.meeting.Attendance;
import dev.mofan.model.meeting.Meeting;
import dev.mofan.model.meeting.MeetingCadence;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Organisational-life compliance (docs/organisational-life.md) over generated org trees and meeting
 * records: a branch that meets every cadence is fully compliant, a type is never held in more periods
 * than it has records, and the figures do not depend on the order of the records.
 */
class ComplianceProperties {

    private static final Period YEAR = Period.year(2026);

    @Property(tries = 60)
    @net.jqwik.api.Label("a branch that holds a quorate meeting in every cadence period of every type (each party cell "
            + "its group meetings) is 100% compliant, type by type")
    void meetingEveryCadenceIsFullCompliance(@ForAll OrgDirectory directory, @ForAll long seed) {
        Random random = new Random(seed);
        List<Meeting> meetings = new ArrayList<>();
        for (OrgUnit branch : directory.tree().ofKind(OrgKind.BRANCH)) {
            for (MeetingCadence cadence : MeetingRules.STANDARD.cadences()) {
                List<Optional<String>> holders = holders(directory, branch, cadence.type());
                for (Optional<String> cell : holders) {
                    for (Period period : YEAR.split(cadence.every())) {
                        int days = (int) (period.end().toEpochDay() - period.start().toEpochDay());
                        int expected = 1 + random.nextInt(30);
                        meetings.add(new Meeting("m" + meetings.size(), branch.id(), cadence.type(), cell,
                                period.start().plusDays(random.nextInt(days + 1)),
                                Optional.of(Attendance.of(expected / 2 + 1, expected)), Label.NONE));
                    }
                }
            }
        }
        ComplianceReport report = Compliance.of(new MeetingLog(meetings), MeetingRules.STANDARD, directory, YEAR,
                YEAR.end());
        for (BranchCompliance branch : report.branches()) {
            for (TypeCompliance type : branch.types()) {
                assertEquals(type.due(), type.held(), branch.branch() + " " + type.cadence().type().id());
                assertEquals(List.of(), type.missed());
                assertEquals(List.of(), type.quorumFailures());
            }
            assertEquals(branch.compliance().denominator(), branch.compliance().numerator());
            assertTrue(branch.compliance().denominator() > 0, "something is always due in a year");
        }
        assertEquals(List.of(), report.unusedMeetings());
    }

    @Provide
    Arbitrary<List<List<Integer>>> records() {
        return Arbitraries.integers().between(0, 100_000).list().ofSize(5).list().ofMaxSize(80);
    }

    @Property(tries = 80)
    @net.jqwik.api.Label("over random records: a type is held in no more periods than it has records, held + missed = "
            + "due, and the figures do not depend on the order of the records; the log reads back equal")
    void heldNeverExceedsTheRecordsAndOrderDoesNotMatter(@ForAll OrgDirectory directory,
            @ForAll("records") List<List<Integer>> rows, @ForAll long seed) {
        List<OrgUnit> orgs = directory.tree().units();
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> row = rows.get(i);
            OrgUnit org = orgs.get(row.get(0) % orgs.size());
            MeetingType type = MeetingType.values()[row.get(1) % MeetingType.values().length];
            Optional<String> cell = Optional.empty();
            String branch = org.id();
            if (type.heldByPartyCells()) {
                cell = Optional.of(org.id());
                branch = org.parent().orElse(org.id());
            }
            int expected = 1 + row.get(3) % 12;
            Optional<Attendance> attendance = row.get(3) % 7 == 0 ? Optional.empty()
                    : Optional.of(Attendance.of(row.get(4) % (expected + 1), expected));
            meetings.add(new Meeting("m" + i, branch, type, cell, LocalDate.of(2025, 12, 1).plusDays(row.get(2) % 420),
                    attendance, Label.NONE));
        }
        MeetingLog log = new MeetingLog(meetings);
        assertEquals(log, MeetingLogFormat.ofDefaults().read(MeetingLogFormat.ofDefaults().write(log, Syntax.YAML),
                Syntax.YAML));
        ComplianceReport report = Compliance.of(log, MeetingRules.STANDARD, directory, YEAR, YEAR.end());
        for (BranchCompliance branch : report.branches()) {
            for (TypeCompliance type : branch.types()) {
                MeetingType kind = type.cadence().type();
                long records = meetings.stream().filter(m -> m.branch().equals(branch.branch()) && m.type() == kind
                        && YEAR.contains(m.date())).count();
                assertTrue(type.held() <= records, branch.branch() + " " + kind.id() + ": " + type.held() + " held, "
                        + records + " records");
                assertEquals(type.due(), type.held() + type.missed().size());
            }
        }
        List<Meeting> shuffled = new ArrayList<>(meetings);
        Collections.shuffle(shuffled, new Random(seed));
        ComplianceReport again = Compliance.of(new MeetingLog(shuffled), MeetingRules.STANDARD, directory, YEAR,
                YEAR.end());
        assertEquals(report.branches(), again.branches());
        assertEquals(report.unusedMeetings().size(), again.unusedMeetings().size());
    }

    private static List<Optional<String>> holders(OrgDirectory directory, OrgUnit branch, MeetingType type) {
        if (!type.heldByPartyCells()) {
            return List.of(Optional.empty());
        }
        return directory.tree().children(branch.id()).stream().filter(c -> c.kind() == OrgKind.PARTY_CELL)
                .map(c -> Optional.of(c.id())).toList();
    }
}
