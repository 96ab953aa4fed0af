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
 * The task catalogues shipped inside the library as YAML resources ({@code <id>.yaml} beside this
 * class). A catalogue names the scheme its types belong to in its own {@code scheme} field; its id
 * here need not be that scheme's id (docs/tasks.md):
 * <ul>
 *   <li>{@code five-type-organ}: the 20 key tasks of the five-type model organ, for the scheme
 *       {@code five-type-organ}, with duties at the four levels filled in from common practice;</li>
 *   <li>{@code quzhou-organ-tasks}: an example of Quzhou's 13-item political-construction task list
 *       for the organs' Party organisations (13项市直机关党组织政治建设任务清单), for the scheme
 *       {@code quzhou-index};</li>
 *   <li>{@code quzhou-secretary-tasks}: an example of Quzhou's 17-item list for Party organisation
 *       secretaries (17项党组织书记政治建设任务清单), whose duty levels say whose secretary, for the
 *       scheme {@code quzhou-index};</li>
 *   <li>{@code three-atmospheres-2026}: an example of Henan's annual arrangement of creation tasks
 *       (年度创建工作安排, 一年一安排) for 2026, 12 tasks, three per dimension, for the scheme
 *       {@code three-atmospheres}; next year's arrangement is a new catalogue with a new id and
 *       version, for the same scheme.</li>
 * </ul>
 * The Quzhou lists are known only by their number of items (人民日报 2023-02-17), and the Henan
 * arrangement only by its rhythm (一年一安排、一年一考评、三年一总评, 河南日报 2020-05-10); their tasks
 * are filled in from common practice, for illustration.
 *
 * <pre>{@code
 * TaskCatalogue tasks = BundledTaskCatalogues.get("five-type-organ");
 * TaskCatalogue secretaries = BundledTaskCatalogues.get("quzhou-secretary-tasks");
 * TaskCatalogue henan2026 = BundledTaskCatalogues.get("three-atmospheres-2026");
 * }</pre>
 */
public final class BundledTaskCatalogues {

    /**
     * The ids of the bundled catalogues, {@code five-type-organ} first. {@code five-type-organ} is also
     * the id of its scheme; the others are not: each catalogue names its scheme in its
     * {@link TaskCatalogue#scheme() scheme} field.
     */
    public static final List<String> IDS = List.of("five-type-organ", "quzhou-organ-tasks",
            "quzhou-secretary-tasks", "three-atmospheres-2026");

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
