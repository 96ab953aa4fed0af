package dev.mofan.core.ledger;

import dev.mofan.core.format.internal.LedgerProblems;
import dev.mofan.core.internal.SubtreeCounts;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.error.Violation;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a task ledger (任务台账) says on a day, against its task catalogue: each assignment's status
 * and the figures of an org's subtree for a period and a type. Pure functions of the ledger, the
 * catalogue, the org tree and the day.
 */
public final class TaskLedgers {

    private TaskLedgers() {
    }

    /**
     * Checks that every assignment names a task of {@code catalogue} and a round of its cadence (a
     * quarter for a quarterly task; the year for one done once or ongoing), and that no task, org and
     * round is listed twice, each problem at its path.
     *
     * @param ledger the task ledger
     * @param catalogue the catalogue of the ledger's tasks
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

    /**
     * {@return the kind of period a round of a task of {@code cadence} is: its own, or a year when done once or
     * ongoing}
     *
     * @param cadence the task's cadence
     */
    public static PeriodKind round(Cadence cadence) {
        return cadence.period().orElse(PeriodKind.YEAR);
    }

    /**
     * {@return where {@code assignment} of {@code task} stands on {@code asOf}}
     *
     * @param assignment the assignment
     * @param task the assignment's task
     * @param asOf the day
     */
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

    /**
     * {@return the day a round of {@code task} for {@code period} is due; empty for an ongoing task}
     *
     * @param period the round
     * @param task the task
     */
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
     * {@return the figures of the assignments to orgs in the subtree of {@code org} whose round lies in
     * {@code period}, of tasks of {@code type} (all types when empty), judged on {@code asOf}}
     * Assignments of tasks the catalogue does not hold, or of orgs the directory does not hold,
     * count nowhere ({@link #check}, {@link #unknownOrgs}).
     *
     * @param ledger the task ledger
     * @param catalogue the catalogue of the ledger's tasks
     * @param directory the org directory whose tree the orgs are looked up in
     * @param org the id of the org whose subtree is counted
     * @param period the period the rounds lie in
     * @param asOf the day the ledger is judged on: steps dated later are not counted
     * @param type the task type counted, a scheme dimension such as {@code political}; empty for all
     * @throws UnknownIdException if {@code org} is not in the directory's tree
     */
    public static TaskFigures figures(TaskLedger ledger, TaskCatalogue catalogue, OrgDirectory directory, String org,
            Period period, LocalDate asOf, Optional<String> type) {
        if (!directory.tree().contains(org)) {
            throw new UnknownIdException("org", org);
        }
        return figures(counts(ledger, catalogue, directory, period, asOf, type), org, period, type);
    }

    /**
     * {@return the figures of every org of the directory's tree, in tree order, as
     * {@link #figures(TaskLedger, TaskCatalogue, OrgDirectory, String, Period, LocalDate, Optional)}
     * gives them for one org; one pass over the ledger, however many orgs}
     *
     * @param ledger the task ledger
     * @param catalogue the catalogue of the ledger's tasks
     * @param directory the org directory whose tree the orgs are looked up in
     * @param period the period the rounds lie in
     * @param asOf the day the ledger is judged on: steps dated later are not counted
     * @param type the task type counted, a scheme dimension such as {@code political}; empty for all
     */
    public static Map<String, TaskFigures> figuresByOrg(TaskLedger ledger, TaskCatalogue catalogue,
            OrgDirectory directory, Period period, LocalDate asOf, Optional<String> type) {
        SubtreeCounts counts = counts(ledger, catalogue, directory, period, asOf, type);
        Map<String, TaskFigures> byOrg = new LinkedHashMap<>();
        for (OrgUnit org : directory.tree().units()) {
            byOrg.put(org.id(), figures(counts, org.id(), period, type));
        }
        return Collections.unmodifiableMap(byOrg);
    }

    private static SubtreeCounts counts(TaskLedger ledger, TaskCatalogue catalogue, OrgDirectory directory,
            Period period, LocalDate asOf, Optional<String> type) {
        SubtreeCounts counts = new SubtreeCounts(directory.tree(), 5);
        for (TaskAssignment assignment : ledger.assignments()) {
            Optional<Task> task = catalogue.task(assignment.task());
            if (task.isEmpty() || type.isPresent() && !type.get().equals(task.get().type())
                    || !period.contains(assignment.period())) {
                continue;
            }
            TaskStatus status = status(assignment, task.get(), asOf);
            counts.add(assignment.org(), 1, status.completed() ? 1 : 0, status.onTime() ? 1 : 0,
                    status.overdue() ? 1 : 0, status.reached().equals(Optional.of(LoopStep.FOLLOW_UP)) ? 1 : 0);
        }
        return counts;
    }

    private static TaskFigures figures(SubtreeCounts counts, String org, Period period, Optional<String> type) {
        long[] c = counts.of(org);
        return new TaskFigures(org, period.text(), type, new Rate(c[1], c[0]), c[2], c[3], c[4]);
    }

    /**
     * {@return the assignments to orgs the directory does not hold, each at its path: counted nowhere, reported}
     *
     * @param ledger the task ledger
     * @param directory the org directory
     */
    public static List<Violation> unknownOrgs(TaskLedger ledger, OrgDirectory directory) {
        return SubtreeCounts.unknownOrgs(ledger.assignments().stream().map(TaskAssignment::org).toList(),
                "assignments", directory.tree());
    }
}
