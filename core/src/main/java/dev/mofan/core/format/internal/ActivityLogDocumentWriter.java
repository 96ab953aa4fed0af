package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.activity.Activity;
import dev.mofan.model.activity.ActivityLog;

/** Builds the tree of an activity log document: activities in their order, an empty title left out. */
public final class ActivityLogDocumentWriter {

    private ActivityLogDocumentWriter() {
    }

    /**
     * {@return the document tree of {@code log}}
     *
     * @param log the activity log
     */
    public static ObjectNode toTree(ActivityLog log) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        ArrayNode activities = document.putArray("activities");
        for (Activity activity : log.activities()) {
            ObjectNode node = activities.addObject();
            node.put("id", activity.id());
            node.put("org", activity.org());
            node.put("kind", activity.kind());
            node.put("date", activity.date().toString());
            node.put("participants", activity.participants());
            OrgDocumentWriter.putLabel(node, "title", activity.title());
        }
        return document;
    }
}
