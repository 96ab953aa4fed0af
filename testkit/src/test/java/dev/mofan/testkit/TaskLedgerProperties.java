package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.ledger.TaskLedgers;
import dev.mofan.core.ledger.TaskStatus;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.ledger.LoopStep;
import dev.mofan.model.ledger.TaskAssignment;
import dev.mofan.model.ledger.TaskEntry;
import dev.mofan.model.period.Period;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
}
