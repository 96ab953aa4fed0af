package dev.mofan.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskLedgerFormat;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.ledger.LoopStep;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Rate;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The task ledger (任务台账) worked by hand against the bundled 20 key tasks: the loop 研究部署 →
 * 狠抓落实 → 督促检查 → 及时报告 → 跟踪问效, due days from each task's cadence and deadline, completion
 * on time and late, overdue, and the figures of a subtree by period and type.
 */
class TaskLedgerTest {

    static final TaskCatalogue TASKS = BundledTaskCatalogues.get("five-type-organ");

    // loyalty-education: quarterly, due 15 days after the quarter; theory-study: monthly, 10 days;
    // instruction-implementation: ongoing; development-action: yearly, 15 days. u1 has b1 and b2.
    static final TaskLedger LEDGER = TaskLedgerFormat.ofDefaults().read("""
            assignments:
              - id: a1
                task: loyalty-education
                org: b1
                period: 2026-Q1
                entries:
                  - {step: plan, date: 2026-01-05, actor: party-group}
                  - {step: implement, date: 2026-02-20, actor: branch, evidence: [e12, e13]}
                  - {step: report, date: 2026-04-10, actor: organ-committee}
                  - {step: follow-up, date: 2026-05-01, actor: organ-committee}
              - id: a2
                task: loyalty-education
                org: b2
                period: 2026-Q1
                entries:
                  - {step: plan, date: 2026-01-06, actor: party-group}
                  - {step: implement, date: 2026-03-01, actor: branch}
              - id: a3
                task: theory-study
                org: b1
                period: 2026-01
                entries:
                  - {step: report, date: 2026-02-15, actor: branch, note: late}
              - {id: a4, task: instruction-implementation, org: u1, period: 2026,
                 entries: [{step: plan, date: 2026-01-10, actor: party-group}]}
              - {id: a5, task: development-action, org: b2, period: 2026}
            """, Syntax.YAML);

    @Test
    void eachAssignmentOnADay() {
        TaskLedgers.check(LEDGER, TASKS);
        LocalDate day = LocalDate.of(2026, 4, 30);
        TaskStatus a1 = TaskLedgers.status(LEDGER.assignments().get(0), TASKS.task("loyalty-education").orElseThrow(),
                day);
        // Due 2026-03-31 + 15 days = 04-15; reported 04-10: on time; followed up on 05-01, after the day.
        assertEquals(Optional.of(LocalDate.of(2026, 4, 15)), a1.due());
        assertEquals(List.of(true, true, false), List.of(a1.completed(), a1.onTime(), a1.overdue()));
        assertEquals(Optional.of(LoopStep.REPORT), a1.reached());
        assertEquals(Optional.of(LoopStep.FOLLOW_UP), TaskLedgers.status(LEDGER.assignments().get(0),
                TASKS.task("loyalty-education").orElseThrow(), LocalDate.of(2026, 5, 1)).reached());
        TaskStatus a2 = TaskLedgers.status(LEDGER.assignments().get(1), TASKS.task("loyalty-education").orElseThrow(),
                day);
        assertEquals(List.of(false, false, true), List.of(a2.completed(), a2.onTime(), a2.overdue()));
        // theory-study for January: due 01-31 + 10 = 02-10, reported 02-15: completed, late.
        TaskStatus a3 = TaskLedgers.status(LEDGER.assignments().get(2), TASKS.task("theory-study").orElseThrow(), day);
        assertEquals(List.of(true, false, false), List.of(a3.completed(), a3.onTime(), a3.overdue()));
        // Ongoing: never due, never overdue.
        TaskStatus a4 = TaskLedgers.status(LEDGER.assignments().get(3),
                TASKS.task("instruction-implementation").orElseThrow(), day);
        assertEquals(Optional.empty(), a4.due());
        assertEquals(false, a4.overdue());
        // Before a1's report, on 04-09, it was neither completed nor overdue (due 04-15).
        TaskStatus early = TaskLedgers.status(LEDGER.assignments().get(0),
                TASKS.task("loyalty-education").orElseThrow(), LocalDate.of(2026, 4, 9));
        assertEquals(List.of(false, false), List.of(early.completed(), early.overdue()));
    }

    @Test
    void figuresBySubtreePeriodAndType() {
        LocalDate day = LocalDate.of(2026, 5, 31);
        // 2026, u1, on 05-31: a1–a5; completed a1 and a3 (2/5 = 40.00%), on time a1, overdue a2 (a5 is
        // due 2027-01-15, a4 never), one loop closed (a1, followed up on 05-01).
        TaskFigures year = TaskLedgers.figures(LEDGER, TASKS, LedgerFixtures.ORGS, "u1", Period.year(2026), day,
                Optional.empty());
        assertEquals(new Rate(2, 5), year.completed());
        assertEquals(Optional.of(new BigDecimal("40.00")), year.completed().percent());
        assertEquals(List.of(1L, 1L, 1L), List.of(year.onTime(), year.overdue(), year.closedLoops()));
        // By type: political a1–a4, 2/4; service a5, 0/1.
        assertEquals("2/4", TaskLedgers.figures(LEDGER, TASKS, LedgerFixtures.ORGS, "u1", Period.year(2026), day,
                Optional.of("political")).completed().text());
        assertEquals("0/1", TaskLedgers.figures(LEDGER, TASKS, LedgerFixtures.ORGS, "u1", Period.year(2026), day,
                Optional.of("service")).completed().text());
        // 2026-Q1 holds the rounds inside it: a1, a2 (the quarter) and a3 (January): 2/3.
        assertEquals("2/3", TaskLedgers.figures(LEDGER, TASKS, LedgerFixtures.ORGS, "u1", Period.quarter(2026, 1), day,
                Optional.empty()).completed().text());
        // b2's subtree: a2 and a5, nothing completed.
        assertEquals("0/2", TaskLedgers.figures(LEDGER, TASKS, LedgerFixtures.ORGS, "b2", Period.year(2026), day,
                Optional.empty()).completed().text());
    }

    @Test
    void assignmentsThatDoNotFitTheCatalogueOrTheLoopAreReported() {
        TaskLedger odd = TaskLedgerFormat.ofDefaults().read("""
                assignments:
                  - {id: x1, task: no-such-task, org: b1, period: 2026}
                  - {id: x2, task: loyalty-education, org: b1, period: 2026-02}
                  - {id: x3, task: theory-study, org: b1, period: 2026-02}
                  - {id: x4, task: theory-study, org: b1, period: 2026-02}
                """, Syntax.YAML);
        ValidationException e = assertThrows(ValidationException.class, () -> TaskLedgers.check(odd, TASKS));
        assertEquals(List.of("$.assignments[0].task: 'no-such-task' is not a task of catalogue 'five-type-organ-tasks'",
                "$.assignments[1].period: task 'loyalty-education' has cadence quarter: a round of it is a quarter, "
                        + "not 2026-02",
                "$.assignments[3]: task 'theory-study' is already assigned to 'b1' for 2026-02 at $.assignments[2]"),
                e.lines(Language.EN));
        String broken = """
                assignments:
                  - id: y1
                    task: loyalty-education
                    org: b1
                    period: 2026-Q5
                    entries:
                      - {step: report, date: 2026-04-10, actor: branch}
                      - {step: plan, date: 2026-04-01, actor: chief}
                  - {id: y1, task: loyalty-education, org: b1, period: 2026-Q1}
                """;
        ValidationException shape = assertThrows(ValidationException.class,
                () -> TaskLedgerFormat.ofDefaults().read(broken, Syntax.YAML));
        assertEquals(List.of(
                "$.assignments[0].period: '2026-Q5' is not a period such as 2025, 2025-H1, 2025-Q3, 2025-07 or "
                        + "2024..2026",
                "$.assignments[0].entries[1].actor: unknown level 'chief'; expected one of: party-group, "
                        + "organ-committee, branch, member",
                "$.assignments[0].entries[1].step: 'plan' cannot follow report: the loop runs plan, implement, "
                        + "inspect, report, follow-up",
                "$.assignments[0].entries[1].date: dated 2026-04-01, before the step or finding before it (2026-04-10)",
                "$.assignments[1].id: duplicate id 'y1' (first at $.assignments[0].id)"), shape.lines(Language.EN));
        TaskLedgerFormat format = TaskLedgerFormat.ofDefaults();
        assertEquals(LEDGER, format.read(format.write(LEDGER, Syntax.JSON), Syntax.JSON));
    }
}
