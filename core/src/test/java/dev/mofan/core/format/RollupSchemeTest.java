package dev.mofan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.model.error.ValidationException;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.scheme.GradeOp;
import dev.mofan.model.scheme.HierarchyRollup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Rollup;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code rollups} of a scheme document: read as declared, written back, and every mistake reported at its path. */
class RollupSchemeTest {

    private static final String HEAD = """
            id: r
            version: "1"
            period: quarter
            maxPoints: 100
            subjects: [unit, branch]
            keys:
              - {id: points, type: points}
            dimensions:
              - id: d
                maxPoints: 100
                indicators:
                  - id: i
                    items:
                      - {id: score, maxPoints: 100, rule: {id: direct}, keys: [points]}
            grades:
              - {id: excellent, min: 90}
              - {id: qualified, min: 60}
              - {id: fail, min: 0}
            """;

    private static final String GOOD = HEAD + """
            rollups:
              - {id: annual, kind: period, subjects: [branch], over: year, method: weighted, weights: [1, 1, 1, 2],
                 missing: skip}
              - id: overall
                kind: period
                subjects: [branch]
                over: cycle
                cycle: 2024..2026
                from: annual
                method: mean
                missing: fail
                grades:
                  - grade: excellent
                    when:
                      allOf:
                        - {result: grade, op: atLeast, value: excellent, periods: 3, times: 2}
                        - {not: {result: grade, op: below, value: qualified}}
                        - {result: total, op: ">=", value: 85}
                  - grade: qualified
              - {id: with-branches, kind: hierarchy, subjects: [unit], children: [branch], own: 0.6,
                 weighting: members, missing: zero}
              - {id: later, kind: period, over: cycle, cycle: 2030..2039, from: annual, method: last, missing: skip}
              - {id: halves, kind: period, over: half-year, method: mean, missing: skip}
            peerGroups:
              - {id: annual-race, kinds: [branch], figure: "rollup:annual", quotas: [{grade: excellent, share: 0.3}]}
              - {id: units, kinds: [unit], quotas: [{grade: excellent, share: 0.3}]}
            """;

    @Test
    void rollupsAreReadAsDeclaredAndWrittenBack() {
        Scheme scheme = SchemeFormat.ofDefaults().read(GOOD, Syntax.YAML);
        assertEquals(List.of("annual", "overall", "with-branches", "later", "halves"),
                scheme.rollups().stream().map(Rollup::id).toList());
        PeriodRollup annual = (PeriodRollup) scheme.rollups().get(0);
        assertEquals(List.of("unit", "branch"), scheme.rollups().get(4).subjects(),
                "all the scheme's subjects when not given");
        assertEquals(PeriodKind.YEAR, annual.over());
        assertEquals(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("2")), annual.weights());
        PeriodRollup overall = (PeriodRollup) scheme.rollups().get(1);
        assertEquals(Optional.of(Period.cycle(2024, 2026)), overall.cycle());
        assertEquals(Optional.of(Period.cycle(2027, 2029)), overall.periodOf(Period.year(2028)));
        assertEquals(Optional.of(Period.cycle(2021, 2023)), overall.periodOf(Period.quarter(2021, 1)));
        assertEquals(Optional.empty(), overall.periodOf(Period.year(1000)), "998..1000 is not a period");
        Predicate.AllOf when = (Predicate.AllOf) overall.grades().get(0).when().orElseThrow();
        assertEquals(new Predicate.GradeTest(GradeOp.AT_LEAST, "excellent", Optional.of(3), Optional.of(2)),
                when.all().get(0));
        assertEquals(Optional.empty(), overall.grades().get(1).when());
        HierarchyRollup unit = (HierarchyRollup) scheme.rollups().get(2);
        assertEquals(new BigDecimal("0.6"), unit.own());
        assertEquals(HierarchyRollup.Weighting.MEMBERS, unit.weighting());
        assertEquals(Rollup.Missing.ZERO, unit.missing());
        assertEquals("rollup:annual", scheme.peerGroups().get(0).figure());
        assertEquals(List.of("branch"), scheme.rollups().get(3).subjects(), "with from, the kinds of the roll-up read");
        String written = SchemeFormat.ofDefaults().write(scheme, Syntax.JSON);
        assertEquals(scheme, SchemeFormat.ofDefaults().read(written, Syntax.JSON));
    }

    @Test
    void everyMistakeIsReportedAtItsPathInBothLanguages() {
        String broken = HEAD.replace("grades:", """
                vetoes:
                  - {id: v, when: {key: points, op: ">=", value: 1, times: 2}, effect: zero}
                  - {id: w, when: {result: grade, op: atLeast, value: excellent}, effect: zero}
                grades:""") + """
                rollups:
                  - {id: annual, kind: period, over: month, method: average, missing: skip, colour: red}
                  - {id: yearly, kind: period, over: year, method: weighted, weights: [1, 2], missing: skip}
                  - {id: cycle, kind: period, over: cycle, from: nowhere, method: mean, missing: fail}
                  - {id: cycled, kind: period, over: year, cycle: 2024..2026, method: last, weights: [1], missing: zero}
                  - {id: bad-cycle, kind: period, over: cycle, cycle: "2024", method: min, missing: fail}
                  - id: ruled
                    kind: period
                    over: year
                    method: mean
                    missing: sometimes
                    grades:
                      - grade: excellent
                      - grade: best
                        when: {result: grade, op: ">=", value: excellent, periods: 5, times: 2}
                      - grade: excellent
                        when: {anyOf: [{key: points, op: ">=", value: 1}, {result: base, op: ">", value: 1},
                                       {result: total, op: ">", value: 1, periods: 2},
                                       {result: grade, op: is, value: excellent, periods: 2, times: 3}]}
                      - grade: qualified
                        when: {result: grade, op: atMost, value: qualified}
                  - {id: tree, kind: hierarchy, subjects: [unit, division], children: [unit], own: 1.5,
                     weighting: seniority, missing: skip, over: year}
                  - {id: annual, kind: sideways}
                  - {id: units, kind: hierarchy, subjects: [unit], children: [unit, branch], own: 0,
                     weighting: equal, missing: fail}
                  - {id: of-units, kind: period, subjects: [branch, party-cell], over: year, from: units,
                     method: mean, missing: fail}
                  - {id: unit-years, kind: period, subjects: [unit], over: year, method: mean, missing: fail}
                  - {id: branch-cycles, kind: period, subjects: [branch], over: cycle, cycle: 2024..2025,
                     from: unit-years, method: mean, missing: fail}
                peerGroups:
                  - {id: g, kinds: [unit, branch], figure: "rollup:units"}
                  - {id: h, kinds: [branch], figure: "average"}
                  - {id: q1, kinds: [branch], figure: "rollup:yearly", quotas: [{grade: excellent, share: 0.5}]}
                  - {id: q2, kinds: [branch], figure: "rollup:yearly", quotas: [{grade: excellent, share: 0.5}]}
                """;
        ValidationException e = assertThrows(ValidationException.class,
                () -> SchemeFormat.ofDefaults().read(broken, Syntax.YAML));
        assertEquals(List.of(
                "$.vetoes[0].when.times: periods and times count the grades of a roll-up's inputs: they belong to a "
                        + "grade test in a roll-up's grade rule",
                "$.vetoes[1].when.result: a veto or grade gate cannot read the grade it helps decide",
                "$.rollups[0].colour: unknown property 'colour'; expected one of: id, name, kind, subjects, over, "
                        + "cycle, from, method, weights, missing, grades",
                "$.rollups[0].over: a roll-up over month cannot gather quarter results: it must be over a longer "
                        + "period",
                "$.rollups[0].method: unknown roll-up method 'average'; expected one of: mean, weighted, last, min",
                "$.rollups[1].weights: a weighted roll-up gives one weight per input: 4, but 2 are given",
                "$.rollups[2].cycle: a roll-up over cycles names one of its blocks of years, such as cycle: "
                        + "2024..2026",
                "$.rollups[2].from: 'nowhere' is not a period roll-up declared before this one",
                "$.rollups[3].cycle: only a roll-up over cycles names a cycle",
                "$.rollups[3].weights: only a weighted roll-up has weights",
                "$.rollups[4].cycle: '2024' is not a block of years such as 2024..2026",
                "$.rollups[5].missing: unknown missing-input policy 'sometimes'; expected one of: fail, skip, zero",
                "$.rollups[5].grades[0]: every grade rule but the last has when; the last has none and grades every "
                        + "subject the rules before it did not",
                "$.rollups[5].grades[1].grade: 'best' is not a declared grade",
                "$.rollups[5].grades[1].when.op: '>=' does not compare grades; use atLeast, atMost, above, below, is "
                        + "or isNot",
                "$.rollups[5].grades[1].when.periods: must be a whole number from 1 to 4, but was 5",
                "$.rollups[5].grades[2].when.anyOf[0].key: a roll-up's grade rule reads its inputs' grades (result: "
                        + "grade) and its total (result: total), not key",
                "$.rollups[5].grades[2].when.anyOf[1].result: a roll-up's grade rule reads its inputs' grades "
                        + "(result: grade) and its total (result: total), not base",
                "$.rollups[5].grades[2].when.anyOf[2].periods: periods and times count the grades of a roll-up's "
                        + "inputs: they belong to a grade test in a roll-up's grade rule",
                "$.rollups[5].grades[2].when.anyOf[3].times: must be a whole number from 1 to 2, but was 3",
                "$.rollups[5].grades[3].when: every grade rule but the last has when; the last has none and grades "
                        + "every subject the rules before it did not",
                "$.rollups[6].over: unknown property 'over'; expected one of: id, name, kind, subjects, children, "
                        + "own, weighting, missing",
                "$.rollups[6].subjects[1]: 'division' is not an org kind of the tree: a hierarchy roll-up rolls up "
                        + "orgs",
                "$.rollups[6].own: own is a share from 0 to 1, but was 1.5",
                "$.rollups[6].weighting: unknown children's weighting 'seniority'; expected one of: members, equal",
                "$.rollups[7].id: duplicate id 'annual' (first at $.rollups[0].id)",
                "$.rollups[7].kind: unknown roll-up kind 'sideways'; expected one of: period, hierarchy",
                "$.rollups[8].children[0]: kind 'unit' is both a subject and a child of this roll-up",
                "$.rollups[9].subjects[1]: 'party-cell' is not among the scheme's subjects (unit, branch)",
                "$.rollups[9].from: 'units' is not a period roll-up declared before this one",
                "$.rollups[11].subjects: roll-up 'unit-years' is not computed for kind 'branch'",
                "$.peerGroups[0].figure: roll-up 'units' is not computed for kind 'branch'",
                "$.peerGroups[1].figure: 'average' is not a figure a peer group ranks: use total, or rollup:ID with "
                        + "a declared roll-up",
                "$.peerGroups[3].quotas: kind 'branch' already has its quotas for rollup:yearly in peer group 'q1'"
                        + ": a final grade comes from one quota group"), e.lines(Language.EN));
        assertEquals("$.rollups[5].grades[1].when.op: '>=' 不能比较等次，可选：atLeast、atMost、above、below、is、isNot",
                e.lines(Language.ZH).get(14));
        assertEquals("$.rollups[8].children[0]: 'unit' 不能既是汇总对象又是被汇总的下级", e.lines(Language.ZH).get(27));
    }

    @Test
    void treesCyclesAndUnclearRollupsAreReportedOnce() {
        String broken = HEAD.replace("subjects: [unit, branch]", "subjects: [unit, general-branch, branch]") + """
                rollups:
                  - {id: upside-down, kind: hierarchy, subjects: [branch], children: [unit, general-branch], own: 0.5,
                     weighting: equal, missing: skip}
                  - {id: long, kind: period, over: cycle, cycle: 2020..2030, method: mean, missing: fail}
                  - {id: unclear, over: year, method: mean, missing: fail}
                peerGroups:
                  - {id: g, kinds: [branch], figure: "rollup:unclear"}
                vetoes:
                  - {id: v, when: {result: grade, op: atLeast, value: excellent, periods: 2, times: 2}, effect: zero}
                """;
        ValidationException e = assertThrows(ValidationException.class,
                () -> SchemeFormat.ofDefaults().read(broken, Syntax.YAML));
        assertEquals(List.of(
                "$.vetoes[0].when.result: a veto or grade gate cannot read the grade it helps decide",
                "$.rollups[0].children[0]: kind 'unit' never sits below branch in the party tree",
                "$.rollups[0].children[1]: kind 'general-branch' never sits below branch in the party tree",
                "$.rollups[1].cycle: a cycle spans at most 10 years, but 2020..2030 spans 11",
                "$.rollups[2].kind: required property is missing"), e.lines(Language.EN));
    }
}
