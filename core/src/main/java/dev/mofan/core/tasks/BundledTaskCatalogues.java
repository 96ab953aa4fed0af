package dev.mofan.core.tasks;

import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskCatalogueFormat;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.task.TaskCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The task catalogues shipped inside the library as YAML resources, each named after the bundled
 * scheme whose tasks it lists: {@code five-type-organ}, the 20 key tasks of the five-type model
 * organ (docs/tasks.md), with duties at the four levels filled in from common practice.
 *
 * <pre>{@code
 * TaskCatalogue tasks = BundledTaskCatalogues.get("five-type-organ");
 * }</pre>
 */
public final class BundledTaskCatalogues {

    /** The ids of the bundled catalogues: the ids of the schemes they belong to. */
    public static final List<String> IDS = List.of("five-type-organ");

    private BundledTaskCatalogues() {
    }

    /**
     * {@return the bundled catalogue {@code id}, if there is one}
     *
     * @param id the catalogue's id, one of {@link #IDS}
     */
    public static Optional<TaskCatalogue> find(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = BundledTaskCatalogues.class.getResourceAsStream(id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("The bundled task catalogue " + id + " is missing from the jar");
            }
            return Optional.of(TaskCatalogueFormat.ofDefaults().read(in, Syntax.YAML));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled task catalogue " + id, e);
        }
    }

    /**
     * {@return the bundled catalogue {@code id}}
     *
     * @param id the catalogue's id, one of {@link #IDS}
     * @throws UnknownIdException if there is none
     */
    public static TaskCatalogue get(String id) {
        return find(id).orElseThrow(() -> new UnknownIdException("bundled task catalogue (one of "
                + String.join(", ", IDS) + ")", id));
    }
}
