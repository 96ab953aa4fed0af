package dev.mofan.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.RollupInput;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SCORING.md step 9 computed by hand: an annual result from four quarters by mean, weighted mean,
 * last and min, each missing-period policy, a veto carried into the roll-up, a roll-up of roll-ups
 * over a two-year cycle, a unit from 60% its own total and 40% the member-weighted mean of its
 * branches, a peer group that ranks a roll-up with a quota, and a three-year overall assessment
 * by grade rules that read final grades after quotas.
 */
class RollupTest {

    // u1 has b1 (3 members), b2 (1 member) and, under the general branch g1, b3 (2 members); u2 is a
    // unit below u1 with its own branch b4, which belongs to u2's roll-up and not to u1's.
    static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: b1, kind: branch, parent: u1}
              - {id: b2, kind: branch, parent: u1}
              - {id: g1, kind: general-branch, parent: u1}
              - {id: b3, kind: branch, parent: g1}
              - {id: u2, kind: unit, parent: u1}
              - {id: b4, kind: branch, parent: u2}
            members:
              - {id: m1, branch: b1}
              - {id: m2, branch: b1}
              - {id: m3, branch: b1}
              - {id: m4, branch: b2}
              - {id: m5, branch: b3}
              - {id: m6, branch: b3}
              - {id: m7, branch: b4}
            """, Syntax.YAML);

    static final Scheme QUARTERLY = SchemeFormat.ofDefaults().read("""
            id: quarterly-mini
            version: "1"
            period: quarter
            maxPoints: 100
            subjects: [unit, general-branch, branch]
            keys:
              - {id: points, type: points}
              - {id: discipline-case, type: flag}
            dimensions:
              - id: d
                maxPoints: 100
                indicators:
                  - id: i
                    items:
                      - {id: score, maxPoints: 100, rule: {id: direct}, keys: [points], missing: fail}
            vetoes:
              - {id: discipline, when: {key: discipline-case, op: "==", value: true}, effect: cap-grade,
                 grade: qualified}
            grades:
              - {id: excellent, min: 90}
              - {id: good, min: 80}
              - {id: qualified, min: 60}
              - {id: fail, min: 0}
            rollups:
              - {id: annual-mean, kind: period, subjects: [branch], over: year, method: mean, missing: skip}
              - {id: annual-weighted, kind: period, subjects: [branch], over: year, method: weighted,
                 weights: [1, 1, 1, 2], missing: zero}
              - {id: annual-last, kind: period, subjects: [branch], over: year, method: last, missing: fail}
              - {id: annual-min, kind: period, subjects: [branch], over: year, method: min, missing: fail}
              - {id: biennial, kind: period, subjects: [branch], over: cycle, cycle: 2024..2025,
                 from: annual-mean, method: mean, missing: fail}
              - {id: with-branches, kind: hierarchy, subjects: [unit], children: [branch], own: 0.6,
                 weighting: members, missing: skip}
              - {id: general, kind: hierarchy, subjects: [general-branch], children: [branch], own: 0.5,
                 weighting: equal, missing: zero}
            peerGroups:
              - id: annual-race
                kinds: [branch]
                figure: rollup:annual-mean
                leaders: {count: 1}
                quotas:
                  - {grade: good, share: 0.34}
              - {id: last-quarter, kinds: [branch], figure: rollup:annual-last}
            """, Syntax.YAML);

    // Points per quarter of 2025, null where the quarter has no record (the item then fails: missing).
    static final Map<String, Integer[]> Y2025 = Map.of(
            "b1", new Integer[] {80, 90, 70, 100},
            "b2", new Integer[] {90, null, 85, 95},
            "b3", new Integer[] {80, 81, null, 81},
            "b4", new Integer[] {70, 70, 70, 70},
            "u1", new Integer[] {80, 80, 80, 80},
            "u2", new Integer[] {75, 75, 75, 75},
            "g1", new Integer[] {70, 70, 70, 70});
    // 2024: the same every quarter.
    static final Map<String, Integer[]> Y2024 = Map.of(
            "b1", new Integer[] {70, 70, 70, 70},
            "b2", new Integer[] {80, 80, 80, 80},
            "b3", new Integer[] {90, 90, 90, 90},
            "b4", new Integer[] {60, 60, 60, 60},
            "u1", new Integer[] {80, 80, 80, 80},
            "u2", new Integer[] {80, 80, 80, 80},
            "g1", new Integer[] {70, 70, 70, 70});

    static Evidence quarter(Period quarter, Map<String, Integer[]> year, int q) {
        List<EvidenceRecord> records = new ArrayList<>();
        year.forEach((subject, points) -> {
            if (points[q] != null) {
                records.add(EvidenceRecord.of(subject + "-" + quarter.text(), subject, "points", quarter,
                        Value.of(new BigDecimal(points[q]))));
            }
        });
        if (quarter.equals(Period.quarter(2025, 3))) {
            records.add(EvidenceRecord.of("case-1", "b2", "discipline-case", quarter, Value.of(true)));
        }
        return Evidence.of(records);
    }

    /** The eight quarterly reports of 2024 and 2025, each evaluated with all the ones before it. */
    static List<Report> eightQuarters() {
        Evaluator evaluator = Evaluator.of(QUARTERLY);
        List<Report> reports = new ArrayList<>();
        for (int year = 2024; year <= 2025; year++) {
            for (int q = 0; q < 4; q++) {
                Period quarter = Period.quarter(year, q + 1);
                reports.add(evaluator.evaluate(ORGS, quarter(quarter, year == 2024 ? Y2024 : Y2025, q), quarter,
                        quarter.end(), List.copyOf(reports)));
            }
        }
        return reports;
    }

    static RollupScore rollup(Report report, String id, String subject) {
        return report.rollups().stream().filter(r -> r.id().equals(id) && r.subject().equals(subject)).findFirst()
                .orElseThrow();
    }

    static String figure(RollupScore rollup) {
        return rollup.total().map(BigDecimal::toPlainString).orElse("-") + "/" + rollup.grade().orElse("-");
    }

    @Test
    void anAnnualResultFromFourQuartersByEachMethodAndMissingPolicy() {
        Report q4 = eightQuarters().get(7);
        // b1: 80, 90, 70, 100. mean 340 / 4 = 85.00; weighted (80 + 90 + 70 + 2 × 100) / 5 = 88.00;
        // last 100; min 70.
        assertEquals("85.00/good", figure(rollup(q4, "annual-mean", "b1")));
        assertEquals("88.00/good", figure(rollup(q4, "annual-weighted", "b1")));
        assertEquals("100.00/excellent", figure(rollup(q4, "annual-last", "b1")));
        assertEquals("70.00/qualified", figure(rollup(q4, "annual-min", "b1")));
        // b2: 90, missing, 85, 95. skip: (90 + 85 + 95) / 3 = 90.00, excellent by the bands but capped at
        // qualified by its Q3 veto, carried into every roll-up; zero: (90 + 0 + 85 + 2 × 95) / 5 = 73.00;
        // fail: no total and no grade (the veto is still carried).
        assertEquals("90.00/qualified", figure(rollup(q4, "annual-mean", "b2")));
        assertEquals("73.00/qualified", figure(rollup(q4, "annual-weighted", "b2")));
        assertEquals("-/-", figure(rollup(q4, "annual-last", "b2")));
        assertEquals("-/-", figure(rollup(q4, "annual-min", "b2")));
        assertTrue(rollup(q4, "annual-mean", "b2").vetoed());
        assertTrue(rollup(q4, "annual-last", "b2").vetoed());
        assertFalse(rollup(q4, "annual-mean", "b1").vetoed());
        // b3: 80, 81, missing, 81. skip: 242 / 3 = 80.666… → 80.67 (rounded once, HALF_UP);
        // zero: (80 + 81 + 0 + 162) / 5 = 64.60.
        assertEquals("80.67/good", figure(rollup(q4, "annual-mean", "b3")));
        assertEquals("64.60/qualified", figure(rollup(q4, "annual-weighted", "b3")));
        RollupScore weighted = rollup(q4, "annual-weighted", "b3");
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"),
                weighted.inputs().stream().map(RollupInput::period).toList());
        assertEquals(List.of(false, false, true, false), weighted.inputs().stream().map(RollupInput::missing).toList());
        assertEquals(new BigDecimal("2"), weighted.inputs().get(3).weight());
        assertEquals("2025", weighted.period());
    }

    @Test
    void aPeriodRollupIsWrittenOnlyInTheReportOfItsLastPeriod() {
        List<Report> reports = eightQuarters();
        for (int q = 0; q < 3; q++) {
            assertTrue(reports.get(4 + q).rollups().stream().noneMatch(r -> r.kind().equals("period")),
                    "2025-Q" + (q + 1) + " ends no year");
            assertTrue(reports.get(4 + q).rankings().stream().noneMatch(r -> r.peerGroup().equals("annual-race")));
        }
        assertEquals(4 * 4 + 4 + 2 + 1, reports.get(7).rollups().size(),
                "four annual roll-ups and the biennial one for 4 branches, a hierarchy roll-up for 2 units and one "
                        + "for the general branch");
    }

    @Test
    void aRollupOfRollupsOverATwoYearCycle() {
        Report q4 = eightQuarters().get(7);
        // annual-mean 2024: b1 70, b2 80, b3 90; 2025: 85.00, 90.00, 80.67 (as reported, already rounded).
        // b1: (70 + 85) / 2 = 77.50; b3: (90 + 80.67) / 2 = 85.335 → 85.34.
        assertEquals("77.50/qualified", figure(rollup(q4, "biennial", "b1")));
        assertEquals("85.34/good", figure(rollup(q4, "biennial", "b3")));
        // b2: (80 + 90) / 2 = 85.00, good by the bands; the 2025-Q3 veto, carried into its 2025 annual
        // result, is carried again: still at most qualified (never undone).
        assertEquals("85.00/qualified", figure(rollup(q4, "biennial", "b2")));
        assertEquals("2024..2025", rollup(q4, "biennial", "b1").period());
        assertEquals(List.of("2024", "2025"),
                rollup(q4, "biennial", "b1").inputs().stream().map(RollupInput::period).toList());
    }

    @Test
    void aUnitFromItsOwnTotalAndTheMemberWeightedMeanOfItsBranches() {
        Report q4 = eightQuarters().get(7);
        // u1 own 80; b1 100 × 3 members, b2 95 × 1, b3 (under the general branch g1) 81 × 2; b4 belongs
        // to u2. Mean (300 + 95 + 162) / 6 = 557 / 6 = 92.8333…;
        // 0.6 × 80 + 0.4 × 557 / 6 = 48 + 37.1333… = 85.1333… → 85.13, good.
        RollupScore u1 = rollup(q4, "with-branches", "u1");
        assertEquals("85.13/good", figure(u1));
        assertEquals(List.of("own:u1", "child:b1", "child:b2", "child:b3"),
                u1.inputs().stream().map(i -> i.role() + ":" + i.subject()).toList());
        assertEquals(List.of("0.6", "3", "1", "2"),
                u1.inputs().stream().map(i -> i.weight().toPlainString()).toList());
        // u2 own 75, b4 70 × 1: 0.6 × 75 + 0.4 × 70 = 73.00.
        assertEquals("73.00/qualified", figure(rollup(q4, "with-branches", "u2")));
        // 2025-Q3: b3 has no record, its scorecard is incomplete and skipped: b1 70 × 3, b2 85 × 1 →
        // (210 + 85) / 4 = 73.75; 0.6 × 80 + 0.4 × 73.75 = 77.50.
        Report q3 = eightQuarters().get(6);
        assertEquals("77.50/qualified", figure(rollup(q3, "with-branches", "u1")));
        assertTrue(rollup(q3, "with-branches", "u1").inputs().get(3).missing());
        // b2's veto in Q3 is a branch's: it does not veto its unit.
        assertFalse(rollup(q3, "with-branches", "u1").vetoed());
    }

    @Test
    void aGeneralBranchFromItsBranchesWithMissingAsZero() {
        // g1 own 70, its one branch b3 counted equally: Q4 0.5 × 70 + 0.5 × 81 = 75.50; in Q3 b3 has no
        // record, and missing: zero counts it as 0: 0.5 × 70 + 0.5 × 0 = 35.00, fail.
        List<Report> reports = eightQuarters();
        assertEquals("75.50/qualified", figure(rollup(reports.get(7), "general", "g1")));
        assertEquals("35.00/fail", figure(rollup(reports.get(6), "general", "g1")));
        RollupInput b3 = rollup(reports.get(6), "general", "g1").inputs().get(1);
        assertTrue(b3.missing() && b3.total().isEmpty(), "written as it was: missing; the policy is in the trace");
    }

    @Test
    void aPeerGroupRanksARollupAndItsQuotaGivesTheFinalGrade() {
        Report q4 = eightQuarters().get(7);
        // annual-mean: b2 90.00 (capped at qualified by its veto), b1 85.00 good, b3 80.67 good, b4 70.00
        // qualified. Good holds at most floor(0.34 × 4) = 1: b1 (rank 2) keeps it, b3 (rank 3) moves to qualified.
        List<String> race = q4.rankings().stream().filter(r -> r.peerGroup().equals("annual-race"))
                .map(r -> r.subject() + "=" + r.rank() + ":" + r.figure().toPlainString() + ":" + r.grade().orElse("-"))
                .toList();
        assertEquals(List.of("b2=1:90.00:qualified", "b1=2:85.00:good", "b3=3:80.67:qualified",
                "b4=4:70.00:qualified"), race);
        Ranking b2 = q4.rankings().stream().filter(r -> r.peerGroup().equals("annual-race")
                && r.subject().equals("b2")).findFirst().orElseThrow();
        assertEquals(List.of("leader"), b2.flags());
        assertEquals(new BigDecimal("95.00"), b2.total(), "the ranking's total stays the subject's own");
        // Movement against the last report that ranked the group, 2024-Q4 (b3 90, b2 80, b1 70, b4 60):
        // b1 ranked 3 then, 2 now.
        Ranking b1 = q4.rankings().stream().filter(r -> r.peerGroup().equals("annual-race")
                && r.subject().equals("b1")).findFirst().orElseThrow();
        assertEquals(Optional.of(1), b1.movement());
        // b2 and b3 have no annual-last total (a quarter missing, missing: fail): not ranked there, listed
        // as unranked with the reason.
        assertTrue(q4.rankings().stream().noneMatch(r -> r.peerGroup().equals("last-quarter")
                && r.subject().equals("b2")));
        assertEquals(List.of("b2 unranked.rollup-missing roll-up 'annual-last' has no total, so peer group "
                        + "'last-quarter' does not rank it", "b3 unranked.rollup-missing roll-up 'annual-last' has no "
                        + "total, so peer group 'last-quarter' does not rank it"),
                q4.unranked().stream().filter(u -> u.code().equals("unranked.rollup-missing"))
                        .map(u -> u.subject() + " " + u.code() + " " + u.reason()).toList());
    }

    @Test
    void rollupsRoundTripAndAreComputedAgainWhenAReportIsRanked() {
        List<Report> reports = eightQuarters();
        Report q4 = reports.get(7);
        assertEquals(q4, ReportFormat.read(ReportFormat.write(q4)));
        Report again = Evaluator.of(QUARTERLY).rank(ORGS, ReportFormat.read(ReportFormat.write(q4)),
                reports.subList(0, 7).stream().map(r -> ReportFormat.read(ReportFormat.write(r))).toList());
        assertEquals(ReportFormat.write(q4), ReportFormat.write(again));
    }

    @Test
    void aMissingEarlierReportIsAMissingPeriod() {
        List<Report> reports = eightQuarters();
        // 2025-Q4 ranked with only Q2 and Q3 before it: Q1 is missing for every branch.
        Report q4 = Evaluator.of(QUARTERLY).rank(ORGS, reports.get(7), reports.subList(5, 7));
        // b1 under skip: (90 + 70 + 100) / 3 = 86.666… → 86.67; under fail: nothing.
        assertEquals("86.67/good", figure(rollup(q4, "annual-mean", "b1")));
        assertEquals("-/-", figure(rollup(q4, "annual-min", "b1")));
        assertTrue(rollup(q4, "annual-min", "b1").trace().stream()
                .anyMatch(step -> step.step().equals("missing") && step.en().contains("2025-Q1")));
    }

    // 一年一考评、三年一总评: yearly totals, a quota on 优秀 each year, and an overall result for each
    // block of three years, graded by rules over the years' final grades.
    static final Scheme YEARLY = SchemeFormat.ofDefaults().read("""
            id: yearly-mini
            version: "1"
            period: year
            maxPoints: 100
            subjects: [branch]
            keys:
              - {id: points, type: points}
            dimensions:
              - id: d
                maxPoints: 100
                indicators:
                  - id: i
                    items:
                      - {id: score, maxPoints: 100, rule: {id: direct}, keys: [points], missing: fail}
            grades:
              - {id: excellent, min: 90}
              - {id: good, min: 80}
              - {id: qualified, min: 60}
              - {id: fail, min: 0}
            rollups:
              - id: overall
                name: {zh: 三年总评, en: three-year overall assessment}
                kind: period
                over: cycle
                cycle: 2024..2026
                method: mean
                missing: fail
                grades:
                  - grade: excellent
                    when:
                      allOf:
                        - {result: grade, op: atLeast, value: excellent, times: 2}
                        - {result: grade, op: atLeast, value: qualified}
                  - grade: qualified
                    when: {result: grade, op: atLeast, value: qualified}
                  - grade: fail
            peerGroups:
              - id: yearly
                kinds: [branch]
                quotas:
                  - {grade: excellent, share: 0.67}
            """, Syntax.YAML);

    static final Map<String, int[]> YEARS = Map.of("b1", new int[] {92, 85, 95}, "b2", new int[] {95, 55, 96},
            "b3", new int[] {91, 93, 82}, "b4", new int[] {70, 70, 70});

    static List<Report> threeYears(boolean withFirst) {
        Evaluator evaluator = Evaluator.of(YEARLY);
        List<Report> reports = new ArrayList<>();
        for (int y = withFirst ? 0 : 1; y < 3; y++) {
            Period year = Period.year(2024 + y);
            List<EvidenceRecord> records = new ArrayList<>();
            int index = y;
            YEARS.forEach((subject, points) -> records.add(EvidenceRecord.of(subject + "-" + year.text(), subject,
                    "points", year, Value.of(new BigDecimal(points[index])))));
            reports.add(evaluator.evaluate(ORGS, Evidence.of(records), year, year.end(), List.copyOf(reports)));
        }
        return reports;
    }

    @Test
    void threeYearOverallByGradeRulesOverFinalGrades() {
        Report y2026 = threeYears(true).get(2);
        // Excellent holds at most floor(0.67 × 4) = 2 each year.
        // 2024: b2 95, b1 92, b3 91 all reach excellent; b3 (rank 3) is demoted to good.
        // 2025: b3 93 excellent, b1 85 good, b4 70 qualified, b2 55 fail.
        // 2026: b2 96 and b1 95 excellent, b3 82 good.
        // b1: excellent, good, excellent — excellent twice, never below qualified → excellent;
        //     mean (92 + 85 + 95) / 3 = 90.666… → 90.67.
        // b2: excellent, fail, excellent — twice excellent but once below qualified → fail; mean 246 / 3 = 82.00
        //     (good by the bands: the rules decide, not the mean).
        // b3: good (after the quota), excellent, good — once excellent → qualified; without the 2024 quota it
        //     would have been excellent twice. Mean 266 / 3 = 88.67.
        // b4: qualified three times → qualified; mean 70.00.
        assertEquals("90.67/excellent", figure(rollup(y2026, "overall", "b1")));
        assertEquals("82.00/fail", figure(rollup(y2026, "overall", "b2")));
        assertEquals("88.67/qualified", figure(rollup(y2026, "overall", "b3")));
        assertEquals("70.00/qualified", figure(rollup(y2026, "overall", "b4")));
        assertEquals(List.of("good", "excellent", "good"), rollup(y2026, "overall", "b3").inputs().stream()
                .map(i -> i.grade().orElseThrow()).toList(), "final grades, after the quota");
        assertEquals("2024..2026", rollup(y2026, "overall", "b1").period());
        assertTrue(threeYears(true).get(1).rollups().isEmpty(), "2025 ends no cycle");
    }

    @Test
    void aMissingYearFailsTheOverallResult() {
        Report y2026 = threeYears(false).get(1);
        assertEquals("-/-", figure(rollup(y2026, "overall", "b1")));
        assertEquals(List.of(true, false, false), rollup(y2026, "overall", "b1").inputs().stream()
                .map(RollupInput::missing).toList());
    }
}
