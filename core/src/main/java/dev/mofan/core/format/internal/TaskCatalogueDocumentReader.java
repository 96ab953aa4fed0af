package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.Cadence;
import dev.mofan.model.task.Deadline;
import dev.mofan.model.task.Duty;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the tree of a task catalogue document into a {@link TaskCatalogue}, reporting every problem
 * at its path: shapes, ids used twice (tasks and duties share one namespace), deadlines that do not
 * suit the cadence. Whether the types, items and keys exist in the scheme is checked apart, with the
 * scheme.
 */
public final class TaskCatalogueDocumentReader {

    /** Top-level array sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("tasks");
    static final List<String> TOP_FIELDS = List.of("id", "version", "name", "scheme", "tasks");
    static final List<String> TASK_FIELDS = List.of("id", "title", "type", "cadence", "deadline", "evidence", "items",
            "duties");
    static final List<String> DUTY_FIELDS = List.of("id", "level", "text");
    private static final Label CADENCE = Label.of("频次", "cadence");
    private static final Label LEVEL = Label.of("责任层级", "level");

    private final Violations out;
    /** One id namespace for tasks and duties. */
    private final IdClaims ids;

    private TaskCatalogueDocumentReader(Violations out) {
        this.out = out;
        this.ids = new IdClaims(out);
    }

    /**
     * {@return the catalogue the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<TaskCatalogue> read(JsonNode root, Violations out) {
        return new TaskCatalogueDocumentReader(out).read(root);
    }

    private Optional<TaskCatalogue> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(TOP_FIELDS);
        Read<String> id = doc.id("id", true);
        Read<String> version = doc.string("version", true);
        if (version.ok() && version.present() && version.value().length() > Scheme.MAX_VERSION_LENGTH) {
            out.add(doc.at("version").path(), FormatProblems.TOO_LONG, version.value().length(),
                    Scheme.MAX_VERSION_LENGTH);
        }
        Read<Label> name = doc.label("name");
        Read<String> scheme = doc.id("scheme", false);
        List<Task> tasks = new ArrayList<>();
        doc.each("tasks", true, (node, at) -> NodeReader.object(node, at, out).flatMap(this::task)
                .ifPresent(tasks::add));
        // Built only while nothing was reported: a value the tree reader refused (010, 0x1F, .nan, an alias)
        // reads as absent here, and must not reach a constructor.
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TaskCatalogue(id.value(), version.value(), name.value(),
                Optional.ofNullable(scheme.value()), tasks));
    }

    private Optional<Task> task(NodeReader object) {
        NodeReader task = object.allowOnly(TASK_FIELDS);
        Read<String> id = task.id("id", true);
        ids.claim(id, task.at("id"));
        Read<Label> title = task.label("title");
        if (title.ok() && title.value().isEmpty()) {
            task.string("title", true);
        }
        Read<String> type = task.id("type", true);
        Read<Cadence> cadence = task.term("cadence", Cadence.class, CADENCE, true);
        Optional<Deadline> deadline = deadline(task, cadence);
        Read<List<String>> evidence = task.ids("evidence", false, true);
        Read<List<String>> items = task.ids("items", false, true);
        List<Duty> duties = new ArrayList<>();
        boolean read = task.each("duties", true, (node, at) -> NodeReader.object(node, at, out).flatMap(this::duty)
                .ifPresent(duties::add));
        if (read && task.array("duties", true).value().isEmpty()) {
            out.add(task.at("duties").path(), SchemeProblems.LIST_EMPTY);
        }
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Task(id.value(), title.value(), type.value(), cadence.value(), deadline,
                evidence.value(), items.value(), duties));
    }

    /** The deadline, which must suit the cadence: none when ongoing, a date when once, else days after a period. */
    private Optional<Deadline> deadline(NodeReader task, Read<Cadence> cadence) {
        JsonNode node = task.raw("deadline");
        if (node == null || node == TreeReader.REPORTED || !cadence.ok() || !cadence.present()) {
            if (node == null && cadence.ok() && cadence.present() && cadence.value() == Cadence.ONCE) {
                out.add(task.at("deadline").path(), TaskProblems.DEADLINE_DATE);
            }
            return Optional.empty();
        }
        Where at = task.at("deadline");
        switch (cadence.value()) {
            case ONGOING -> out.add(at.path(), TaskProblems.DEADLINE_ONGOING);
            case ONCE -> {
                if (node.isTextual()) {
                    try {
                        return Optional.of(new Deadline.OnDate(LocalDate.parse(node.textValue())));
                    } catch (DateTimeParseException e) {
                        out.add(at.path(), FormatProblems.DATE_INVALID, node.textValue());
                        return Optional.empty();
                    }
                }
                out.add(at.path(), TaskProblems.DEADLINE_DATE);
            }
            default -> {
                if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 0
                        && node.intValue() <= Deadline.MAX_DAYS) {
                    return Optional.of(new Deadline.AfterPeriod(node.intValue()));
                }
                out.add(at.path(), TaskProblems.DEADLINE_DAYS, cadence.value(), new Verbatim(node.asText()));
            }
        }
        return Optional.empty();
    }

    private Optional<Duty> duty(NodeReader object) {
        NodeReader duty = object.allowOnly(DUTY_FIELDS);
        Read<String> id = duty.id("id", true);
        ids.claim(id, duty.at("id"));
        Read<DutyLevel> level = duty.term("level", DutyLevel.class, LEVEL, true);
        Read<Label> text = duty.label("text");
        if (text.ok() && text.value().isEmpty()) {
            duty.string("text", true);
        }
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Duty(id.value(), level.value(), text.value()));
    }
}
