package dev.mofan.model.meeting;

import dev.mofan.model.text.Identifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who was at a meeting: how many of those expected were present (应到 / 实到), and optionally who, by
 * member id, so that leading cadres' attendance can be reported.
 *
 * @param present members present, 0 to {@code expected}
 * @param expected members expected (应到人数): the committee's members for a committee meeting, the
 *     branch's members for a general meeting; 1 or more
 * @param attendees the members present, by id; empty when not recorded, else exactly {@code present} of them
 * @param absentees the members expected and absent (请假、缺席), by id; when given with {@code attendees},
 *     the two make up {@code expected}
 */
public record Attendance(int present, int expected, List<String> attendees, List<String> absentees) {

    /** The most members one meeting may expect: far more than any branch holds. */
    public static final int MAX_EXPECTED = 100_000;

    /**
     * Checks the counts and the lists fit each other.
     *
     * @param present members present, 0 to {@code expected}
     * @param expected members expected (应到人数): the committee's members for a committee meeting, the branch's members
     *     for a general meeting; 1 or more
     * @param attendees the members present, by id; empty when not recorded, else exactly {@code present} of them
     * @param absentees the members expected and absent (请假、缺席), by id; when given with {@code attendees}, the two make
     *     up {@code expected}
     */
    public Attendance {
        if (expected < 1 || expected > MAX_EXPECTED || present < 0 || present > expected) {
            throw new IllegalArgumentException("Attendance " + present + " of " + expected
                    + " does not fit: expected is 1 to " + MAX_EXPECTED + ", present 0 to expected");
        }
        attendees = List.copyOf(attendees);
        absentees = List.copyOf(absentees);
        Set<String> seen = new HashSet<>();
        for (String id : attendees) {
            Identifiers.require(id, "attendee");
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Member " + id + " is listed twice");
            }
        }
        for (String id : absentees) {
            Identifiers.require(id, "absentee");
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Member " + id + " is listed twice");
            }
        }
        if (!attendees.isEmpty() && attendees.size() != present) {
            throw new IllegalArgumentException(attendees.size() + " attendees listed, but " + present + " present");
        }
        if (!attendees.isEmpty() && !absentees.isEmpty() && attendees.size() + absentees.size() != expected) {
            throw new IllegalArgumentException(attendees.size() + " attendees and " + absentees.size()
                    + " absentees listed, but " + expected + " expected");
        }
        if (absentees.size() > expected - present) {
            throw new IllegalArgumentException(absentees.size() + " absentees listed, but only " + (expected - present)
                    + " were absent");
        }
    }

    /**
     * {@return the counts alone, without names}
     *
     * @param present members present, 0 to {@code expected}
     * @param expected members expected, 1 or more
     */
    public static Attendance of(int present, int expected) {
        return new Attendance(present, expected, List.of(), List.of());
    }
}
