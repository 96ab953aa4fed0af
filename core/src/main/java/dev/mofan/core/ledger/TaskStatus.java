package dev.mofan.core.ledger;

import dev.mofan.model.ledger.LoopStep;
import dev.mofan.model.ledger.TaskAssignment;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an assignment stands on a day: the furthest loop step taken by then, when it is due, and
 * whether it is completed (reported, 及时报告), on time, or overdue.
 *
 * @param assignment the assignment
 * @param asOf the day
 * @param reached the furthest step dated on or before the day; empty before the first
 * @param due the day its round is due (the period's end plus the task's days, or the task's date);
 *     empty for an ongoing task
 * @param completed reported by the day
 * @param onTime reported, and by the due day
 * @param overdue not reported, and the due day is past
 */
public record TaskStatus(TaskAssignment assignment, LocalDate asOf, Optional<LoopStep> reached,
        Optional<LocalDate> due, boolean completed, boolean onTime, boolean overdue) {

    /**
     * Refuses nulls.
     *
     * @param assignment the assignment
     * @param asOf the day
     * @param reached the furthest step dated on or before the day; empty before the first
     * @param due the day its round is due (the period's end plus the task's days, or the task's date); empty for an
     *     ongoing task
     * @param completed reported by the day
     * @param onTime reported, and by the due day
     * @param overdue not reported, and the due day is past
     */
    public TaskStatus {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(due, "due");
    }
}
