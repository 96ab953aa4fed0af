package dev.mofan.model.task;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key task (重点任务) of a creation scheme, such as 常态化开展理想信念教育: its type, how often and by
 * when its work is due, what documents it, which scheme items measure it, and its duties at each
 * level of responsibility.
 *
 * @param id the task's id, unique in its catalogue
 * @param title the task's title, in both languages
 * @param type the id of the scheme dimension it belongs to, such as {@code political} (政治型)
 * @param cadence how often its work is due
 * @param deadline when each round is due: days after a period of the cadence ends, or a date for a
 *     task done {@link Cadence#ONCE once}; empty for an {@link Cadence#ONGOING ongoing} task
 * @param evidence the evidence keys that document it
 * @param items the ids of the scheme items that measure it
 * @param duties its duties, at least one; a level may have several
 */
public record Task(String id, Label title, String type, Cadence cadence, Optional<Deadline> deadline,
        List<String> evidence, List<String> items, List<Duty> duties) {

    /**
     * Checks every part, and that the deadline suits the cadence.
     *
     * @param id the task's id, unique in its catalogue
     * @param title the task's title, in both languages
     * @param type the id of the scheme dimension it belongs to, such as {@code political} (政治型)
     * @param cadence how often its work is due
     * @param deadline when each round is due: days after a period of the cadence ends, or a date for a task done
     *     {@link Cadence#ONCE once}; empty for an {@link Cadence#ONGOING ongoing} task
     * @param evidence the evidence keys that document it
     * @param items the ids of the scheme items that measure it
     * @param duties its duties, at least one; a level may have several
     */
    public Task {
        Identifiers.require(id, "task id");
        Objects.requireNonNull(title, "title");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("Task " + id + " has no title");
        }
        Identifiers.require(type, "type");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(deadline, "deadline");
        boolean fits = switch (cadence) {
            case ONGOING -> deadline.isEmpty();
            case ONCE -> deadline.isPresent() && deadline.get() instanceof Deadline.OnDate;
            default -> deadline.isEmpty() || deadline.get() instanceof Deadline.AfterPeriod;
        };
        if (!fits) {
            throw new IllegalArgumentException("Task " + id + ": a " + cadence.id() + " task cannot have the deadline "
                    + deadline);
        }
        evidence = List.copyOf(evidence);
        evidence.forEach(key -> Identifiers.require(key, "evidence key"));
        items = List.copyOf(items);
        items.forEach(item -> Identifiers.require(item, "item"));
        duties = List.copyOf(duties);
        if (duties.isEmpty()) {
            throw new IllegalArgumentException("Task " + id + " has no duty");
        }
    }

    /**
     * {@return the task's duties of {@code level}, in catalogue order}
     *
     * @param level the level of responsibility
     */
    public List<Duty> duties(DutyLevel level) {
        return duties.stream().filter(duty -> duty.level() == level).toList();
    }
}
