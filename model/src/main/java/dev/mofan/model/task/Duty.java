package dev.mofan.model.task;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.Objects;

/**
 * One line of a responsibility list (责任清单): what the holders of one level do for a task.
 *
 * @param id the duty's id, unique in its catalogue
 * @param level who holds it
 * @param text what they do, in both languages
 */
public record Duty(String id, DutyLevel level, Label text) {

    /**
     * Checks every part.
     *
     * @param id the duty's id, unique in its catalogue
     * @param level who holds it
     * @param text what they do, in both languages
     */
    public Duty {
        Identifiers.require(id, "duty id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Duty " + id + " has no text");
        }
    }
}
