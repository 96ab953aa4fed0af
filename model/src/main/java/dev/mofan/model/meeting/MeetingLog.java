package dev.mofan.model.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The meeting records of a working committee's branches, in the order recorded; ids unique. Format:
 * docs/organisational-life.md.
 *
 * @param meetings the meetings, in the order recorded
 */
public record MeetingLog(List<Meeting> meetings) {

    /**
     * Copies the list and checks that ids are unique.
     *
     * @param meetings the meetings, in the order recorded
     */
    public MeetingLog {
        meetings = List.copyOf(meetings);
        Set<String> ids = new HashSet<>();
        for (Meeting meeting : meetings) {
            if (!ids.add(meeting.id())) {
                throw new IllegalArgumentException("Meeting " + meeting.id() + " is listed twice");
            }
        }
    }
}
