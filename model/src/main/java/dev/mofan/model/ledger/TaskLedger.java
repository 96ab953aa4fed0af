package dev.mofan.model.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A task ledger (任务台账): the assignments of a catalogue's tasks, each with its loop steps. Format: docs/task-ledger.md.
 *
 * @param assignments the assignments, in the order the ledger lists them
 */
public record TaskLedger(List<TaskAssignment> assignments) {

    /**
     * Copies the list and checks that assignment ids are unique.
     *
     * @param assignments the assignments, in the order the ledger lists them
     */
    public TaskLedger {
        assignments = List.copyOf(assignments);
        Set<String> ids = new HashSet<>();
        for (TaskAssignment assignment : assignments) {
            if (!ids.add(assignment.id())) {
                throw new IllegalArgumentException("Assignment " + assignment.id() + " is listed twice");
            }
        }
    }
}
