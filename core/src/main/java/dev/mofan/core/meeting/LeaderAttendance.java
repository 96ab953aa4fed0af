package dev.mofan.core.meeting;

import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.member.CadreLevel;
import dev.mofan.model.result.Rate;
import java.util.List;
import java.util.Objects;

/**
 * A leading cadre's (领导干部) attendance at the organisational life of their branch in a period,
 * reported to the provincial committee each year: for each meeting type, the meetings whose
 * attendance lists name them (present or absent) and those they attended.
 *
 * @param member the member's id
 * @param branch their branch
 * @param level their cadre level
 * @param types one per meeting type, in the order of {@link MeetingType}
 * @param unrecorded meetings of the branch every member is expected at (general meetings, party
 *     lectures, themed party days, organisational life meetings, appraisals) whose attendance names
 *     nobody: they cannot be judged and are counted here instead
 */
public record LeaderAttendance(String member, String branch, CadreLevel level, List<TypeAttendance> types,
        long unrecorded) {

    /**
     * Copies the list and checks there is one entry per type.
     *
     * @param member the member's id
     * @param branch their branch
     * @param level their cadre level
     * @param types one per meeting type, in the order of {@link MeetingType}
     * @param unrecorded meetings of the branch every member is expected at (general meetings, party lectures, themed
     *     party days, organisational life meetings, appraisals) whose attendance names nobody: they cannot be judged
     *     and are counted here instead
     */
    public LeaderAttendance {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(level, "level");
        types = List.copyOf(types);
        if (types.size() != MeetingType.values().length) {
            throw new IllegalArgumentException("One entry per meeting type");
        }
    }

    /** {@return all types together: attended over expected, such as {@code 17/20}} */
    public Rate attendance() {
        return new Rate(types.stream().mapToLong(TypeAttendance::attended).sum(),
                types.stream().mapToLong(TypeAttendance::expected).sum());
    }

    /**
     * One meeting type's figures.
     *
     * @param type the meeting type
     * @param expected meetings whose lists name the member, present or absent
     * @param attended those where the member was present
     */
    public record TypeAttendance(MeetingType type, long expected, long attended) {

        /**
         * Checks the counts fit.
         *
         * @param type the meeting type
         * @param expected meetings whose lists name the member, present or absent
         * @param attended those where the member was present
         */
        public TypeAttendance {
            Objects.requireNonNull(type, "type");
            if (attended < 0 || attended > expected) {
                throw new IllegalArgumentException(attended + " attended of " + expected + " expected");
            }
        }
    }
}
