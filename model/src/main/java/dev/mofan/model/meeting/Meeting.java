package dev.mofan.model.meeting;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One meeting of a branch's organisational life, as recorded (会议记录).
 *
 * @param id the meeting's id, unique in its log
 * @param branch the branch (党支部) whose organisational life it belongs to
 * @param type what kind of meeting
 * @param cell for a party group meeting (党小组会), the party cell that held it; empty for every other type
 * @param date the day it was held
 * @param attendance who was there; empty when not recorded (a meeting that needs a quorum then does not count)
 * @param topic what it was about (议题), may be empty
 */
public record Meeting(String id, String branch, MeetingType type, Optional<String> cell, LocalDate date,
        Optional<Attendance> attendance, Label topic) {

    /**
     * Checks every part, and that a party cell is named exactly for a party group meeting.
     *
     * @param id the meeting's id, unique in its log
     * @param branch the branch (党支部) whose organisational life it belongs to
     * @param type what kind of meeting
     * @param cell for a party group meeting (党小组会), the party cell that held it; empty for every other type
     * @param date the day it was held
     * @param attendance who was there; empty when not recorded (a meeting that needs a quorum then does not count)
     * @param topic what it was about (议题), may be empty
     */
    public Meeting {
        Identifiers.require(id, "meeting id");
        Identifiers.require(branch, "branch");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cell, "cell");
        cell.ifPresent(c -> Identifiers.require(c, "cell"));
        if (cell.isPresent() != type.heldByPartyCells()) {
            throw new IllegalArgumentException("Meeting " + id + ": a party cell is named for a "
                    + MeetingType.GROUP_MEETING.id() + " and for nothing else");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(topic, "topic");
    }

    /** {@return the org that held it: the party cell of a party group meeting, else the branch} */
    public String holder() {
        return cell.orElse(branch);
    }
}
