package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.task.Deadline;
import dev.mofan.model.task.Duty;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;

/** Builds the tree of a task catalogue document: tasks and duties in their order, properties in a fixed order. */
public final class TaskCatalogueDocumentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TaskCatalogueDocumentWriter() {
    }

    /**
     * Puts {@code deadline} as {@code deadline}: its days after each period, or its date.
     *
     * @param node the object to put it in
     * @param deadline the deadline
     */
    public static void putDeadline(ObjectNode node, Deadline deadline) {
        if (deadline instanceof Deadline.AfterPeriod after) {
            node.put("deadline", after.days());
        } else {
            node.put("deadline", ((Deadline.OnDate) deadline).date().toString());
        }
    }

    /**
     * {@return the document tree of {@code catalogue}}
     *
     * @param catalogue the task catalogue
     */
    public static ObjectNode toTree(TaskCatalogue catalogue) {
        ObjectNode document = NODES.objectNode();
        document.put("id", catalogue.id());
        document.put("version", catalogue.version());
        OrgDocumentWriter.putLabel(document, "name", catalogue.name());
        catalogue.scheme().ifPresent(scheme -> document.put("scheme", scheme));
        ArrayNode tasks = document.putArray("tasks");
        for (Task task : catalogue.tasks()) {
            ObjectNode node = tasks.addObject();
            node.put("id", task.id());
            OrgDocumentWriter.putLabel(node, "title", task.title());
            node.put("type", task.type());
            node.put("cadence", task.cadence().id());
            task.deadline().ifPresent(deadline -> putDeadline(node, deadline));
            OrgDocumentWriter.putIds(node, "evidence", task.evidence());
            OrgDocumentWriter.putIds(node, "items", task.items());
            ArrayNode duties = node.putArray("duties");
            for (Duty duty : task.duties()) {
                ObjectNode entry = duties.addObject();
                entry.put("id", duty.id());
                entry.put("level", duty.level().id());
                OrgDocumentWriter.putLabel(entry, "text", duty.text());
            }
        }
        return document;
    }
}
