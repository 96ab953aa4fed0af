package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.meeting.Meeting;
import dev.mofan.model.meeting.MeetingLog;

/** Builds the tree of a meeting-record document: meetings in their order, what is empty left out. */
public final class MeetingLogDocumentWriter {

    private MeetingLogDocumentWriter() {
    }

    /**
     * {@return the document tree of {@code log}}
     *
     * @param log the meeting records
     */
    public static ObjectNode toTree(MeetingLog log) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        ArrayNode meetings = document.putArray("meetings");
        for (Meeting meeting : log.meetings()) {
            ObjectNode node = meetings.addObject();
            node.put("id", meeting.id());
            node.put("branch", meeting.branch());
            meeting.cell().ifPresent(cell -> node.put("cell", cell));
            node.put("type", meeting.type().id());
            node.put("date", meeting.date().toString());
            meeting.attendance().ifPresent(attendance -> {
                ObjectNode at = node.putObject("attendance");
                at.put("present", attendance.present());
                at.put("expected", attendance.expected());
                OrgDocumentWriter.putIds(at, "attendees", attendance.attendees());
                OrgDocumentWriter.putIds(at, "absentees", attendance.absentees());
            });
            OrgDocumentWriter.putLabel(node, "topic", meeting.topic());
        }
        return document;
    }
}
