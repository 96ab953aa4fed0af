package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.ledger.TaskFigures;
import dev.mofan.core.ledger.TaskLedgers;
import dev.mofan.core.ledger.TaskStatus;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.ledger.LoopStep;
import dev.mofan.model.ledger.TaskAssignment;
import dev.mofan.model.ledger.TaskEntry;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The task ledger's work loop, tested statefully: an assignment of a quarterly task is driven
 * through random entries in loop order on dates that never go back; after each, every entry that
 * would go back in the loop or in time is refused, and the status on any day says completed exactly
 * when a report (or follow-up) is dated by then, overdue only when not completed and past the due day.
 * Over generated trees and ledgers, every subtree's figures add up from its org and its children.
 */
class TaskLedgerProperties {

    private static final Task TASK = BundledTaskCatalogues.get("five-type-organ").task("loyalty-education")
            .orElseThrow();
    private static final Period ROUND = Period.quarter(2026, 1);

    /** The assignment being built. */
    static final class Model {
        final List<TaskEntry> entries = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 1, 1);

        TaskAssignment assignment() {
            return new TaskAssignment("a1", TASK.id(), "b1", ROUND, entries);
        }

        LoopStep last() {
            return entries.isEmpty() ? LoopStep.PLAN : entries.get(entries.size() - 1).step();
        }

        @Override
        public String toString() {
            return entries.size() + " entries, last " + last().id() + " on " + today;
        }
    }

    private static Action.Dependent<Model> record(LoopStep step) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(Model model) {
                return step.ordinal() >= model.last().ordinal();
            }

            @Override
            public Arbitrary<Transformer<Model>> transformer(Model model) {
                return Arbitraries.integers().between(0, 60).map(days -> Transformer.mutate(step.id() + " after " + days
                        + " days", m -> {
                            m.today = m.today.plusDays(days);
                            m.entries.add(new TaskEntry(step, m.today, DutyLevel.BRANCH, List.of(), Optional.empty()));
                        }));
            }
        };
    }

    @Provide
    Arbitrary<ActionChain<Model>> chains() {
        ActionChainArbitrary<Model> chains = ActionChain.startWith(Model::new);
        for (LoopStep step : LoopStep.values()) {
            chains = chains.withAction(record(step));
        }
        return chains.withMaxTransformations(12);
    }

    @Property(tries = 150)
    @Label("driven through entries in loop order, an assignment refuses an entry earlier in the loop or in time; on "
            + "every day it is completed exactly when a report or follow-up is dated by then, on time only if that "
            + "was by the due day, and overdue only when not completed and past the due day")
    void theLoopOnlyGoesForward(@ForAll("chains") ActionChain<Model> chain) {
        chain.withInvariant("no going back", model -> {
            TaskAssignment assignment = model.assignment();
            for (LoopStep step : LoopStep.values()) {
                List<TaskEntry> more = new ArrayList<>(model.entries);
                more.add(new TaskEntry(step, model.today.minusDays(1), DutyLevel.BRANCH, List.of(), Optional.empty()));
                if (!model.entries.isEmpty()) {
                    assertThrows(IllegalArgumentException.class, () -> new TaskAssignment(assignment.id(),
                            assignment.task(), assignment.org(), assignment.period(), more), "a day back");
                }
                if (step.ordinal() < model.last().ordinal()) {
                    List<TaskEntry> back = new ArrayList<>(model.entries);
                    back.add(new TaskEntry(step, model.today, DutyLevel.BRANCH, List.of(), Optional.empty()));
                    assertThrows(IllegalArgumentException.class, () -> new TaskAssignment(assignment.id(),
                            assignment.task(), assignment.org(), assignment.period(), back), step.id());
                }
            }
        }).withInvariant("the status on every day", model -> {
            TaskAssignment assignment = model.assignment();
            for (LocalDate day = LocalDate.of(2026, 1, 1); !day.isAfter(model.today.plusDays(30)); day = day
                    .plusDays(7)) {
                TaskStatus status = TaskLedgers.status(assignment, TASK, day);
                LocalDate on = day;
                Optional<LocalDate> reported = model.entries.stream().filter(e -> e.step().ordinal()
                        >= LoopStep.REPORT.ordinal() && !e.date().isAfter(on)).map(TaskEntry::date).findFirst();
                assertEquals(reported.isPresent(), status.completed(), "completed on " + day);
                assertEquals(reported.isPresent() && !reported.get().isAfter(status.due().orElseThrow()),
                        status.onTime(), "on time on " + day);
                assertEquals(reported.isEmpty() && status.due().orElseThrow().isBefore(day), status.overdue(),
                        "overdue on " + day);
                assertTrue(!(status.completed() && status.overdue()));
            }
        }).run();
    }

    @Property(tries = 100)
    @Label("over generated trees and ledgers of the 20 key tasks: each subtree's figures are its org's own rounds plus "
            + "its children's subtrees', the root's count every round of the year, and the rates lie in [0, 100]%")
    void figuresOfEverySubtreeAddUp(@ForAll OrgDirectory directory, @ForAll("rounds") List<List<Integer>> rows) {
        TaskCatalogue catalogue = BundledTaskCatalogues.get("five-type-organ");
        List<OrgUnit> orgs = directory.tree().units();
        List<TaskAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> row = rows.get(i);
            Task task = catalogue.tasks().get(row.get(1) % catalogue.tasks().size());
            List<Period> rounds = Period.year(2025 + row.get(2) % 2).split(TaskLedgers.round(task.cadence()));
            Period round = rounds.get(row.get(3) % rounds.size());
            List<TaskEntry> entries = new ArrayList<>();
            for (int s = 0; s < row.get(4) % (LoopStep.values().length + 1); s++) {
                entries.add(new TaskEntry(LoopStep.values()[s], round.start().plusDays(s * 11L), DutyLevel.BRANCH,
                        List.of(), Optional.empty()));
            }
            assignments.add(new TaskAssignment("t" + i, task.id(), orgs.get(row.get(0) % orgs.size()).id(), round,
                    entries));
        }
        TaskLedger ledger = new TaskLedger(assignments);
        Period year = Period.year(2026);
        LocalDate asOf = LocalDate.of(2026, 8, 31);
        Map<String, TaskFigures> byOrg = TaskLedgers.figuresByOrg(ledger, catalogue, directory, year, asOf,
                Optional.empty());
        assertEquals(assignments.stream().filter(a -> year.contains(a.period())).count(),
                byOrg.get(directory.tree().root().id()).completed().denominator());
        for (OrgUnit org : orgs) {
            TaskFigures figures = byOrg.get(org.id());
            long counted = assignments.stream().filter(a -> a.org().equals(org.id()) && year.contains(a.period()))
                    .count();
            long completed = assignments.stream().filter(a -> a.org().equals(org.id()) && year.contains(a.period())
                    && TaskLedgers.status(a, catalogue.task(a.task()).orElseThrow(), asOf).completed()).count();
            for (OrgUnit child : directory.tree().children(org.id())) {
                counted += byOrg.get(child.id()).completed().denominator();
                completed += byOrg.get(child.id()).completed().numerator();
            }
            assertEquals(counted, figures.completed().denominator(), "a subtree is its org and its children's");
            assertEquals(completed, figures.completed().numerator());
            assertEquals(figures, TaskLedgers.figures(ledger, catalogue, directory, org.id(), year, asOf,
                    Optional.empty()), "one org's figures are those of the whole pass");
            figures.completed().percent().ifPresent(p -> assertTrue(p.signum() >= 0
                    && p.compareTo(BigDecimal.valueOf(100)) <= 0, p.toPlainString()));
        }
    }

    @Provide
    Arbitrary<List<List<Integer>>> rounds() {
        return Arbitraries.integers().between(0, 1_000).list().ofSize(5).list().ofMaxSize(50);
    }
}
