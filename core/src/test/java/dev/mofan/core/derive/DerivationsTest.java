package dev.mofan.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.ActivityLogFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskLedgerFormat;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.ProblemAction;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemStep;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.DerivedSource;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of derived keys (SCORING.md: derived figures enter as evidence under declared
 * keys), each scored by the bundled five-type scheme, which derives themed-party-day from the activity
 * log, instruction-closure-rate from the task ledger and difficulty-solved-rate and
 * style-rectified-rate from the problem ledger.
 */
class DerivationsTest {

    static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: b1, kind: branch, parent: u1}
              - {id: b2, kind: branch, parent: u1}
              - {id: u2, kind: unit, parent: wc}
              - {id: b3, kind: branch, parent: u2}
            """, Syntax.YAML);

    static final Scheme FIVE_TYPE = BundledSchemes.get("five-type-organ");
    static final TaskCatalogue TASKS = BundledTaskCatalogues.get("five-type-organ");
    static final Period YEAR = Period.year(2025);

    @Test
    void theGansuFigure357Of566IsScoredLikeAnyOtherRatio() {
        // “共梳理问题566个、破解357个”: 566 “三难” problems found in 2025, alternately at b1 and b2, the first
        // 357 closed. b1 holds the even ones (283), of which 179 are below 357; b2 the odd ones, 178 closed.
        List<LedgerProblem> problems = new ArrayList<>();
        for (int i = 0; i < 566; i++) {
            List<ProblemStep> steps = new ArrayList<>();
            steps.add(new ProblemStep(ProblemAction.ASSIGN, LocalDate.of(2025, 3, 2), Optional.of("u1"),
                    Optional.of(LocalDate.of(2025, 11, 30)), Optional.empty()));
            if (i < 357) {
                steps.add(step(ProblemAction.RECTIFY, LocalDate.of(2025, 9, 1)));
                steps.add(step(ProblemAction.CLOSE, LocalDate.of(2025, 10, 1)));
            }
            problems.add(new LedgerProblem("p" + i, i % 2 == 0 ? "b1" : "b2", "three-difficulties",
                    Label.zh("三难问题"), LocalDate.of(2025, 3, 1), steps));
        }
        DerivedEvidence derived = Derivations.derive(FIVE_TYPE, ORGS, YEAR, YEAR.end(),
                LedgerSources.none().withProblems(new ProblemLedger(problems)));
        // Records in tree order; u2 and b3 found nothing, so no rate; no style problem anywhere.
        assertEquals(List.of("problem-ledger:u1:difficulty-solved-rate=357/566",
                "problem-ledger:b1:difficulty-solved-rate=179/283", "problem-ledger:b2:difficulty-solved-rate=178/283"),
                shown(derived.records()));
        // Only the problem ledger was given: the keys of the other two sources are listed, not derived.
        assertEquals(List.of("themed-party-day", "instruction-closure-rate"), derived.notDerived());
        // The item difficulty-solving (ratio, 0 below 60%, 3 points): 3 × 357/566 = 1.8922… → 1.89.
        Report report = Evaluator.of(FIVE_TYPE).evaluate(ORGS, derived.evidence(), YEAR);
        Scorecard u1 = card(report, "u1");
        assertEquals(Optional.of(new BigDecimal("1.89")), u1.item("difficulty-solving").orElseThrow().points());
        assertEquals(List.of("problem-ledger:u1:difficulty-solved-rate"),
                u1.item("difficulty-solving").orElseThrow().evidence());
        // b2: 178/283 = 62.9% ≥ 60%: 3 × 178/283 = 1.8869… → 1.89; u2 has no record and the item is left
        // out (missing: exclude), not scored 0.
        assertEquals(Optional.of(new BigDecimal("1.89")), card(report, "b2").item("difficulty-solving").orElseThrow()
                .points());
        assertEquals(Optional.empty(), card(report, "u2").item("difficulty-solving").orElseThrow().points());
    }

    @Test
    void theTaskLedgersClosedLoopsScoreInstructionClosure() {
        // Four rounds of instruction-implementation (ongoing) in 2026 across u1: three followed up, one only
        // planned; i4 is 2025's. Closed-loop rate (台账闭环率) under instruction-closure-rate.
        TaskLedger ledger = TaskLedgerFormat.ofDefaults().read("""
                assignments:
                  - {id: i1, task: instruction-implementation, org: u1, period: 2026, entries: [
                      {step: plan, date: 2026-01-10, actor: party-group}, {step: follow-up, date: 2026-06-30, actor: organ-committee}]}
                  - {id: i2, task: instruction-implementation, org: b1, period: 2026, entries: [
                      {step: report, date: 2026-03-01, actor: branch}, {step: follow-up, date: 2026-04-01, actor: branch}]}
                  - {id: i3, task: instruction-implementation, org: b2, period: 2026, entries: [
                      {step: follow-up, date: 2026-05-01, actor: branch}]}
                  - {id: i4, task: instruction-implementation, org: b2, period: 2025, entries: [
                      {step: plan, date: 2025-02-01, actor: branch}]}
                  - {id: i5, task: instruction-implementation, org: b1, period: 2026, entries: [
                      {step: plan, date: 2026-02-01, actor: branch}]}
                  - {id: x1, task: loyalty-education, org: u2, period: 2026-Q1, entries: [
                      {step: follow-up, date: 2026-03-20, actor: branch}]}
                """, Syntax.YAML);
        Period year = Period.year(2026);
        DerivedEvidence derived = Derivations.derive(FIVE_TYPE, ORGS, year, year.end(),
                LedgerSources.none().withTasks(ledger, TASKS));
        // u1: i1, i2, i3, i5 → 3/4; b1: i2 closed, i5 not → 1/2; b2: i3 → 1/1; u2's only round is of another
        // task, so u2 and b3 get no record.
        assertEquals(List.of("task-ledger:u1:instruction-closure-rate=3/4", "task-ledger:b1:instruction-closure-rate=1/2",
                "task-ledger:b2:instruction-closure-rate=1/1"), shown(derived.records()));
        Scorecard u1 = card(Evaluator.of(FIVE_TYPE).evaluate(ORGS, derived.evidence(), year), "u1");
        // instruction-closure (ratio, 0 below 60%, 3 points): 3 × 3/4 = 2.25.
        assertEquals(Optional.of(new BigDecimal("2.25")), u1.item("instruction-closure").orElseThrow().points());
    }

    @Test
    void theActivityLogCountsThemedPartyDaysOfEveryUnitAndBranch() {
        ActivityLog log = ActivityLogFormat.ofDefaults().read("""
                activities:
                  - {id: a1, org: b1, kind: themed-party-day, date: 2026-01-15, participants: 18}
                  - {id: a2, org: b1, kind: themed-party-day, date: 2026-02-15, participants: 17}
                  - {id: a3, org: b1, kind: themed-party-day, date: 2026-03-15, participants: 19}
                  - {id: a4, org: b2, kind: themed-party-day, date: 2026-01-20, participants: 9}
                  - {id: a5, org: u1, kind: training, date: 2026-03-01, participants: 120}
                  - {id: a6, org: b3, kind: themed-party-day, date: 2025-12-30, participants: 12}
                """, Syntax.YAML);
        Period year = Period.year(2026);
        DerivedEvidence derived = Derivations.derive(FIVE_TYPE, ORGS, year, year.end(),
                LedgerSources.none().withActivities(log));
        // A count is a record even when it is 0 (u2 and b3: a6 was in 2025); u1 adds up b1 and b2.
        assertEquals(List.of("activity-log:u1:themed-party-day=4", "activity-log:b1:themed-party-day=3",
                "activity-log:b2:themed-party-day=1", "activity-log:u2:themed-party-day=0",
                "activity-log:b3:themed-party-day=0"), shown(derived.records()));
        EvidenceRecord first = derived.records().get(0);
        assertEquals(Optional.of("activity-log"), first.source());
        assertEquals(year, first.period());
        // themed-party-days: 0.5 per day, at most 2. b1 held 3 → 1.50; b2 1 → 0.50.
        Report report = Evaluator.of(FIVE_TYPE).evaluate(ORGS, derived.evidence(), year);
        assertEquals(Optional.of(new BigDecimal("1.50")), card(report, "b1").item("themed-party-days").orElseThrow()
                .points());
        assertEquals(Optional.of(new BigDecimal("0.50")), card(report, "b2").item("themed-party-days").orElseThrow()
                .points());
        assertEquals(List.of(), report.unused(), "every derived record is read by its subject's kind");
    }

    @Test
    void derivedRecordsGoToTheKindsThatReadTheKeyAndFollowEnteredOnes() {
        // A scheme whose unit-only item reads a count of lectures: branches get no record.
        Scheme scheme = scheme("[unit, branch]", """
                  - {id: lecture-count, type: count, derived: {from: activity-log, of: lecture, figure: activities}, name: 讲座}
                  - {id: duty-points, type: points, name: 支部职责}
                  - {id: self-points, type: points, name: 自评}
                """, """
                  - {id: lectures, name: 讲座, maxPoints: 5, subjects: [unit], rule: {id: count, params: {per: 1}}, keys: [lecture-count]}
                  - {id: duties, name: 支部职责, maxPoints: 5, subjects: [branch], rule: {id: direct, params: {}}, keys: [duty-points]}
                  - {id: self, name: 自评, maxPoints: 5, rule: {id: direct, params: {}}, keys: [self-points]}
                """);
        ActivityLog log = ActivityLogFormat.ofDefaults().read("""
                activities:
                  - {id: a1, org: b1, kind: lecture, date: 2026-05-01, participants: 30}
                  - {id: a2, org: nowhere, kind: lecture, date: 2026-05-02, participants: 10}
                """, Syntax.YAML);
        Period year = Period.year(2026);
        DerivedEvidence derived = Derivations.derive(scheme, ORGS, year, year.end(),
                LedgerSources.none().withActivities(log));
        assertEquals(List.of("activity-log:u1:lecture-count=1", "activity-log:u2:lecture-count=0"),
                shown(derived.records()));
        // The lecture at an org the directory does not hold counts nowhere and is reported at its path.
        assertEquals(List.of("$.activities[1].org: 'nowhere' is not in the org file: this entry counts in no subtree"),
                derived.unused().get(DerivedSource.ACTIVITY_LOG).stream().map(v -> v.line(Language.EN)).toList());
        assertEquals(Map.of(), Derivations.derive(scheme, ORGS, year, year.end(),
                LedgerSources.none().withActivities(new ActivityLog(List.of()))).unused());
        Evidence entered = Evidence.of(List.of(new EvidenceRecord("e1", "u1", "self-points", year, Value.of(4),
                Optional.empty(), dev.mofan.model.evidence.Stage.REVIEW, Optional.empty(), Optional.empty(),
                Optional.empty())));
        assertEquals(List.of("e1", "activity-log:u1:lecture-count", "activity-log:u2:lecture-count"),
                derived.addedTo(entered).records().stream().map(EvidenceRecord::id).toList());
    }

    @Test
    void aTaskTheCatalogueDoesNotHoldIsReportedAtTheKeysPath() {
        Scheme scheme = scheme("[unit]", """
                  - {id: done-rate, type: ratio, derived: {from: task-ledger, of: no-such-task, figure: completed}, name: 完成率}
                """, """
                  - {id: done, name: 完成率, maxPoints: 10, rule: {id: ratio, params: {}}, keys: [done-rate]}
                """);
        ValidationException e = assertThrows(ValidationException.class, () -> Derivations.derive(scheme, ORGS, YEAR,
                YEAR.end(), LedgerSources.none().withTasks(new TaskLedger(List.of()), TASKS)));
        assertEquals(List.of("$.keys[0].derived.of: 'no-such-task' is not a task of catalogue 'five-type-organ-tasks'"),
                e.lines(Language.EN));
        assertEquals(List.of("$.keys[0].derived.of: 'no-such-task' 不是任务清单 'five-type-organ-tasks' 中的任务"),
                e.lines(Language.ZH));
    }

    @Test
    void aSchemeRefusesDerivationsThatCannotHold() {
        ValidationException e = assertThrows(ValidationException.class, () -> scheme("[unit]", """
                  - {id: a, type: count, derived: {from: problem-ledger, of: style, figure: completed}, name: A}
                  - {id: b, type: count, derived: {from: problem-ledger, of: style, figure: resolved}, name: B}
                  - {id: c, type: count, derived: {from: ledger, of: the style, figure: found, at: [unit]}, name: C}
                  - {id: k, type: count, derived: [problem-ledger], name: K}
                """, """
                  - {id: x, name: X, maxPoints: 10, rule: {id: count, params: {per: 1}}, keys: [a, b, c, k]}
                """));
        List<String> lines = e.lines(Language.EN);
        assertEquals(List.of(
                "$.keys[0].derived.figure: figure 'completed' is not a figure of source problem-ledger; its figures: "
                        + "resolved, found, open, overdue",
                "$.keys[1].derived.figure: figure 'resolved' is a ratio, so the key must be of that type, not count",
                "$.keys[2].derived.at: unknown property 'at'; expected one of: from, of, figure",
                "$.keys[2].derived.from: unknown source 'ledger'; expected one of: problem-ledger, task-ledger, "
                        + "activity-log, meeting-log",
                "$.keys[2].derived.of: 'the style' is not a valid id: 1–64 characters: ASCII letters, digits, "
                        + "'.', '_', ':' or '-', starting with a letter or digit",
                "$.keys[3].derived: must be an object, but was an array"),
                lines.stream().filter(l -> l.startsWith("$.keys")).toList(), String.join("\n", lines));
    }

    /** A one-dimension, one-indicator scheme of 10 points for {@code subjects} with these keys and items (YAML lines). */
    private static Scheme scheme(String subjects, String keys, String items) {
        return SchemeFormat.ofDefaults().read("id: s\nversion: \"1\"\nname: S\nperiod: year\nmaxPoints: 10\nsubjects: "
                + subjects + "\nkeys:\n" + keys + "dimensions:\n  - id: d\n    name: D\n    indicators:\n"
                + "      - id: i\n        name: I\n        items:\n" + items.indent(8), Syntax.YAML);
    }

    private static ProblemStep step(ProblemAction action, LocalDate date) {
        return new ProblemStep(action, date, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Scorecard card(Report report, String subject) {
        return report.scorecards().stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static List<String> shown(List<EvidenceRecord> records) {
        return records.stream().map(r -> r.id() + "=" + (r.value() instanceof Value.Text text ? text.value()
                : ((Value.Number) r.value()).value().toPlainString())).toList();
    }
}
