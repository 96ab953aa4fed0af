package dev.mofan.core.format;

import dev.mofan.core.format.internal.TaskCatalogueDocumentReader;
import dev.mofan.core.format.internal.TaskCatalogueDocumentWriter;
import dev.mofan.core.format.internal.TaskProblems;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.error.Violation;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes task catalogues (重点任务清单, docs/tasks.md) in JSON or YAML, and checks a
 * catalogue's links against its scheme. Reading reports every problem of the document at once,
 * each at its JSON path, in English and Chinese. Immutable and thread-safe.
 */
public final class TaskCatalogueFormat extends DocumentFormat<TaskCatalogue> {

    private TaskCatalogueFormat(ReadLimits limits) {
        super(limits, TaskCatalogueDocumentReader.SECTIONS, TaskCatalogueDocumentReader::read,
                TaskCatalogueDocumentWriter::toTree, "task catalogue");
    }

    /** {@return a format with the default limits} */
    public static TaskCatalogueFormat ofDefaults() {
        return new TaskCatalogueFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static TaskCatalogueFormat withLimits(ReadLimits limits) {
        return new TaskCatalogueFormat(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Checks that {@code catalogue} fits {@code scheme}: the scheme it names (if any) is this one,
     * each task's type is one of its dimensions, each item one of its items and each evidence key
     * one of its keys. Every broken link is reported at once at its path ({@code $.tasks[3].items[0]}).
     *
     * @param catalogue the task catalogue
     * @param scheme the scheme whose tasks it lists
     * @throws ValidationException listing every broken link
     */
    public static void check(TaskCatalogue catalogue, Scheme scheme) {
        List<Violation> problems = new ArrayList<>();
        Optional<String> named = catalogue.scheme();
        if (named.isPresent() && !named.get().equals(scheme.id())) {
            problems.add(Violation.of(Paths.field(Paths.ROOT, "scheme"), TaskProblems.SCHEME, named.get(),
                    scheme.id()));
        }
        Set<String> dimensions = scheme.dimensions().stream().map(Dimension::id).collect(Collectors.toSet());
        Set<String> items = new HashSet<>();
        for (Dimension dimension : scheme.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                indicator.items().stream().map(Item::id).forEach(items::add);
            }
        }
        String dimensionList = scheme.dimensions().stream().map(Dimension::id).collect(Collectors.joining(", "));
        for (int t = 0; t < catalogue.tasks().size(); t++) {
            Task task = catalogue.tasks().get(t);
            String at = Paths.index(Paths.field(Paths.ROOT, "tasks"), t);
            if (!dimensions.contains(task.type())) {
                problems.add(Violation.of(Paths.field(at, "type"), TaskProblems.TYPE, task.type(), scheme.id(),
                        new Verbatim(dimensionList)));
            }
            for (int i = 0; i < task.items().size(); i++) {
                if (!items.contains(task.items().get(i))) {
                    problems.add(Violation.of(Paths.index(Paths.field(at, "items"), i), TaskProblems.ITEM,
                            task.items().get(i), scheme.id()));
                }
            }
            for (int k = 0; k < task.evidence().size(); k++) {
                if (scheme.key(task.evidence().get(k)).isEmpty()) {
                    problems.add(Violation.of(Paths.index(Paths.field(at, "evidence"), k), TaskProblems.EVIDENCE,
                            task.evidence().get(k), scheme.id()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
