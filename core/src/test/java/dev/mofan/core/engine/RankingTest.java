package dev.mofan.core.engine;

import static dev.mofan.core.RaceFixture.ORGS;
import static dev.mofan.core.RaceFixture.POINTS_2025;
import static dev.mofan.core.RaceFixture.RACE;
import static dev.mofan.core.RaceFixture.SCHEME;
import static dev.mofan.core.RaceFixture.Y2025;
import static dev.mofan.core.RaceFixture.evidence;
import static dev.mofan.core.RaceFixture.report2024;
import static dev.mofan.core.RaceFixture.report2025;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SCORING.md step 10 computed by hand on eight branches in two units: competition ranks with a
 * tie-break and a tie it cannot break, percentile, leaders and laggards, movement against last
 * year, a laggard streak, ranking within units, and quotas with a tie at the cut-off and a cascade.
 */
class RankingTest {

    private static Ranking in(Report report, String group, String subject) {
        return report.rankings().stream().filter(r -> r.peerGroup().equals(group) && r.subject().equals(subject))
                .findFirst().orElseThrow();
    }

    @Test
    void competitionRanksWithATieBreakAndATieItCannotBreak() {
        Report report = report2025();
        // b1 and b2 both total 95; the tie-break item:work puts b1 (60) ahead of b2 (55).
        // b4 and b5 are equal on both: they share rank 4, and the next is 6.
        List<String> order = report.rankings().stream().filter(r -> r.peerGroup().equals("branches"))
                .map(r -> r.subject() + "=" + r.rank()).toList();
        assertEquals(List.of("b1=1", "b2=2", "b3=3", "b4=4", "b5=4", "b6=6", "b7=7", "b8=8"), order);
        // percentile = 100 × (n − rank) / (n − 1), n = 8: rank 2 → 600 / 7 = 85.71; rank 4 → 57.14; rank 8 → 0.
        assertEquals(new BigDecimal("100.00"), in(report, "branches", "b1").percentile());
        assertEquals(new BigDecimal("85.71"), in(report, "branches", "b2").percentile());
        assertEquals(new BigDecimal("57.14"), in(report, "branches", "b5").percentile());
        assertEquals(new BigDecimal("0.00"), in(report, "branches", "b8").percentile());
    }

    @Test
    void leadersLaggardsMovementAndAStreak() {
        Report report = report2025();
        assertEquals(List.of("leader"), in(report, "branches", "b1").flags());
        // The last floor(0.25 × 8) = 2: b7 and b8. b8 was a laggard in 2024 too: a two-year warning.
        assertEquals(List.of("laggard"), in(report, "branches", "b7").flags());
        assertEquals(List.of("laggard", "warning"), in(report, "branches", "b8").flags());
        // movement = previous rank − rank: b1 4 → 1 = +3; b6 1 → 6 = −5; b5 8 → 4 = +4.
        assertEquals(Optional.of(3), in(report, "branches", "b1").movement());
        assertEquals(Optional.of(-5), in(report, "branches", "b6").movement());
        assertEquals(Optional.of(4), in(report, "branches", "b5").movement());
        assertEquals(Optional.empty(), in(report2024(), "branches", "b1").movement(), "no earlier report");
    }

    @Test
    void quotasDemoteInRankOrderTiesTogetherAndCascade() {
        Report report = report2025();
        // Before quotas: b1–b5 excellent (≥ 90), b6 and b7 good, b8 qualified.
        // Excellent holds at most floor(0.5 × 8) = 4: b1, b2, b3 fit; b4 and b5 share rank 4 and would make
        // 5, so both move down to good together (3 excellent, never 5).
        // Good holds at most floor(0.375 × 8) = 3: b4, b5 (rank 4) and b6 (rank 6) fit; b7 is pushed on to
        // qualified.
        List<String> grades = report.rankings().stream().filter(r -> r.peerGroup().equals("branches"))
                .map(r -> r.subject() + "=" + r.grade().orElse("-")).toList();
        assertEquals(List.of("b1=excellent", "b2=excellent", "b3=excellent", "b4=good", "b5=good", "b6=good",
                "b7=qualified", "b8=qualified"), grades);
        assertTrue(in(report, "branches", "b4").trace().stream().anyMatch(step -> step.step().equals("quota")
                && step.en().equals("excellent holds at most floor(0.5 × 8) = 4; rank 4 (2 tied) is beyond it → good")),
                in(report, "branches", "b4").trace().toString());
        // The scorecard keeps the grade before quotas; the final grade is in rankings[], in every group.
        assertEquals(Optional.of("excellent"), report.scorecards().stream().filter(c -> c.subject().equals("b4"))
                .findFirst().orElseThrow().grade());
        assertEquals(Optional.of("good"), in(report, "in-unit", "b4").grade());
    }

    @Test
    void withinUnitsEachUnitIsRankedApart() {
        Report report = report2025();
        // u1: b1 and b2 total 95 (no tie-break in this group): both first; b3 third. u2: b4 and b5 first.
        assertEquals(1, in(report, "in-unit", "b2").rank());
        assertEquals(3, in(report, "in-unit", "b3").rank());
        assertEquals(Optional.of("u1"), in(report, "in-unit", "b3").partition());
        assertEquals(new BigDecimal("0.00"), in(report, "in-unit", "b3").percentile());
        assertEquals(5, in(report, "in-unit", "b8").rank());
        String json = ReportFormat.write(report);
        assertTrue(json.contains("\"peerGroup\": \"in-unit\",\n      \"partition\": \"u2\""), "partition is written");
    }

    @Test
    void aStoredReportIsRankedAgainWhenTheEarlierOnesComeIn() {
        Report alone = Evaluator.of(RACE).evaluate(ORGS, evidence(Y2025, POINTS_2025), Y2025);
        assertEquals(Optional.empty(), in(alone, "branches", "b1").movement());
        Report ranked = Evaluator.of(RACE).rank(ORGS, alone, List.of(report2024()));
        assertEquals(report2025().rankings(), ranked.rankings());
        assertEquals(alone.scorecards(), ranked.scorecards(), "only the rankings change");
        // A report of other orgs is refused, not ranked with a crash.
        OrgDirectory fewer = OrgDirectoryFormat.ofDefaults().read("""
                orgs:
                  - {id: wc, kind: working-committee}
                  - {id: u1, kind: unit, parent: wc}
                  - {id: b1, kind: unit, parent: wc}
                """, Syntax.YAML);
        ValidationException e = assertThrows(ValidationException.class, () -> Evaluator.of(RACE).rank(fewer, alone,
                List.of()));
        assertEquals("$.report.scorecards[0].kind: subject 'b1' is scored as a branch, but the org directory has it "
                + "as a unit", e.violations().get(0).toString());
        assertEquals("$.report.scorecards[1].subject: subject 'b2' is not in the org directory: the report is of "
                + "another one", e.violations().get(1).toString());
    }

    @Test
    void earlierReportsMustBeThisSchemesPeriodsRightBefore() {
        ValidationException e = assertThrows(ValidationException.class, () -> Evaluator.of(RACE)
                .evaluate(ORGS, evidence(Y2025, POINTS_2025), Period.year(2026), Period.year(2026).end(),
                        List.of(report2024())));
        assertEquals("$.earlier[0].period: this report is for 2024; the earlier reports must be the consecutive "
                + "periods ending right before the evaluated one, so 2025 was expected here",
                e.violations().get(0).toString());
    }

    @Test
    void peerGroupsAreCheckedWithTheirPaths() {
        ValidationException e = assertThrows(ValidationException.class, () -> SchemeFormat.ofDefaults().read(SCHEME
                .replace("tieBreak: [item:work]", "tieBreak: [item:wrok]")
                .replace("{grade: good, share: 0.375}", "{grade: fail, share: 1.5}")
                .replace("laggards: {share: 0.25}", "laggards: {count: 2, share: 0.25}")
                .replace("    within: unit", "    within: unit\n    quotas: [{grade: good, share: 0.5}]"), Syntax.YAML));
        assertEquals(List.of(
                "$.peerGroups[0].tieBreak[0]: 'item:wrok' is not a figure: use total, base, part:ID, dimension:ID, "
                        + "indicator:ID or item:ID with a declared id",
                "$.peerGroups[0].laggards: give count or share, not both and not neither",
                "$.peerGroups[0].quotas[1].share: a share lies in (0, 1], but was 1.5",
                "$.peerGroups[0].quotas[1].grade: 'fail' is the lowest band: a quota moves subjects down one band, "
                        + "and there is none below it",
                "$.peerGroups[1].quotas: kind 'branch' already has its quotas for total in peer group 'branches': "
                        + "a final grade comes from one quota group"),
                e.violations().stream().map(Object::toString).toList());
        ValidationException twice = assertThrows(ValidationException.class, () -> SchemeFormat.ofDefaults().read(
                SCHEME.replace("{grade: good, share: 0.375}", "{grade: excellent, share: 0.9}")
                        .replace("{flag: warning, when: laggard, periods: 2}",
                                "{flag: leader, when: laggard, periods: 2}\n      - {flag: w, when: leader, periods: 2}"
                                        + "\n      - {flag: w, when: laggard, periods: 3}"), Syntax.YAML));
        assertEquals(List.of(
                "$.peerGroups[0].quotas[1].grade: a quota for 'excellent' is already given (first at "
                        + "$.peerGroups[0].quotas[0].grade)",
                "$.peerGroups[0].streaks[0].flag: 'leader' is a flag the ranking sets itself; name the streak's flag "
                        + "otherwise",
                "$.peerGroups[0].streaks[2].flag: streak flag 'w' is already used in this peer group (first at "
                        + "$.peerGroups[0].streaks[1].flag)"),
                twice.violations().stream().map(Object::toString).toList());
        Scheme read = SchemeFormat.ofDefaults().read(SCHEME, Syntax.YAML);
        assertEquals(read, SchemeFormat.ofDefaults().read(SchemeFormat.ofDefaults().write(read, Syntax.JSON),
                Syntax.JSON), "peer groups survive a round trip");
    }
}
