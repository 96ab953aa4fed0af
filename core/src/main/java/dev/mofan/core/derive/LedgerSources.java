package dev.mofan.core.derive;

import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingRules;
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
 * @param meetings the meeting records of organisational life with the rules they are checked against
 */
public record LedgerSources(Optional<ProblemLedger> problems, Optional<Tasks> tasks, Optional<ActivityLog> activities,
        Optional<Meetings> meetings) {

    /**
     * Refuses nulls.
     *
     * @param problems the problem ledger (问题台账)
     * @param tasks the task ledger (任务台账) with its catalogue
     * @param activities the activity log
     * @param meetings the meeting records of organisational life with the rules they are checked against
     */
    public LedgerSources {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(meetings, "meetings");
    }

    /** {@return no source at all} */
    public static LedgerSources none() {
        return new LedgerSources(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * {@return these sources with {@code ledger} as the problem ledger}
     *
     * @param ledger the problem ledger
     */
    public LedgerSources withProblems(ProblemLedger ledger) {
        return new LedgerSources(Optional.of(ledger), tasks, activities, meetings);
    }

    /**
     * {@return these sources with {@code ledger} as the task ledger, its tasks from {@code catalogue}}
     *
     * @param ledger the task ledger
     * @param catalogue the catalogue of its tasks
     */
    public LedgerSources withTasks(TaskLedger ledger, TaskCatalogue catalogue) {
        return new LedgerSources(problems, Optional.of(new Tasks(ledger, catalogue)), activities, meetings);
    }

    /**
     * {@return these sources with {@code log} as the activity log}
     *
     * @param log the activity log
     */
    public LedgerSources withActivities(ActivityLog log) {
        return new LedgerSources(problems, tasks, Optional.of(log), meetings);
    }

    /**
     * {@return these sources with {@code log} as the meeting records, checked against {@code rules}}
     *
     * @param log the meeting records
     * @param rules the rules of organisational life they are checked against
     */
    public LedgerSources withMeetings(MeetingLog log, MeetingRules rules) {
        return new LedgerSources(problems, tasks, activities, Optional.of(new Meetings(log, rules)));
    }

    /**
     * {@return whether {@code source} is given}
     *
     * @param source the kind of document
     */
    public boolean gives(DerivedSource source) {
        return switch (source) {
            case PROBLEM_LEDGER -> problems.isPresent();
            case TASK_LEDGER -> tasks.isPresent();
            case ACTIVITY_LOG -> activities.isPresent();
            case MEETING_LOG -> meetings.isPresent();
        };
    }

    /**
     * A task ledger and the catalogue of its tasks.
     *
     * @param ledger the assignments
     * @param catalogue their tasks
     */
    public record Tasks(TaskLedger ledger, TaskCatalogue catalogue) {

        /**
         * Refuses nulls.
         *
         * @param ledger the assignments
         * @param catalogue their tasks
         */
        public Tasks {
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(catalogue, "catalogue");
        }
    }

    /**
     * Meeting records and the rules of organisational life they are checked against.
     *
     * @param log the meetings
     * @param rules the cadences, quorums and exemptions
     */
    public record Meetings(MeetingLog log, MeetingRules rules) {

        /**
         * Refuses nulls.
         *
         * @param log the meetings
         * @param rules the cadences, quorums and exemptions
         */
        public Meetings {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(rules, "rules");
        }
    }
}
