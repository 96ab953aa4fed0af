package dev.mofan.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.RuleResult;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Scoring from columns: SCORING.md's worked example given as combined figures, the way an
 * integrator with a data warehouse gives them, checked against the hand computation there; a
 * scheme with every kind of column worked by hand; and every bad value reported at once.
 */
class EvidenceColumnsTest {

    private static final Period YEAR = Period.year(2025);
    private static final Evaluator WORKED = Evaluator.of(WorkedExampleTest.SCHEME).lean();
    private static final OrgDirectory THREE_BRANCHES = OrgDirectory.of(OrgTree.of(List.of(
            org("wc", OrgKind.WORKING_COMMITTEE, null), org("u", OrgKind.UNIT, "wc"), org("b1", OrgKind.BRANCH, "u"),
            org("b2", OrgKind.BRANCH, "u"), org("b3", OrgKind.BRANCH, "u"))));

    /** The worked example's figures per branch, combined as its records combine. */
    private static EvidenceColumns workedColumns() {
        EvidenceColumns.Builder columns = EvidenceColumns.builder(WORKED, WorkedExampleTest.ORGS, YEAR);
        int partyDay = columns.key("party-day");
        int meeting = columns.key("general-meeting");
        int late = columns.key("late-uploads");
        int honour = columns.key("provincial-honours");
        int discipline = columns.key("serious-discipline-cases");
        for (String branch : List.of("b1", "b2")) {
            int s = columns.subject(branch);
            columns.count(partyDay, s, 3).count(meeting, s, 3);
            // Late uploads in cases c1, c1, c2: the flag is true, and the deduction counts 2 cases.
            columns.flag(late, s, true).caseTotal(late, s, BigDecimal.valueOf(2));
            columns.flag(honour, s, true).caseTotal(honour, s, BigDecimal.ONE);
        }
        columns.count(discipline, columns.subject("b2"), 1);
        return columns.build();
    }

    @Test
    void theWorkedExampleFromColumnsGivesTheHandComputedFigures() {
        Totals totals = WORKED.totals(workedColumns());
        int b1 = totals.indexOf("b1");
        assertFalse(totals.fromRecords(b1));
        // A: 3 × 1.5 = 4.50; B: 3 meetings reach the 2–3 tier = 2.00; base 6.50.
        assertEquals(Optional.of(new BigDecimal("4.50")), totals.figure(b1, "item:A"));
        assertEquals(Optional.of(new BigDecimal("2.00")), totals.figure(b1, "item:B"));
        assertEquals(new BigDecimal("6.50"), totals.base(b1));
        // Two late cases × 0.5 = 1.00; one honour × 1.5 = 1.50; max(0, 6.50 − 1.00) + 1.50 = 7.00 → qualified.
        assertEquals(new BigDecimal("1.00"), totals.deductions(b1));
        assertEquals(new BigDecimal("1.50"), totals.bonus(b1));
        assertEquals(new BigDecimal("7.00"), totals.total(b1));
        assertEquals(Optional.of("qualified"), totals.grade(b1));
        assertFalse(totals.vetoed(b1));
        // b2: the same total, but a serious discipline case caps the grade at fail.
        int b2 = totals.indexOf("b2");
        assertEquals(new BigDecimal("7.00"), totals.total(b2));
        assertTrue(totals.vetoed(b2));
        assertEquals(Optional.of("fail"), totals.grade(b2));
        assertEquals(Map.of("excellent", 0, "qualified", 1, "fail", 1), totals.gradeCounts());
        assertEquals(List.of(), WORKED.columnarLimits());
    }

    @Test
    void theSummaryReportIsTheEvaluatedReportWithoutItemsAdjustmentsAndTraces() {
        Report summary = WORKED.totals(workedColumns()).report(WorkedExampleTest.ORGS, List.of());
        Report evaluated = WorkedExampleTest.report();
        for (int i = 0; i < 2; i++) {
            Scorecard card = evaluated.scorecards().get(i);
            Scorecard brief = summary.scorecards().get(i);
            assertEquals(card.total(), brief.total());
            assertEquals(card.grade(), brief.grade());
            assertEquals(card.dimensions(), brief.dimensions());
            assertEquals(card.indicators(), brief.indicators());
            assertEquals(card.vetoes().stream().map(v -> v.reason()).toList(),
                    brief.vetoes().stream().map(v -> v.reason()).toList());
            assertTrue(brief.items().isEmpty() && brief.trace().isEmpty() && brief.adjustments().isEmpty());
        }
        // Columns given by a builder are not a document: no fingerprint, nothing unused.
        assertEquals("", summary.fingerprint());
        assertTrue(summary.unused().isEmpty());
    }

    @Test
    void columnsReadFromRecordsAreScoredAsTheRecordsAre() {
        EvidenceColumns columns = EvidenceColumns.of(WORKED, WorkedExampleTest.ORGS, WorkedExampleTest.EVIDENCE, YEAR);
        assertEquals(0, columns.keptAsRecords());
        Totals totals = WORKED.totals(columns);
        Report evaluated = WorkedExampleTest.report();
        for (Scorecard card : evaluated.scorecards()) {
            assertEquals(card.total(), totals.total(totals.indexOf(card.subject())));
            assertEquals(card.grade(), totals.grade(totals.indexOf(card.subject())));
        }
        assertEquals(evaluated.fingerprint(), totals.report(WorkedExampleTest.ORGS, List.of()).fingerprint());
    }

    /**
     * Every kind of column, by hand. b1: done (2.00); 5 meetings × 0.5 = 2.50; ratio 357/566 ≥ 0.6, so
     * 5 × 357/566 = 3.1537… → 3.15; one award reported at the city and the province, cumulative:
     * 0.5 + 1 + 2 = 3.50; rating 86 of 100 × 4 = 3.44 ("good"); base 14.59; one lapse 0.50; total
     * 14.09 → excellent. b2: not done, 8 meetings capped at 3.00, ratio 0.5 below the threshold, no
     * award, no rating; base 3.00; six lapses 3.00 capped at 2.00; total 1.00 → pass. b3: done,
     * no meetings, ratio 1 → 5.00, awards "branch" and "city" → 0.5 + 0.5 + 1 = 2.00; base 9.00; an
     * incident sets the total to 0 → pass, vetoed.
     */
    @Test
    void everyKindOfColumnByHand() {
        Evaluator evaluator = Evaluator.of(SchemeFormat.ofDefaults().read("""
                id: columns
                version: "1"
                period: year
                maxPoints: 17.5
                subjects: [branch]
                keys:
                  - {id: done, type: flag}
                  - {id: meetings, type: count}
                  - {id: rate, type: ratio}
                  - {id: award, type: category, values: [branch, unit, city, province], combine: distinct-cases}
                  - {id: rating, type: rating}
                  - {id: lapse, type: count}
                  - {id: incident, type: flag}
                dimensions:
                  - id: d
                    indicators:
                      - id: i
                        items:
                          - {id: check, maxPoints: 2, rule: {id: check}, keys: [done]}
                          - {id: meet, maxPoints: 3, rule: {id: count, params: {per: 0.5}}, keys: [meetings]}
                          - {id: share, maxPoints: 5, rule: {id: ratio, params: {threshold: 0.6}}, keys: [rate]}
                          - {id: awards, maxPoints: 3.5, rule: {id: occurrences, params: {per: 0.5, levels: {city: 1, province: 2}}}, keys: [award]}
                          - {id: rated, maxPoints: 4, rule: {id: rating, params: {outOf: 100}}, keys: [rating]}
                deductions:
                  - {id: lapses, key: lapse, per: 0.5, cap: 2}
                vetoes:
                  - {id: major, when: {key: incident, op: "==", value: true}, effect: zero}
                grades:
                  - {id: excellent, min: 12, gates: [{key: done, op: "==", value: true}]}
                  - {id: good, min: 6}
                  - {id: pass, min: 0}
                """, Syntax.YAML));
        assertEquals(List.of(), evaluator.columnarLimits());
        EvidenceColumns.Builder columns = EvidenceColumns.builder(evaluator, THREE_BRANCHES, YEAR);
        int done = columns.key("done");
        int meetings = columns.key("meetings");
        int rate = columns.key("rate");
        int award = columns.key("award");
        int rating = columns.key("rating");
        int lapse = columns.key("lapse");
        int b1 = columns.subject("b1");
        int b2 = columns.subject("b2");
        int b3 = columns.subject("b3");
        columns.flag(done, b1, true).count(meetings, b1, 5).fraction(rate, b1, 357, 566)
                .addCase(award, b1, "city", "province").number(rating, b1, new BigDecimal("86")).count(lapse, b1, 1);
        columns.flag(done, b2, false).count(meetings, b2, 8).number(rate, b2, new BigDecimal("0.5")).count(lapse, b2, 6);
        columns.flag(done, b3, true).count(meetings, b3, 0).fraction(rate, b3, 1, 1)
                .addCase(award, b3, "branch").addCase(award, b3, "city").flag(columns.key("incident"), b3, true);
        Totals totals = evaluator.totals(columns.build());

        assertEquals(Optional.of(new BigDecimal("3.15")), totals.figure(b1, "item:share"));
        assertEquals(Optional.of(new BigDecimal("3.50")), totals.figure(b1, "item:awards"));
        assertEquals(Optional.of(new BigDecimal("3.44")), totals.figure(b1, "item:rated"));
        assertEquals(new BigDecimal("14.59"), totals.base(b1));
        assertEquals(new BigDecimal("14.09"), totals.total(b1));
        assertEquals(Optional.of("excellent"), totals.grade(b1));

        assertEquals(Optional.of(new BigDecimal("3.00")), totals.figure(b2, "item:meet"));
        assertEquals(new BigDecimal("2.00"), totals.deductions(b2));
        assertEquals(new BigDecimal("1.00"), totals.total(b2));
        assertEquals(Optional.of("pass"), totals.grade(b2));

        assertEquals(Optional.of(new BigDecimal("2.00")), totals.figure(b3, "item:awards"));
        assertEquals(new BigDecimal("9.00"), totals.base(b3));
        assertEquals(new BigDecimal("0.00"), totals.total(b3));
        assertTrue(totals.vetoed(b3));
        assertEquals(Optional.of("pass"), totals.grade(b3));
        assertEquals("incident == true (is true)",
                totals.report(THREE_BRANCHES, List.of()).scorecards().get(2).vetoes().get(0).reason());
    }

    private static OrgUnit org(String id, OrgKind kind, String parent) {
        return new OrgUnit(id, kind, Optional.ofNullable(parent), Label.NONE, BranchType.REGULAR, new TreeSet<>());
    }

    /**
     * A composite scheme whose first part's first dimension is left out for want of evidence: the
     * part counts it 0 (SCORING.md step 6). p1 = d1 (excluded) + d2 (15) = 15, p2 = d3 = 20; base
     * 0.5 × 15 + 0.5 × 20 = 17.50; the scorecard is incomplete (dimension d1 excluded), so no grade.
     */
    @Test
    void aPartCountsAnExcludedDimensionAsZero() {
        Evaluator evaluator = Evaluator.of(SchemeFormat.ofDefaults().read("""
                id: parts
                version: "1"
                period: year
                maxPoints: 30
                subjects: [branch]
                keys:
                  - {id: a, type: points}
                  - {id: b, type: points}
                  - {id: c, type: points}
                dimensions:
                  - {id: d1, indicators: [{id: i1, items: [{id: x1, maxPoints: 20, rule: {id: direct}, keys: [a], missing: exclude}]}]}
                  - {id: d2, indicators: [{id: i2, items: [{id: x2, maxPoints: 20, rule: {id: direct}, keys: [b]}]}]}
                  - {id: d3, indicators: [{id: i3, items: [{id: x3, maxPoints: 20, rule: {id: direct}, keys: [c]}]}]}
                parts:
                  - {id: p1, weight: 0.5, dimensions: [d1, d2]}
                  - {id: p2, weight: 0.5, dimensions: [d3]}
                grades: [{id: any, min: 0}]
                """, Syntax.YAML)).lean();
        assertEquals(List.of(), evaluator.columnarLimits());
        EvidenceColumns.Builder columns = EvidenceColumns.builder(evaluator, THREE_BRANCHES, YEAR);
        int b1 = columns.subject("b1");
        columns.count(columns.key("b"), b1, 15).count(columns.key("c"), b1, 20);
        Totals totals = evaluator.totals(columns.build());
        assertEquals(Optional.of(new BigDecimal("15.00")), totals.figure(b1, "part:p1"));
        assertEquals(new BigDecimal("17.50"), totals.total(b1));
        assertTrue(totals.incomplete(b1));
        assertEquals("unranked.dimension-excluded", totals.unranked().get(0).code());
    }

    @Test
    void aSchemeWithAnItemReadingTwoKeysIsScoredFromRecords() {
        ScoringRuleProvider both = new ScoringRuleProvider() {
            @Override
            public String ruleId() {
                return "both";
            }

            @Override
            public ScoringRule configure(RuleConfig config) {
                return input -> RuleResult.of(BigDecimal.valueOf(input.evidence("party-day").records().size()
                        + input.evidence("general-meeting").records().size()).min(BigDecimal.valueOf(4)),
                        TraceStep.of("both", "records of both keys", "两个指标键的记录数"));
            }
        };
        RuleRegistry rules = RuleRegistry.ofDefaults().with(both);
        Scheme scheme = SchemeFormat.ofDefaults().withRules(rules).read(WorkedExampleTest.resource(
                "worked-example.yaml").replace("rule: {id: count, params: {per: 1.5}}\n            keys: [party-day]",
                "rule: {id: both}\n            keys: [party-day, general-meeting]"), Syntax.YAML);
        Evaluator evaluator = Evaluator.of(scheme, rules).lean();
        assertEquals(List.of("the scheme has item A reading several keys"),
                evaluator.columnarLimits().stream().map(l -> l.text(Language.EN)).toList());
        Totals totals = evaluator.totals(EvidenceColumns.of(evaluator, WorkedExampleTest.ORGS,
                WorkedExampleTest.EVIDENCE, YEAR));
        Report report = evaluator.evaluate(WorkedExampleTest.ORGS, WorkedExampleTest.EVIDENCE, YEAR);
        for (Scorecard card : report.scorecards()) {
            assertEquals(card.total(), totals.total(totals.indexOf(card.subject())), card.subject());
        }
    }

    @Test
    void casesWithoutTheValueAVetoReadsAndAnAmountWithoutItsCaseTotalAreRefused() {
        Evaluator evaluator = Evaluator.of(SchemeFormat.ofDefaults().read("""
                id: cases
                version: "1"
                period: year
                maxPoints: 5
                subjects: [branch]
                keys:
                  - {id: done, type: flag}
                  - {id: severity, type: category, values: [minor, major]}
                  - {id: fine, type: amount}
                dimensions:
                  - {id: d, indicators: [{id: i, items: [{id: x, maxPoints: 5, rule: {id: check}, keys: [done]}]}]}
                deductions:
                  - {id: by-severity, key: severity, levels: {minor: 0.5, major: 2}}
                  - {id: fines, key: fine, per: 0.1}
                vetoes:
                  - {id: major, when: {key: severity, op: "==", value: major}, effect: zero}
                grades: [{id: any, min: 0}]
                """, Syntax.YAML)).lean();
        EvidenceColumns.Builder columns = EvidenceColumns.builder(evaluator, THREE_BRANCHES, YEAR);
        int severity = columns.key("severity");
        int fine = columns.key("fine");
        int b1 = columns.subject("b1");
        int b2 = columns.subject("b2");
        columns.caseAt(severity, b1, "major");                     // the veto reads severity's latest value: missing
        columns.number(fine, b2, new BigDecimal("-3"));             // an amount: its case total is not the sum
        ValidationException e = assertThrows(ValidationException.class, columns::build);
        assertEquals(List.of("columns.case-total $.columns.fine.b2", "columns.value-missing $.columns.severity.b1"),
                e.violations().stream().map(v -> v.code() + " " + v.path()).toList());

        EvidenceColumns.Builder fixed = EvidenceColumns.builder(evaluator, THREE_BRANCHES, YEAR);
        fixed.flag(fixed.key("done"), b1, true).text(severity, b1, "major").caseAt(severity, b1, "major")
                .caseAt(severity, b1, "minor");
        fixed.flag(fixed.key("done"), b2, true).number(fine, b2, new BigDecimal("-3"))
                .caseTotal(fine, b2, BigDecimal.ZERO);
        Totals totals = evaluator.totals(fixed.build());
        // b1: 5.00 − (2 + 0.5) = 2.50, then the major case's veto sets it to 0; b2: no positive fine, 5.00.
        assertEquals(new BigDecimal("2.50"), totals.deductions(b1));
        assertEquals(new BigDecimal("0.00"), totals.total(b1));
        assertTrue(totals.vetoed(b1));
        assertEquals(new BigDecimal("5.00"), totals.total(b2));
    }

    /** Points too large for the columns' whole units fail the item with a clear error, never a wrapped-around total. */
    @Test
    void pointsBeyondWhatColumnsHoldFailTheItem() {
        Evaluator evaluator = Evaluator.of(SchemeFormat.ofDefaults().read("""
                id: open
                version: "1"
                period: year
                openEnded: true
                subjects: [branch]
                keys:
                  - {id: given, type: points}
                dimensions:
                  - {id: d, indicators: [{id: i, items: [{id: x, rule: {id: direct}, keys: [given]}]}]}
                grades: [{id: any, min: 0}]
                """, Syntax.YAML)).lean();
        EvidenceColumns.Builder columns = EvidenceColumns.builder(evaluator, THREE_BRANCHES, YEAR);
        int given = columns.key("given");
        columns.number(given, columns.subject("b1"), new BigDecimal("1E14"))
                .number(given, columns.subject("b2"), new BigDecimal("12.5"));
        Totals totals = evaluator.totals(columns.build());
        assertEquals("item.beyond-columns", totals.errors().get(0).code());
        assertTrue(totals.incomplete(totals.indexOf("b1")));
        assertEquals(new BigDecimal("12.50"), totals.total(totals.indexOf("b2")));
    }

    @Test
    void everyBadValueIsReportedAtOnceWithItsPathInBothLanguages() {
        EvidenceColumns.Builder columns = EvidenceColumns.builder(WORKED, WorkedExampleTest.ORGS, YEAR);
        int partyDay = columns.key("party-day");
        int late = columns.key("late-uploads");
        int b1 = columns.subject("b1");
        int b2 = columns.subject("b2");
        columns.count(partyDay, b1, -1);                                   // a count is 0 or more
        columns.number(partyDay, b2, new BigDecimal("2.5"));               // and whole
        columns.count(late, b1, 1);                                        // a flag, not a number
        columns.flag(late, b2, true);                                      // no case total for the deduction
        columns.caseTotal(partyDay, b1, BigDecimal.ONE);                   // no adjustment reads party-day
        ValidationException e = assertThrows(ValidationException.class, columns::build);
        List<String> found = e.violations().stream().map(v -> v.code() + " " + v.path()).toList();
        assertEquals(List.of(
                "columns.form $.columns.late-uploads.b1",
                "columns.case-total $.columns.late-uploads.b2",
                "columns.value $.columns.party-day.b1",
                "columns.form $.columns.party-day.b1",
                "columns.value $.columns.party-day.b2"), found);
        for (Violation violation : e.violations()) {
            assertFalse(violation.message().isBlank());
            assertTrue(violation.messageZh().codePoints().anyMatch(c -> c >= 0x4E00), violation.messageZh());
        }
        assertThrows(IllegalStateException.class, () -> columns.count(partyDay, b1, 1), "built columns stay as they are");
        ValidationException key = assertThrows(ValidationException.class, () -> columns.key("no-such-key"));
        assertEquals("columns.key-unknown", key.violations().get(0).code());
        ValidationException subject = assertThrows(ValidationException.class, () -> columns.subject("u1"));
        assertEquals("columns.subject-unknown", subject.violations().get(0).code());
    }

    @Test
    void aSchemeTheColumnsCannotHoldIsScoredFromRecordsAndRefusedFromABuilder() {
        // A plug-in rule that makes no promise about what it reads: 1.5 a record, at most 6.
        ScoringRuleProvider perRecord = new ScoringRuleProvider() {
            @Override
            public String ruleId() {
                return "per-record";
            }

            @Override
            public ScoringRule configure(RuleConfig config) {
                config.singleKey(KeyType.COUNT);
                return input -> RuleResult.of(BigDecimal.valueOf(Math.min(6, 1.5 * input.first().records().size()))
                        .setScale(1), TraceStep.of("per-record", "1.5 a record", "每条记录 1.5 分"));
            }
        };
        RuleRegistry rules = RuleRegistry.ofDefaults().with(perRecord);
        Scheme graded = SchemeFormat.ofDefaults().withRules(rules).read(WorkedExampleTest.resource(
                "worked-example.yaml").replace("rule: {id: count, params: {per: 1.5}}", "rule: {id: per-record}"),
                Syntax.YAML);
        Evaluator evaluator = Evaluator.of(graded, rules);
        assertEquals(List.of("the scheme has item A whose rule per-record reads its records one by one"),
                evaluator.columnarLimits().stream().map(l -> l.text(Language.EN)).toList());
        Totals totals = evaluator.totals(EvidenceColumns.of(evaluator, WorkedExampleTest.ORGS,
                WorkedExampleTest.EVIDENCE, YEAR));
        Report report = evaluator.evaluate(WorkedExampleTest.ORGS, WorkedExampleTest.EVIDENCE, YEAR);
        assertEquals(report.scorecards().get(0).total(), totals.total(0));
        assertTrue(totals.fromRecords(0));
        ValidationException e = assertThrows(ValidationException.class, () -> evaluator.totals(
                EvidenceColumns.builder(evaluator, WorkedExampleTest.ORGS, YEAR).build()));
        assertEquals("columns.unsupported", e.violations().get(0).code());
        ValidationException other = assertThrows(ValidationException.class, () -> WORKED.totals(
                EvidenceColumns.builder(Evaluator.of(SchemeFormat.ofDefaults().read(WorkedExampleTest.resource(
                        "worked-example.yaml").replace("id: worked-example", "id: other"), Syntax.YAML)),
                        WorkedExampleTest.ORGS, YEAR).build()));
        assertEquals("columns.scheme", other.violations().get(0).code());
    }
}
