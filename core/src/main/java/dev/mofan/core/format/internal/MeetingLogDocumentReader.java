package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.meeting.Attendance;
import dev.mofan.model.meeting.Meeting;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the tree of a meeting-record document into a {@link MeetingLog}, reporting every problem at
 * its path. Whether the branches and cells exist is judged against an org directory when compliance
 * is worked out.
 */
public final class MeetingLogDocumentReader {

    /** Top-level array sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("meetings");
    static final List<String> FIELDS = List.of("id", "branch", "cell", "type", "date", "attendance", "topic");
    static final List<String> ATTENDANCE_FIELDS = List.of("present", "expected", "attendees", "absentees");
    private static final Label TYPE = Label.of("会议类型", "meeting type");

    private final Violations out;
    private final IdClaims ids;

    private MeetingLogDocumentReader(Violations out) {
        this.out = out;
        this.ids = new IdClaims(out);
    }

    /**
     * {@return the log the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<MeetingLog> read(JsonNode root, Violations out) {
        return new MeetingLogDocumentReader(out).read(root);
    }

    private Optional<MeetingLog> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(SECTIONS);
        List<Meeting> meetings = new ArrayList<>();
        doc.each("meetings", true, (node, at) -> NodeReader.object(node, at, out).flatMap(this::meeting)
                .ifPresent(meetings::add));
        return out.isEmpty() ? Optional.of(new MeetingLog(meetings)) : Optional.empty();
    }

    private Optional<Meeting> meeting(NodeReader object) {
        NodeReader meeting = object.allowOnly(FIELDS);
        Read<String> id = meeting.id("id", true);
        ids.claim(id, meeting.at("id"));
        Read<String> branch = meeting.id("branch", true);
        Read<MeetingType> type = meeting.term("type", MeetingType.class, TYPE, true);
        Read<String> cell = meeting.id("cell", false);
        if (type.ok() && type.present()) {
            if (type.value().heldByPartyCells() && !cell.present()) {
                out.add(meeting.at("cell").path(), MeetingProblems.CELL_MISSING);
            } else if (!type.value().heldByPartyCells() && cell.present()) {
                out.add(meeting.at("cell").path(), MeetingProblems.CELL_UNEXPECTED, type.value());
            }
        }
        LocalDate date = meeting.date("date", true).orElse(null);
        Optional<Attendance> attendance = meeting.has("attendance") ? attendance(meeting) : Optional.empty();
        Read<Label> topic = meeting.label("topic");
        // Built only while nothing was reported: a value the tree reader refused reads as absent here,
        // and must not reach a constructor.
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(id.value(), branch.value(), type.value(), Optional.ofNullable(cell.value()), date,
                attendance, topic.value()));
    }

    private Optional<Attendance> attendance(NodeReader meeting) {
        Optional<NodeReader> object = NodeReader.object(meeting.raw("attendance"), meeting.at("attendance"), out);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        NodeReader attendance = object.get().allowOnly(ATTENDANCE_FIELDS);
        Read<Integer> present = required(attendance, "present", 0);
        Read<Integer> expected = required(attendance, "expected", 1);
        Read<List<String>> attendees = attendance.ids("attendees", false, true);
        Read<List<String>> absentees = attendance.ids("absentees", false, true);
        if (!(present.ok() && present.present() && expected.ok() && expected.present() && attendees.ok()
                && absentees.ok())) {
            return Optional.empty();
        }
        int p = present.value();
        int e = expected.value();
        List<String> in = attendees.value();
        List<String> away = absentees.value();
        int before = out.total();
        if (p > e) {
            out.add(attendance.at("present").path(), MeetingProblems.PRESENT_TOO_MANY, p, e);
        } else {
            if (!in.isEmpty() && in.size() != p) {
                out.add(attendance.at("attendees").path(), MeetingProblems.ATTENDEES_COUNT, in.size(), p);
            }
            if (!away.isEmpty() && (in.isEmpty() ? away.size() > e - p : away.size() != e - p)) {
                out.add(attendance.at("absentees").path(), MeetingProblems.ABSENTEES_COUNT, away.size(), e - p);
            }
        }
        Map<String, String> firstAt = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            firstAt.put(in.get(i), attendance.at("attendees").index(i).path());
        }
        for (int i = 0; i < away.size(); i++) {
            String first = firstAt.get(away.get(i));
            if (first != null) {
                out.add(attendance.at("absentees").index(i).path(), MeetingProblems.MEMBER_REPEAT, away.get(i),
                        new Verbatim(first));
            }
        }
        return out.total() == before ? Optional.of(new Attendance(p, e, in, away)) : Optional.empty();
    }

    private static Read<Integer> required(NodeReader object, String name, int min) {
        Read<Integer> value = object.integer(name, min, Attendance.MAX_EXPECTED);
        if (!value.present() && !value.isBroken()) {
            object.string(name, true);
        }
        return value;
    }
}
