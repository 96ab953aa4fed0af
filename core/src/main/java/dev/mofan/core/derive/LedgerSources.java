package dev.mofan.core.derive;

import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.scheme.DerivedSource;
import dev.mofan.model.task.TaskCatalogue;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents derived keys are read from, each optional: a key whose source is not given gets no
 * records and is listed in {@link DerivedEvidence#notDerived()}. A task ledger comes with the
 * catalogue that gives its tasks' cadences and deadlines.
 *
 * <pre>{@code
 * LedgerSources sources = LedgerSources.none().withProblems(problems).withTasks(tasks, catalogue);
 * }</pre>
 *
 * @param problems the problem ledger (问题台账)
 * @param tasks the task ledger (任务台账) with its catalogue
 * @param activities the activity log
 */
public record LedgerSources(Optional<ProblemLedger> problems, Optional<Tasks> tasks, Optional<ActivityLog> activities) {

    /** Refuses nulls. */
    public LedgerSources {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(activities, "activities");
    }

    /** No source at all. */
    public static LedgerSources none() {
        return new LedgerSources(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These sources with {@code ledger} as the problem ledger. */
    public LedgerSources withProblems(ProblemLedger ledger) {
        return new LedgerSources(Optional.of(ledger), tasks, activities);
    }

    /** These sources with {@code ledger} as the task ledger, its tasks from {@code catalogue}. */
    public LedgerSources withTasks(TaskLedger ledger, TaskCatalogue catalogue) {
        return new LedgerSources(problems, Optional.of(new Tasks(ledger, catalogue)), activities);
    }

    /** These sources with {@code log} as the activity log. */
    public LedgerSources withActivities(ActivityLog log) {
        return new LedgerSources(problems, tasks, Optional.of(log));
    }

    /** Whether {@code source} is given. */
    public boolean gives(DerivedSource source) {
        return switch (source) {
            case PROBLEM_LEDGER -> problems.isPresent();
            case TASK_LEDGER -> tasks.isPresent();
            case ACTIVITY_LOG -> activities.isPresent();
        };
    }

    /**
     * A task ledger and the catalogue of its tasks.
     *
     * @param ledger the assignments
     * @param catalogue their tasks
     */
    public record Tasks(TaskLedger ledger, TaskCatalogue catalogue) {

        /** Refuses nulls. */
        public Tasks {
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(catalogue, "catalogue");
        }
    }
}
