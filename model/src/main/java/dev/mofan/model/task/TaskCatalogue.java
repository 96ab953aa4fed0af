package dev.mofan.model.task;

import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A task catalogue (重点任务清单): the key tasks of a creation scheme, such as the 20 tasks of the
 * five-type model organ, in order. The document format is described in docs/tasks.md. Immutable.
 *
 * @param id the catalogue's id
 * @param version the catalogue's version, free text of at most 64 characters
 * @param name the catalogue's name, in both languages
 * @param scheme the id of the scheme whose dimensions are the tasks' types and whose items measure
 *     them, if the catalogue names one
 * @param tasks the key tasks, in order
 */
public record TaskCatalogue(String id, String version, Label name, Optional<String> scheme, List<Task> tasks) {

    /**
     * Checks every part, and that task and duty ids are unique together.
     *
     * @param id the catalogue's id
     * @param version the catalogue's version, free text of at most 64 characters
     * @param name the catalogue's name, in both languages
     * @param scheme the id of the scheme whose dimensions are the tasks' types and whose items measure them, if the
     *     catalogue names one
     * @param tasks the key tasks, in order
     */
    public TaskCatalogue {
        Identifiers.require(id, "catalogue id");
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > Scheme.MAX_VERSION_LENGTH) {
            throw new IllegalArgumentException("A version is 1–" + Scheme.MAX_VERSION_LENGTH + " characters, but was '"
                    + version + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheme, "scheme");
        scheme.ifPresent(s -> Identifiers.require(s, "scheme id"));
        tasks = List.copyOf(tasks);
        Set<String> ids = new HashSet<>();
        for (Task task : tasks) {
            requireNew(ids, task.id());
            task.duties().forEach(duty -> requireNew(ids, duty.id()));
        }
    }

    private static void requireNew(Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("Id " + id + " is used twice in the catalogue");
        }
    }

    /**
     * {@return the task {@code id}, if listed}
     *
     * @param id the task's id
     */
    public Optional<Task> task(String id) {
        return tasks.stream().filter(task -> task.id().equals(id)).findFirst();
    }
}
