package dev.mofan.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Timestamp;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.UnusedRecord;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's steps beyond the worked example: missing evidence, unused records, failing plug-ins, determinism. */
class EngineTest {

    private static final Period YEAR = Period.year(2025);
    private static final String SCHEME = WorkedExampleTest.resource("worked-example.yaml");

    private static Scheme scheme(String from, String to) {
        return SchemeFormat.ofDefaults().read(SCHEME.replace(from, to), Syntax.YAML);
    }

    private static EvidenceRecord record(String id, String subject, String key, Object value) {
        Value v = value instanceof Boolean b ? Value.of(b) : value instanceof String s ? Value.of(s)
                : Value.of(new BigDecimal(value.toString()));
        return EvidenceRecord.of(id, subject, key, YEAR, v);
    }

    private static Report evaluate(Scheme scheme, EvidenceRecord... records) {
        return Evaluator.of(scheme).evaluate(WorkedExampleTest.ORGS, Evidence.of(List.of(records)), YEAR);
    }

    @Test
    void missingEvidenceFollowsEachItemsPolicy() {
        // Item B excluded: the indicator renormalises A alone, 4.50 × 10 / 6 = 7.50.
        Scheme exclude = scheme("keys: [general-meeting]", "keys: [general-meeting]\n            missing: exclude");
        Scorecard card = evaluate(exclude, record("a", "b1", "party-day", 3)).scorecards().get(0);
        assertTrue(card.item("B").orElseThrow().excluded());
        assertEquals(Optional.empty(), card.item("B").orElseThrow().points());
        assertEquals(Optional.of(new BigDecimal("7.50")), card.indicators().get(0).points());
        // Both excluded: the dimension has nothing left, the scorecard is incomplete and unranked.
        Scheme both = SchemeFormat.ofDefaults().read(SCHEME.replace("keys: [party-day]",
                        "keys: [party-day]\n            missing: exclude").replace("keys: [general-meeting]",
                        "keys: [general-meeting]\n            missing: exclude"), Syntax.YAML);
        Report none = evaluate(both);
        assertTrue(none.scorecards().get(0).incomplete());
        assertEquals("incomplete: every item of dimension 'political' was excluded", none.unranked().get(0).reason());
        // missing: fail makes the item fail and the scorecard incomplete, with an error.
        Scheme fail = scheme("keys: [general-meeting]", "keys: [general-meeting]\n            missing: fail");
        Report failed = evaluate(fail, record("a", "b1", "party-day", 3));
        assertEquals("no evidence, and the item requires it (missing: fail)", failed.errors().get(0).message());
        assertEquals(new BigDecimal("4.50"), failed.scorecards().get(0).total(), "the total of what could be scored");
        assertEquals(Optional.empty(), failed.scorecards().get(0).grade());
    }

    @Test
    void everyUnusableRecordIsReportedWithItsReason() {
        EvidenceRecord late = record("late", "b1", "party-day", 1)
                .recordedAt(Timestamp.tryParse("2026-01-05T09:00").orElseThrow());
        Report report = Evaluator.of(scheme("x", "x")).evaluate(WorkedExampleTest.ORGS, Evidence.of(List.of(
                record("ok", "b1", "party-day", 1),
                record("ok", "b1", "party-day", 1),
                record("nobody", "ghost", "party-day", 1),
                record("unit", "u1", "party-day", 1),
                record("nokey", "b1", "party-days", 1),
                EvidenceRecord.of("early", "b1", "party-day", Period.year(2024), Value.of(1)),
                record("self", "b1", "party-day", 1).atStage(Stage.SELF),
                record("text", "b1", "party-day", "three"),
                late,
                record("old", "b1", "general-meeting", 1),
                record("new", "b1", "general-meeting", 4).superseding("old"),
                record("newer", "b1", "general-meeting", 2).superseding("old"),
                record("stray", "b1", "general-meeting", 2).superseding("missing"),
                record("loop", "b1", "general-meeting", 2).superseding("loop"),
                record("other", "b1", "party-day", 2).superseding("new"))), YEAR, LocalDate.of(2025, 12, 31));
        List<String> reasons = new ArrayList<>();
        for (UnusedRecord unused : report.unused()) {
            reasons.add(unused.record() + " " + unused.code());
        }
        assertEquals(List.of(
                "early unused.period-outside",
                "late unused.after-as-of",
                "loop unused.supersedes-self",
                "newer unused.already-corrected",
                "nobody unused.subject-unknown",
                "nokey unused.key-unknown",
                "ok unused.duplicate",
                "old unused.superseded",
                "other unused.supersedes-other",
                "stray unused.supersedes-unknown",
                "text unused.value-type",
                "unit unused.kind-not-assessed"), reasons);
        UnusedRecord repeated = report.unused().stream().filter(u -> u.code().equals("unused.duplicate"))
                .findFirst().orElseThrow();
        assertEquals("duplicate id: $.evidence[0] has the same id", repeated.reason(), "the first, by its path");
        assertEquals("编号重复：与 $.evidence[0] 编号相同", repeated.reasonZh());
        // 'new' and 'newer' both correct 'old': the smaller id ('new') wins, whatever the order of the file.
        Scorecard b1 = report.scorecards().get(0);
        assertEquals(List.of("new"), b1.item("B").orElseThrow().evidence());
        assertEquals(Optional.of(new BigDecimal("4.00")), b1.item("B").orElseThrow().points());
    }

    @Test
    void aCorrectionOfARefusedCorrectionDoesNotCount() {
        Report report = evaluate(scheme("x", "x"),
                record("a", "b1", "party-day", 1),
                record("b", "b1", "party-day", 2).superseding("a"),
                record("c", "b1", "party-day", 2).superseding("a"),
                record("d", "b1", "party-day", 3).superseding("c"));
        assertEquals(List.of("a unused.superseded", "c unused.already-corrected", "d unused.supersedes-refused"),
                report.unused().stream().map(u -> u.record() + " " + u.code()).toList());
        assertEquals(List.of("b"), report.scorecards().get(0).item("A").orElseThrow().evidence());
    }

    @Test
    void aRatioWrittenAsTextIsWorthItsValueInADeduction() {
        Scheme ratio = scheme("{id: late-uploads, type: flag,", "{id: late-uploads, type: ratio,");
        Report report = evaluate(ratio, record("x", "b1", "late-uploads", new BigDecimal("0.5")),
                record("y", "b2", "late-uploads", "1/2"));
        assertEquals(new BigDecimal("0.25"), report.scorecards().get(0).deductions());
        assertEquals(new BigDecimal("0.25"), report.scorecards().get(1).deductions());
    }

    @Test
    void theOrderOfRecordsSharingAnIdChangesTheFingerprint() {
        EvidenceRecord one = record("e1", "b1", "party-day", 1);
        EvidenceRecord four = record("e1", "b1", "party-day", 4);
        Report first = evaluate(WorkedExampleTest.SCHEME, one, four);
        Report second = evaluate(WorkedExampleTest.SCHEME, four, one);
        assertEquals(new BigDecimal("1.50"), first.scorecards().get(0).total());
        assertEquals(new BigDecimal("6.00"), second.scorecards().get(0).total());
        assertTrue(!first.fingerprint().equals(second.fingerprint()), "the first of two equal ids is the one that counts");
    }

    /** A rule that throws for every subject: a plug-in bug. */
    static final class Broken implements ScoringRuleProvider {
        @Override
        public String ruleId() {
            return "broken";
        }

        @Override
        public ScoringRule configure(RuleConfig config) {
            return input -> {
                throw new IllegalStateException("bug in plug-in");
            };
        }
    }

    @Test
    void aRuleThatThrowsFailsItsItemNotTheRun() {
        RuleRegistry rules = RuleRegistry.ofDefaults().with(new Broken());
        Scheme scheme = SchemeFormat.ofDefaults().withRules(rules).read(SCHEME.replace("rule: {id: count, params: {per: 1.5}}",
                "rule: {id: broken}"), Syntax.YAML);
        Report report = Evaluator.of(scheme, rules).evaluate(WorkedExampleTest.ORGS, WorkedExampleTest.EVIDENCE, YEAR);
        assertEquals(2, report.errors().size());
        assertEquals("rule 'broken' failed: java.lang.IllegalStateException: bug in plug-in",
                report.errors().get(0).message());
        assertEquals(new BigDecimal("2.50"), report.scorecards().get(0).total(), "B 2.00 − 1.00 + 1.50");
        assertTrue(report.scorecards().get(0).incomplete());
    }

    @Test
    void aZeroVetoKeepsThePreVetoTotalInTheTrace() {
        Scheme zero = scheme("effect: cap-grade\n    grade: fail", "effect: zero");
        Scorecard b2 = evaluate(zero, record("a", "b2", "party-day", 3),
                record("v", "b2", "serious-discipline-cases", 1)).scorecards().get(1);
        assertEquals(new BigDecimal("0.00"), b2.total());
        assertEquals(Optional.of("fail"), b2.grade());
        assertTrue(b2.trace().stream().anyMatch(step -> step.step().equals("veto")
                && new BigDecimal("4.50").equals(step.figures().get("totalBefore"))));
    }

    @Test
    void orderOfEvidenceAndThreadsChangeNotOneByte() {
        List<EvidenceRecord> records = new ArrayList<>(WorkedExampleTest.EVIDENCE.records());
        String expected = ReportFormat.write(Evaluator.of(WorkedExampleTest.SCHEME)
                .evaluate(WorkedExampleTest.ORGS, Evidence.of(records), YEAR));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(records, random);
            Report report = Evaluator.of(WorkedExampleTest.SCHEME).parallel(i % 2 == 0)
                    .evaluate(WorkedExampleTest.ORGS, Evidence.of(records), YEAR);
            assertEquals(expected, ReportFormat.write(report));
        }
    }

    @Test
    void aPeriodOfAnotherKindIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> Evaluator
                .of(WorkedExampleTest.SCHEME).evaluate(WorkedExampleTest.ORGS, Evidence.EMPTY, Period.quarter(2025, 1)));
        Violation violation = e.violations().get(0);
        assertEquals("$.period", violation.path());
        assertEquals("evaluate.period-kind", violation.code());
        assertEquals("period 2025-Q1 is a quarter, but scheme 'worked-example' assesses each year", violation.message());
        assertEquals("期间 2025-Q1 为季度，但方案 'worked-example' 按年度考评", violation.messageZh());
    }
}
