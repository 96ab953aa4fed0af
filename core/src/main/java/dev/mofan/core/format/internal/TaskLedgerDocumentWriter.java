package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.ledger.TaskAssignment;
import dev.mofan.model.ledger.TaskEntry;
import dev.mofan.model.ledger.TaskLedger;

/** Builds the tree of a task ledger document: assignments and entries in their order, absent values left out. */
public final class TaskLedgerDocumentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TaskLedgerDocumentWriter() {
    }

    /**
     * {@return the document tree of {@code ledger}}
     *
     * @param ledger the task ledger
     */
    public static ObjectNode toTree(TaskLedger ledger) {
        ObjectNode document = NODES.objectNode();
        ArrayNode assignments = document.putArray("assignments");
        for (TaskAssignment assignment : ledger.assignments()) {
            ObjectNode node = assignments.addObject();
            node.put("id", assignment.id());
            node.put("task", assignment.task());
            node.put("org", assignment.org());
            node.put("period", assignment.period().text());
            if (!assignment.entries().isEmpty()) {
                ArrayNode entries = node.putArray("entries");
                for (TaskEntry entry : assignment.entries()) {
                    ObjectNode item = entries.addObject();
                    item.put("step", entry.step().id());
                    item.put("date", entry.date().toString());
                    item.put("actor", entry.actor().id());
                    OrgDocumentWriter.putIds(item, "evidence", entry.evidence());
                    entry.note().ifPresent(note -> item.put("note", note));
                }
            }
        }
        return document;
    }
}
