package dev.mofan.model.ledger;

import dev.mofan.model.period.Period;
import dev.mofan.model.text.Identifiers;
import java.util.List;
import java.util.Objects;

/**
 * A task of a catalogue assigned to an org for a period (a task × org × period row of the task
 * ledger, 台账), with the loop steps taken so far: in loop order, on dates that never go back.
 *
 * @param id the assignment's id, unique in its ledger
 * @param task the id of the catalogue's task
 * @param org the org it is assigned to
 * @param period the round of work: a period of the task's cadence (the year, for a task done once
 *     or ongoing)
 * @param entries the loop steps taken so far, in loop order
 */
public record TaskAssignment(String id, String task, String org, Period period, List<TaskEntry> entries) {

    /**
     * Checks the ids, and that the entries keep loop order and dates.
     *
     * @param id the assignment's id, unique in its ledger
     * @param task the id of the catalogue's task
     * @param org the org it is assigned to
     * @param period the round of work: a period of the task's cadence (the year, for a task done once or ongoing)
     * @param entries the loop steps taken so far, in loop order
     */
    public TaskAssignment {
        Identifiers.require(id, "assignment id");
        Identifiers.require(task, "task");
        Identifiers.require(org, "org");
        Objects.requireNonNull(period, "period");
        entries = List.copyOf(entries);
        for (int i = 1; i < entries.size(); i++) {
            TaskEntry before = entries.get(i - 1);
            TaskEntry entry = entries.get(i);
            if (entry.step().ordinal() < before.step().ordinal() || entry.date().isBefore(before.date())) {
                throw new IllegalArgumentException("Assignment " + id + ": " + entry.step().id() + " on "
                        + entry.date() + " cannot follow " + before.step().id() + " on " + before.date());
            }
        }
    }
}
