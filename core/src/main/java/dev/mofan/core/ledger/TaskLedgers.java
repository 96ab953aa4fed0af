package dev.mofan.core.ledger;

import dev.mofan.core.format.internal.LedgerProblems;
import dev.mofan.core.internal.DerivedEvidence;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.ledger.LoopStep;
import dev.mofan.model.ledger.TaskAssignment;
import dev.mofan.model.ledger.TaskEntry;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.result.Rate;
import dev.mofan.model.task.Cadence;
import dev.mofan.model.task.Deadline;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a task ledger (任务台账) says on a day, against its task catalogue: each assignment's status
 * and the figures of an org's subtree for a period and a type. Pure functions of the ledger, the
 * catalogue, the org tree and the day.
 */
public final class TaskLedgers {

    /** The {@code source} of the evidence records the ledger gives. */
    public static final String SOURCE = "task-ledger";

    private TaskLedgers() {
    }

    /**
     * Checks that every assignment names a task of {@code catalogue} and a round of its cadence (a
     * quarter for a quarterly task; the year for one done once or ongoing), and that no task, org and
     * round is listed twice, each problem at its path.
     *
     * @throws ValidationException listing every problem
     */
    public static void check(TaskLedger ledger, TaskCatalogue catalogue) {
        List<Violation> problems = new ArrayList<>();
        Map<String, String> rowAt = new HashMap<>();
        for (int i = 0; i < ledger.assignments().size(); i++) {
            TaskAssignment assignment = ledger.assignments().get(i);
            String at = Paths.index(Paths.field(Paths.ROOT, "assignments"), i);
            String first = rowAt.putIfAbsent(assignment.task() + '\u0000' + assignment.org() + '\u0000'
                    + assignment.period().text(), at);
            if (first != null) {
                problems.add(Violation.of(at, LedgerProblems.TASK_REPEAT, assignment.task(), assignment.org(),
                        assignment.period().text(), new Verbatim(first)));
            }
            Optional<Task> task = catalogue.task(assignment.task());
            if (task.isEmpty()) {
                problems.add(Violation.of(Paths.field(at, "task"), LedgerProblems.TASK_UNKNOWN, assignment.task(),
                        catalogue.id()));
                continue;
            }
            PeriodKind round = round(task.get().cadence());
            if (assignment.period().kind() != round) {
                problems.add(Violation.of(Paths.field(at, "period"), LedgerProblems.TASK_PERIOD, assignment.task(),
                        task.get().cadence(), round, assignment.period().text()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The kind of period a round of a task of {@code cadence} is: its own, or a year when done once or ongoing. */
    public static PeriodKind round(Cadence cadence) {
        return cadence.period().orElse(PeriodKind.YEAR);
    }

    /** Where {@code assignment} of {@code task} stands on {@code asOf}. */
    public static TaskStatus status(TaskAssignment assignment, Task task, LocalDate asOf) {
        Optional<LoopStep> reached = Optional.empty();
        Optional<LocalDate> reported = Optional.empty();
        for (TaskEntry entry : assignment.entries()) {
            if (entry.date().isAfter(asOf)) {
                break;
            }
            reached = Optional.of(entry.step());
            if (reported.isEmpty() && entry.step().ordinal() >= LoopStep.REPORT.ordinal()) {
                reported = Optional.of(entry.date());
            }
        }
        Optional<LocalDate> due = due(assignment.period(), task);
        boolean completed = reported.isPresent();
        boolean onTime = completed && (due.isEmpty() || !reported.get().isAfter(due.get()));
        boolean overdue = !completed && due.isPresent() && due.get().isBefore(asOf);
        return new TaskStatus(assignment, asOf, reached, due, completed, onTime, overdue);
    }

    /** The day a round of {@code task} for {@code period} is due; empty for an ongoing task. */
    public static Optional<LocalDate> due(Period period, Task task) {
        if (task.cadence() == Cadence.ONGOING) {
            return Optional.empty();
        }
        Optional<Deadline> deadline = task.deadline();
        if (deadline.isPresent() && deadline.get() instanceof Deadline.OnDate on) {
            return Optional.of(on.date());
        }
        int days = deadline.map(d -> ((Deadline.AfterPeriod) d).days()).orElse(0);
        return Optional.of(period.end().plusDays(days));
    }

    /**
     * The figures of the assignments to orgs in the subtree of {@code org} whose round lies in
     * {@code period}, of tasks of {@code type} (all types when empty), judged on {@code asOf}.
     * Assignments of tasks the catalogue does not hold, or of orgs the directory does not hold,
     * count nowhere ({@link #check}, {@link #unknownOrgs}).
     *
     * @throws UnknownIdException if {@code org} is not in the directory's tree
     */
    public static TaskFigures figures(TaskLedger ledger, TaskCatalogue catalogue, OrgDirectory directory, String org,
            Period period, LocalDate asOf, Optional<String> type) {
        if (!directory.tree().contains(org)) {
            throw new UnknownIdException("org", org);
        }
        long counted = 0;
        long completed = 0;
        long onTime = 0;
        long overdue = 0;
        long closed = 0;
        for (TaskAssignment assignment : ledger.assignments()) {
            Optional<Task> task = catalogue.task(assignment.task());
            if (task.isEmpty() || type.isPresent() && !type.get().equals(task.get().type())
                    || !period.contains(assignment.period())
                    || !DerivedEvidence.inSubtree(directory, org, assignment.org())) {
                continue;
            }
            counted++;
            TaskStatus status = status(assignment, task.get(), asOf);
            completed += status.completed() ? 1 : 0;
            onTime += status.onTime() ? 1 : 0;
            overdue += status.overdue() ? 1 : 0;
            closed += status.reached().equals(Optional.of(LoopStep.FOLLOW_UP)) ? 1 : 0;
        }
        return new TaskFigures(org, period.text(), type, new Rate(completed, counted), onTime, overdue, closed);
    }

    /**
     * The ledger's figures as evidence records, for each org of {@code kinds} (its subtree's
     * assignments of the key's task whose round lies in {@code period}, judged on {@code asOf}), one
     * ratio record per declared key ({@code 3/4}); none when the subtree has no such assignment, so
     * the item's missing-evidence policy decides. Ids {@code task-ledger:ORG:KEY}, source
     * {@code task-ledger}.
     */
    public static List<EvidenceRecord> evidence(TaskLedger ledger, TaskCatalogue catalogue, OrgDirectory directory,
            List<String> kinds, Period period, LocalDate asOf, List<TaskKey> keys) {
        List<TaskLedger> ofTask = new ArrayList<>();
        for (TaskKey key : keys) {
            ofTask.add(new TaskLedger(ledger.assignments().stream().filter(a -> a.task().equals(key.task())).toList()));
        }
        List<EvidenceRecord> records = new ArrayList<>();
        for (OrgUnit org : directory.tree().units()) {
            if (!kinds.contains(org.kindId())) {
                continue;
            }
            for (int k = 0; k < keys.size(); k++) {
                TaskKey key = keys.get(k);
                TaskFigures figures = figures(ofTask.get(k), catalogue, directory, org.id(), period, asOf,
                        Optional.empty());
                long counted = figures.completed().denominator();
                if (counted == 0) {
                    continue;
                }
                long share = switch (key.figure()) {
                    case COMPLETED -> figures.completed().numerator();
                    case ON_TIME -> figures.onTime();
                    case CLOSED_LOOPS -> figures.closedLoops();
                };
                records.add(DerivedEvidence.record(SOURCE, org.id(), key.key(), period,
                        Value.of(new Rate(share, counted).text())));
            }
        }
        return List.copyOf(records);
    }

    /** The assignments to orgs the directory does not hold, each at its path: counted nowhere, reported. */
    public static List<Violation> unknownOrgs(TaskLedger ledger, OrgDirectory directory) {
        return DerivedEvidence.unknownOrgs(ledger.assignments().stream().map(TaskAssignment::org).toList(), "assignments", directory);
    }
}
