package dev.mofan.core.tasks;

import dev.mofan.model.task.Duty;
import dev.mofan.model.task.Task;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a responsibility list (责任清单): a duty of a task, and who holds it.
 *
 * @param holder the org (a party group, organ committee or branch) or member holding the duty; empty
 *     in a level's list, which names no one
 * @param task the task the duty belongs to
 * @param duty the duty
 */
public record Responsibility(Optional<String> holder, Task task, Duty duty) {

    /**
     * Refuses nulls.
     *
     * @param holder the org (a party group, organ committee or branch) or member holding the duty; empty in a level's
     *     list, which names no one
     * @param task the task the duty belongs to
     * @param duty the duty
     */
    public Responsibility {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(duty, "duty");
    }
}
