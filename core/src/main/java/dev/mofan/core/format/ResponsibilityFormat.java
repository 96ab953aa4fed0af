package dev.mofan.core.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.format.internal.OrgDocumentWriter;
import dev.mofan.core.format.internal.TaskCatalogueDocumentWriter;
import dev.mofan.core.tasks.Responsibility;
import dev.mofan.model.task.Deadline;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.util.List;
import java.util.Optional;

/**
 * Writes responsibility lists (责任清单) for people and programs: as JSON, or as CSV that spreadsheet
 * software in a Chinese locale opens as it is (UTF-8 with a byte-order mark, CRLF line ends, RFC
 * 4180 quoting, both languages in their own columns). The columns and fields are described in
 * docs/tasks.md.
 */
public final class ResponsibilityFormat {

    /** The CSV header, in the order of the columns. */
    public static final List<String> CSV_COLUMNS = List.of("holder", "level", "task", "task_zh", "task_en", "type",
            "cadence", "deadline_days", "deadline_date", "duty", "duty_zh", "duty_en");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BOM = "\uFEFF";

    private ResponsibilityFormat() {
    }

    /**
     * {@return the list as JSON: {@code {catalogue: {id, version}, level, org, responsibilities: [...]}}}
     *
     * @param catalogue the catalogue the list comes from
     * @param level the level of responsibility
     * @param org the org whose subtree's holders are listed; empty for a level's list
     * @param lines the lines of the list, as {@code Responsibilities} gives them
     */
    public static String json(TaskCatalogue catalogue, DutyLevel level, Optional<String> org,
            List<Responsibility> lines) {
        ObjectNode document = NODES.objectNode();
        ObjectNode about = document.putObject("catalogue");
        about.put("id", catalogue.id());
        about.put("version", catalogue.version());
        document.put("level", level.id());
        if (org.isPresent()) {
            document.put("org", org.get());
        } else {
            document.putNull("org");
        }
        ArrayNode array = document.putArray("responsibilities");
        for (Responsibility line : lines) {
            ObjectNode entry = array.addObject();
            if (line.holder().isPresent()) {
                entry.put("holder", line.holder().get());
            } else {
                entry.putNull("holder");
            }
            entry.put("level", line.duty().level().id());
            entry.put("task", line.task().id());
            entry.set("title", OrgDocumentWriter.label(line.task().title()));
            entry.put("type", line.task().type());
            entry.put("cadence", line.task().cadence().id());
            Optional<Deadline> deadline = line.task().deadline();
            if (deadline.isEmpty()) {
                entry.putNull("deadline");
            } else {
                TaskCatalogueDocumentWriter.putDeadline(entry, deadline.get());
            }
            entry.put("duty", line.duty().id());
            entry.set("text", OrgDocumentWriter.label(line.duty().text()));
        }
        return DocumentFormat.text(document, Syntax.JSON, "responsibility list");
    }

    /**
     * {@return the list as CSV text, starting with a byte-order mark: a header row ({@link #CSV_COLUMNS}) and
     * one row per line} The deadline is in two columns, so that neither is misread: days after each
     * period (0 when none is given; empty for a task done once or ongoing), and the date of a task
     * done once. A cell that a spreadsheet would take for a formula (starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with an apostrophe.
     *
     * @param lines the lines of the list
     */
    public static String csv(List<Responsibility> lines) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, CSV_COLUMNS);
        for (Responsibility line : lines) {
            Task task = line.task();
            row(csv, List.of(line.holder().orElse(""), line.duty().level().id(), task.id(), text(task.title(),
                    Language.ZH), text(task.title(), Language.EN), task.type(), task.cadence().id(),
                    deadlineDays(task), deadlineDate(task), line.duty().id(), text(line.duty().text(), Language.ZH),
                    text(line.duty().text(), Language.EN)));
        }
        return csv.toString();
    }

    /** Days after each period (0 when the catalogue gives none); empty for a task done once or ongoing. */
    private static String deadlineDays(Task task) {
        if (task.cadence().period().isEmpty()) {
            return "";
        }
        return String.valueOf(task.deadline().map(d -> ((Deadline.AfterPeriod) d).days()).orElse(0));
    }

    /** The date a task done once is due; empty otherwise. */
    private static String deadlineDate(Task task) {
        return task.deadline().filter(Deadline.OnDate.class::isInstance)
                .map(d -> ((Deadline.OnDate) d).date().toString()).orElse("");
    }

    private static String text(Label label, Language language) {
        return language == Language.ZH ? label.zh().orElse("") : label.en().orElse("");
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell: quoted when it holds a comma, a quote or a line break; defused when it looks like a formula. */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
