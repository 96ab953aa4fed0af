package dev.mofan.core.meeting;

import dev.mofan.model.meeting.MeetingCadence;
import dev.mofan.model.result.Rate;
import dev.mofan.model.text.Label;
import java.util.List;
import java.util.Objects;

/**
 * How a branch kept one meeting type's cadence in a period: of the cadence periods fully inside it
 * (and ended by the day judged on), those exempt, those due, held and missed, and the meetings that
 * did not count for want of a quorum.
 *
 * @param cadence the rule checked
 * @param due cadence periods owed: fully inside the period, ended by the day, not exempt (for party
 *     group meetings, one per party cell and month)
 * @param held due cadence periods with at least one meeting that counts (several in one period count once)
 * @param missed the due cadence periods without one, in order
 * @param exempt the cadence periods not owed, each with its reason
 * @param quorumFailures the meetings of the period that lacked a quorum (or had no attendance recorded
 *     where a quorum is needed), by date then id
 */
public record TypeCompliance(MeetingCadence cadence, long due, long held, List<Slot> missed, List<Exempt> exempt,
        List<QuorumFailure> quorumFailures) {

    /**
     * Copies the lists and checks the counts fit them.
     *
     * @param cadence the rule checked
     * @param due cadence periods owed: fully inside the period, ended by the day, not exempt (for party group meetings,
     *     one per party cell and month)
     * @param held due cadence periods with at least one meeting that counts (several in one period count once)
     * @param missed the due cadence periods without one, in order
     * @param exempt the cadence periods not owed, each with its reason
     * @param quorumFailures the meetings of the period that lacked a quorum (or had no attendance recorded where a
     *     quorum is needed), by date then id
     */
    public TypeCompliance {
        Objects.requireNonNull(cadence, "cadence");
        missed = List.copyOf(missed);
        exempt = List.copyOf(exempt);
        quorumFailures = List.copyOf(quorumFailures);
        if (held < 0 || held > due || missed.size() != due - held) {
            throw new IllegalArgumentException(held + " held of " + due + " due does not fit " + missed.size()
                    + " missed");
        }
    }

    /** {@return held over due, such as {@code 11/12}; {@code 0/0} when nothing was due} */
    public Rate compliance() {
        return new Rate(held, due);
    }

    /**
     * A cadence period not owed.
     *
     * @param slot the cadence period
     * @param reason why: the exemption's reason, or that the branch has no party cells
     */
    public record Exempt(Slot slot, Label reason) {

        /**
         * Refuses nulls.
         *
         * @param slot the cadence period
         * @param reason why: the exemption's reason, or that the branch has no party cells
         */
        public Exempt {
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A meeting that did not count for want of a quorum.
     *
     * @param meeting the meeting's id
     * @param date its day
     * @param present members present; 0 when attendance was not recorded
     * @param expected members expected; 0 when attendance was not recorded
     */
    public record QuorumFailure(String meeting, java.time.LocalDate date, int present, int expected) {

        /**
         * Refuses nulls.
         *
         * @param meeting the meeting's id
         * @param date its day
         * @param present members present; 0 when attendance was not recorded
         * @param expected members expected; 0 when attendance was not recorded
         */
        public QuorumFailure {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(date, "date");
        }

        /** {@return whether attendance was recorded at all} */
        public boolean recorded() {
            return expected > 0;
        }
    }
}
