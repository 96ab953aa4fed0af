package dev.mofan.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.derive.DerivedEvidence;
import dev.mofan.core.derive.Derivations;
import dev.mofan.core.derive.LedgerSources;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.MeetingLogFormat;
import dev.mofan.core.format.MeetingRulesFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.DerivedSource;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of organisational-life compliance (docs/organisational-life.md), each computed by
 * hand against the standard cadences: 支部党员大会 each quarter and 支部委员会 each month with more than
 * half present, 党小组会 each month in each party cell, 党课 each quarter, 主题党日 each month, 组织生活会
 * and 民主评议党员 each year.
 */
class ComplianceTest {

    /** b1 has two party cells; b2 has none; b3 was founded on 2026-05-10. */
    static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: b1, kind: branch, parent: u1}
              - {id: b1-c1, kind: party-cell, parent: b1}
              - {id: b1-c2, kind: party-cell, parent: b1}
              - {id: b2, kind: branch, parent: u1}
              - {id: b3, kind: branch, parent: u1}
            members:
              - {id: p1, branch: b1, role: secretary, cadreLevel: county-division}
              - {id: p2, branch: b1, role: committee-member}
              - {id: p3, branch: b1}
              - {id: p4, branch: b2, cadreLevel: department-bureau}
            """, Syntax.YAML);

    static final Period YEAR = Period.year(2026);

    /** Every meeting b1 owes in 2026, on time and quorate, except where {@code skip} says. */
    private static String fullYear(String branch, boolean cells, List<String> skip) {
        StringBuilder yaml = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            String date = String.format("2026-%02d-10", m);
            if (!skip.contains("committee " + m)) {
                yaml.append(meeting(branch + "cm" + m, branch, "committee-meeting", date, "{present: 3, expected: 3}"));
            }
            yaml.append(meeting(branch + "td" + m, branch, "themed-party-day", date, null));
            if (cells) {
                for (String cell : List.of("b1-c1", "b1-c2")) {
                    yaml.append("  - {id: ").append(cell).append("g").append(m).append(", branch: ").append(branch)
                            .append(", cell: ").append(cell).append(", type: group-meeting, date: ").append(date)
                            .append("}\n");
                }
            }
            if (m % 3 == 0) {
                String attendance = skip.contains("general-quorum " + m) ? "{present: 5, expected: 10}"
                        : "{present: 9, expected: 10}";
                yaml.append(meeting(branch + "gm" + m, branch, "general-meeting", date, attendance));
                yaml.append(meeting(branch + "pl" + m, branch, "party-lecture", date, null));
            }
        }
        yaml.append(meeting(branch + "lm", branch, "life-meeting", "2026-12-20", null));
        yaml.append(meeting(branch + "ap", branch, "member-appraisal", "2026-12-22", null));
        return yaml.toString();
    }

    private static String meeting(String id, String branch, String type, String date, String attendance) {
        return "  - {id: " + id + ", branch: " + branch + ", type: " + type + ", date: " + date
                + (attendance == null ? "" : ", attendance: " + attendance) + "}\n";
    }

    private static MeetingLog log(String... parts) {
        return MeetingLogFormat.ofDefaults().read("meetings:\n" + String.join("", parts), Syntax.YAML);
    }

    @Test
    void aBranchThatMissesOneMonthsCommitteeMeeting() {
        // b1 holds everything but its committee meeting of May: 11 of 12 months held, May listed as missed.
        ComplianceReport report = Compliance.of(log(fullYear("b1", true, List.of("committee 5"))), MeetingRules.STANDARD,
                ORGS, YEAR, YEAR.end());
        BranchCompliance b1 = report.branch("b1").orElseThrow();
        TypeCompliance committee = b1.of(MeetingType.COMMITTEE_MEETING);
        assertEquals(12, committee.due());
        assertEquals(11, committee.held());
        assertEquals("11/12", committee.compliance().text());
        assertEquals(List.of("2026-05"), committee.missed().stream().map(Slot::text).toList());
        // Everything else is kept: group meetings are due per cell and month (2 × 12 = 24).
        assertEquals("24/24", b1.of(MeetingType.GROUP_MEETING).compliance().text());
        assertEquals("4/4", b1.of(MeetingType.GENERAL_MEETING).compliance().text());
        // All types: 4 + 11 + 24 + 4 + 12 + 1 + 1 = 57 held of 58 due.
        assertEquals("57/58", b1.compliance().text());
        assertEquals(List.of(), report.unusedMeetings());
    }

    @Test
    void aBranchWhoseQuarterlyGeneralMeetingLackedQuorum() {
        // The June general meeting had 5 of 10 present: not more than half, so Q2 is missed and the meeting
        // is listed as a quorum failure; 6 of 10 would have counted.
        ComplianceReport report = Compliance.of(log(fullYear("b1", true, List.of("general-quorum 6"))),
                MeetingRules.STANDARD, ORGS, YEAR, YEAR.end());
        TypeCompliance general = report.branch("b1").orElseThrow().of(MeetingType.GENERAL_MEETING);
        assertEquals("3/4", general.compliance().text());
        assertEquals(List.of("2026-Q2"), general.missed().stream().map(Slot::text).toList());
        assertEquals(List.of(new TypeCompliance.QuorumFailure("b1gm6", LocalDate.of(2026, 6, 10), 5, 10)),
                general.quorumFailures());
        // The same meeting counts under a rule of at least half.
        MeetingRules lenient = MeetingRulesFormat.ofDefaults().read("""
                id: lenient
                cadences:
                  - {type: general-meeting, every: quarter, quorum: {atLeast: 1/2}}
                """, Syntax.YAML);
        assertEquals("4/4", Compliance.of(log(fullYear("b1", true, List.of("general-quorum 6"))), lenient, ORGS, YEAR,
                YEAR.end()).branch("b1").orElseThrow().of(MeetingType.GENERAL_MEETING).compliance().text());
    }

    @Test
    void exemptBranches() {
        // b2 has no party cells: its group meetings are exempt, each month with the reason. b3 was founded on
        // 2026-05-10: before its first full period nothing is due — months from June (7), quarters from Q3
        // (2), and not the year (it overlaps).
        MeetingRules rules = MeetingRulesFormat.ofDefaults().read("""
                id: city
                exemptions:
                  - {branch: b3, founded: 2026-05-10}
                  - {branch: b9, founded: 2026-01-01}
                """, Syntax.YAML);
        ComplianceReport report = Compliance.of(log(fullYear("b2", false, List.of()), fullYear("b3", false, List.of())),
                rules, ORGS, YEAR, YEAR.end());
        TypeCompliance groups = report.branch("b2").orElseThrow().of(MeetingType.GROUP_MEETING);
        assertEquals(0, groups.due());
        assertEquals(12, groups.exempt().size());
        assertEquals(Label.of("支部未设党小组", "the branch has no party cells"), groups.exempt().get(0).reason());
        assertEquals("4/4", report.branch("b2").orElseThrow().of(MeetingType.GENERAL_MEETING).compliance().text());
        BranchCompliance b3 = report.branch("b3").orElseThrow();
        assertEquals("7/7", b3.of(MeetingType.COMMITTEE_MEETING).compliance().text());
        assertEquals("2/2", b3.of(MeetingType.GENERAL_MEETING).compliance().text());
        assertEquals("0/0", b3.of(MeetingType.LIFE_MEETING).compliance().text());
        assertEquals(List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05"),
                b3.of(MeetingType.COMMITTEE_MEETING).exempt().stream().map(e -> e.slot().text()).toList());
        assertEquals("newly founded: exempt before its first full period",
                b3.of(MeetingType.COMMITTEE_MEETING).exempt().get(0).reason().text(Language.EN));
        // b9 is not a branch of the file: the exemption is reported at its path in the rules document.
        assertEquals(List.of("$.exemptions[1].branch: 'b9' is not a branch of the org file: the exemption applies "
                + "to nothing"), report.unknownExemptions().stream().map(v -> v.line(Language.EN)).toList());
    }

    @Test
    void aPeriodShorterThanACadence() {
        // Evaluated for 2026-Q1 on its last day: 3 monthly committee meetings due, 1 quarterly general meeting,
        // and no yearly life meeting (a year is not inside a quarter). For one month, not even the quarter.
        MeetingLog log = log(fullYear("b1", true, List.of()));
        BranchCompliance q1 = Compliance.of(log, MeetingRules.STANDARD, ORGS, Period.quarter(2026, 1),
                LocalDate.of(2026, 3, 31)).branch("b1").orElseThrow();
        assertEquals("3/3", q1.of(MeetingType.COMMITTEE_MEETING).compliance().text());
        assertEquals("1/1", q1.of(MeetingType.GENERAL_MEETING).compliance().text());
        assertEquals("0/0", q1.of(MeetingType.LIFE_MEETING).compliance().text());
        assertEquals(Optional.empty(), q1.of(MeetingType.LIFE_MEETING).compliance().percent());
        BranchCompliance march = Compliance.of(log, MeetingRules.STANDARD, ORGS, Period.month(2026, 3),
                LocalDate.of(2026, 3, 31)).branch("b1").orElseThrow();
        assertEquals(0, march.of(MeetingType.GENERAL_MEETING).due());
        assertEquals("1/1", march.of(MeetingType.COMMITTEE_MEETING).compliance().text());
        // Judged on 2026-07-31, months from August on are not yet due.
        assertEquals("7/7", Compliance.of(log, MeetingRules.STANDARD, ORGS, YEAR, LocalDate.of(2026, 7, 31))
                .branch("b1").orElseThrow().of(MeetingType.COMMITTEE_MEETING).compliance().text());
    }

    @Test
    void recordsThatCountForNoBranchAreReportedNotDropped() {
        MeetingLog log = log(
                meeting("x1", "b1", "committee-meeting", "2026-01-10", "{present: 3, expected: 3}"),
                meeting("x2", "b1", "committee-meeting", "2026-01-10", "{present: 2, expected: 3}"),
                meeting("x3", "u1", "themed-party-day", "2026-01-11", null),
                meeting("x4", "nowhere", "themed-party-day", "2026-01-11", null),
                "  - {id: x5, branch: b2, cell: b1-c1, type: group-meeting, date: 2026-01-12}\n",
                meeting("x0", "b1", "committee-meeting", "2026-02-10", null));
        ComplianceReport report = Compliance.of(log, MeetingRules.STANDARD, ORGS, YEAR, YEAR.end());
        assertEquals(List.of(
                "$.meetings[1]: the same committee-meeting of 'b1' on 2026-01-10 as at $.meetings[0]: counted once",
                "$.meetings[2].branch: 'u1' is not a branch of the org file: this record counts for no branch",
                "$.meetings[3].branch: 'nowhere' is not a branch of the org file: this record counts for no branch",
                "$.meetings[4].cell: 'b1-c1' is not a party cell of branch 'b2' in the org file: this record counts for "
                        + "no cell"), report.unusedMeetings().stream().map(v -> v.line(Language.EN)).toList());
        // x0 in February has no attendance recorded: a committee meeting needs its quorum, so it does not count.
        TypeCompliance committee = report.branch("b1").orElseThrow().of(MeetingType.COMMITTEE_MEETING);
        assertEquals(1, committee.held());
        assertEquals(List.of(new TypeCompliance.QuorumFailure("x0", LocalDate.of(2026, 2, 10), 0, 0)),
                committee.quorumFailures());
    }

    @Test
    void theFourStrongSchemeScoresTheDerivedCompliance() {
        // b1 misses May's committee meeting and Q2's general meeting lacks quorum: general-meeting held 3 → 2
        // points (tiers 4 → 3, 3 → 2); committee-meeting 11 → 2 (12 → 3, 9+ → 2); group meetings 24 × 0.2,
        // capped at 2; party lectures 4 × 0.5 = 2; themed party days 12 × 0.25 = 3; life meeting and
        // appraisal held once each → 2 and 2. Organisational life = 2 + 2 + 2 + 2 + 3 + 2 + 2 = 15 of 17.
        Scheme scheme = BundledSchemes.get("four-strong-branch");
        MeetingLog log = log(fullYear("b1", true, List.of("committee 5", "general-quorum 6")));
        DerivedEvidence derived = Derivations.derive(scheme, ORGS, YEAR, YEAR.end(),
                LedgerSources.none().withMeetings(log, MeetingRules.STANDARD));
        assertTrue(derived.records().stream().map(EvidenceRecord::id).toList()
                .contains("meeting-log:b1:general-meeting"));
        assertEquals(List.of(), derived.unused().getOrDefault(DerivedSource.MEETING_LOG, List.of()));
        Scorecard b1 = Evaluator.of(scheme).evaluate(ORGS, derived.evidence(), YEAR).scorecards().stream()
                .filter(c -> c.subject().equals("b1")).findFirst().orElseThrow();
        assertEquals(Optional.of(new BigDecimal("2.00")), b1.item("general-meetings").orElseThrow().points());
        assertEquals(Optional.of(new BigDecimal("2.00")), b1.item("committee-meetings").orElseThrow().points());
        assertEquals(Optional.of(new BigDecimal("15.00")), b1.indicators().get(1).points());
    }

    @Test
    void aSchemeCanDeclareItsOwnCadences() {
        // The same records scored by a variant of four-strong-branch whose committee meetings are due each quarter:
        // b1's missed May no longer matters, every quarter had one, so committee-meeting is 4 instead of 11.
        SchemeFormat format = SchemeFormat.ofDefaults();
        String text = format.write(BundledSchemes.get("four-strong-branch"), Syntax.YAML)
                + "meetingCadences:\n  - {type: committee-meeting, every: quarter, quorum: {moreThan: 1/2}}\n";
        Scheme quarterly = format.read(text, Syntax.YAML);
        assertEquals(quarterly, format.read(format.write(quarterly, Syntax.JSON), Syntax.JSON));
        MeetingLog log = log(fullYear("b1", true, List.of("committee 5")));
        LedgerSources sources = LedgerSources.none().withMeetings(log, MeetingRules.STANDARD);
        assertEquals(Value.of(4), committee(Derivations.derive(quarterly, ORGS, YEAR, YEAR.end(), sources)));
        assertEquals(Value.of(11), committee(Derivations.derive(BundledSchemes.get("four-strong-branch"), ORGS, YEAR,
                YEAR.end(), sources)));
        ValidationException twice = assertThrows(ValidationException.class, () -> format.read(text
                + "  - {type: committee-meeting, every: year}\n", Syntax.YAML));
        assertEquals(List.of("$.meetingCadences[1].type: a second cadence for committee-meeting (first at "
                + "$.meetingCadences[0].type)"), twice.lines(Language.EN));
    }

    private static Value committee(DerivedEvidence derived) {
        return derived.records().stream().filter(r -> r.id().equals("meeting-log:b1:committee-meeting")).findFirst()
                .orElseThrow().value();
    }

    @Test
    void leadersAttendanceFromTheNamedLists() {
        // p1 (县处级, b1) was at two general meetings and away from one; p4 (厅局级, b2) is named nowhere, and
        // b2's one general meeting names nobody, so it is unrecorded for p4.
        MeetingLog log = log(
                meeting("g1", "b1", "general-meeting", "2026-03-10", "{present: 2, expected: 3, attendees: [p1, p2], "
                        + "absentees: [p3]}"),
                meeting("g2", "b1", "general-meeting", "2026-06-10", "{present: 2, expected: 3, attendees: [p2, p3], "
                        + "absentees: [p1]}"),
                meeting("g3", "b1", "general-meeting", "2026-09-10", "{present: 3, expected: 3, attendees: [p1, p2, p3]}"),
                meeting("g4", "b2", "general-meeting", "2026-09-10", "{present: 1, expected: 1}"),
                meeting("g5", "b1", "general-meeting", "2025-12-10", "{present: 1, expected: 3, attendees: [p1]}"));
        List<LeaderAttendance> leaders = Compliance.leaders(log, ORGS, YEAR, YEAR.end());
        assertEquals(List.of("p1", "p4"), leaders.stream().map(LeaderAttendance::member).toList());
        LeaderAttendance p1 = leaders.get(0);
        assertEquals(new LeaderAttendance.TypeAttendance(MeetingType.GENERAL_MEETING, 3, 2),
                p1.types().get(MeetingType.GENERAL_MEETING.ordinal()));
        assertEquals("2/3", p1.attendance().text());
        assertEquals(0, p1.unrecorded());
        assertEquals(1, leaders.get(1).unrecorded());
        assertEquals("0/0", leaders.get(1).attendance().text());
    }

    @Test
    void badRecordsAndRulesAreReportedAtTheirPaths() {
        ValidationException records = assertThrows(ValidationException.class, () -> MeetingLogFormat.ofDefaults().read("""
                meetings:
                  - {id: a, branch: b1, type: group-meeting, date: 2026-01-01}
                  - {id: b, branch: b1, cell: b1-c1, type: committee-meeting, date: 2026-01-01}
                  - {id: c, branch: b1, type: general-meeting, date: 2026-01-01, attendance: {present: 4, expected: 3}}
                  - {id: d, branch: b1, type: general-meeting, date: 2026-01-01, attendance: {present: 2, expected: 3,
                      attendees: [p1]}}
                  - {id: e, branch: b1, type: general-meeting, date: 2026-01-01, attendance: {present: 2, expected: 3,
                      attendees: [p1, p2], absentees: [p1]}}
                  - {id: a, branch: b1, type: party-talk, date: 2026-02-30}
                """, Syntax.YAML));
        assertEquals(List.of(
                "$.meetings[0].cell: missing: a party group meeting names the party cell that held it",
                "$.meetings[1].cell: only a party group meeting names a party cell, not a committee-meeting",
                "$.meetings[2].attendance.present: 4 present, but only 3 expected",
                "$.meetings[3].attendance.attendees: 1 attendees listed, but 2 present",
                "$.meetings[4].attendance.absentees[0]: member 'p1' is listed twice (first at "
                        + "$.meetings[4].attendance.attendees[0])",
                "$.meetings[5].id: duplicate id 'a' (first at $.meetings[0].id)",
                "$.meetings[5].type: unknown meeting type 'party-talk'; expected one of: general-meeting, "
                        + "committee-meeting, group-meeting, party-lecture, themed-party-day, life-meeting, "
                        + "member-appraisal",
                "$.meetings[5].date: '2026-02-30' is not a date such as 2025-12-31"), records.lines(Language.EN));
        ValidationException rules = assertThrows(ValidationException.class, () -> MeetingRulesFormat.ofDefaults().read("""
                id: broken
                cadences:
                  - {type: committee-meeting, every: cycle}
                  - {type: committee-meeting, every: month, quorum: {moreThan: 3/2}}
                  - {type: general-meeting, every: quarter, quorum: {moreThan: 1/2, atLeast: 1/2}}
                exemptions:
                  - {branch: b1, founded: 2026-05-01, until: 2026-06-01}
                  - {branch: b1, from: 2026-07-01, until: 2026-06-01, types: [group-meeting, tea-party]}
                """, Syntax.YAML));
        assertEquals(List.of(
                "$.cadences[0].every: a meeting cadence is a month, quarter, half-year or year, not a cycle",
                "$.cadences[1].type: a second cadence for committee-meeting (first at $.cadences[0].type)",
                "$.cadences[1].quorum.moreThan: '3/2' is not a share from 0 to 1 such as 1/2, 2/3 or 0.5",
                "$.cadences[2].quorum: a quorum is {moreThan: SHARE} or {atLeast: SHARE}, one of them",
                "$.exemptions[0]: an exemption gives founded (the day a new branch was founded) or until (the last day "
                        + "exempted, after an optional from), not both",
                "$.exemptions[1].types[1]: unknown meeting type 'tea-party'; expected one of: general-meeting, "
                        + "committee-meeting, group-meeting, party-lecture, themed-party-day, life-meeting, "
                        + "member-appraisal",
                "$.exemptions[1].until: ends on 2026-06-01, before it starts on 2026-07-01"), rules.lines(Language.EN));
        assertEquals("$.meetings[2].attendance.present: 实到 4 人，但应到只有 3 人", records.lines(Language.ZH).get(2));
    }

    @Test
    void documentsReadBackEqual() {
        MeetingLog log = log(fullYear("b1", true, List.of("committee 5")),
                meeting("n1", "b1", "general-meeting", "2026-03-11", "{present: 2, expected: 3, attendees: [p1, p2], "
                        + "absentees: [p3]}"));
        MeetingLogFormat format = MeetingLogFormat.ofDefaults();
        assertEquals(log, format.read(format.write(log, Syntax.JSON), Syntax.JSON));
        MeetingRules rules = MeetingRulesFormat.ofDefaults().read("""
                id: city
                name: {zh: 市直机关组织生活制度, en: City rules}
                cadences:
                  - {type: group-meeting, every: quarter}
                  - {type: committee-meeting, every: month, quorum: {atLeast: 0.6}}
                exemptions:
                  - {branch: b3, founded: 2026-05-10}
                  - {branch: b1, types: [group-meeting], from: 2026-07-01, until: 2026-09-30, reason: 党小组调整}
                """, Syntax.YAML);
        assertEquals(rules, MeetingRulesFormat.ofDefaults().read(MeetingRulesFormat.ofDefaults().write(rules,
                Syntax.YAML), Syntax.YAML));
        assertEquals(new ArrayList<>(MeetingRules.STANDARD.cadences()), MeetingRulesFormat.ofDefaults().read(
                MeetingRulesFormat.ofDefaults().write(MeetingRules.STANDARD, Syntax.YAML), Syntax.YAML).cadences());
    }
}
