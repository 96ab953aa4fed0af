package dev.mofan.model.meeting;

import dev.mofan.model.period.PeriodKind;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a type of meeting is due, and the quorum it needs to count: a branch committee meeting
 * every month with more than half of its members present.
 *
 * @param type the meeting type
 * @param every the cadence: one meeting in each period of this kind (month, quarter, half-year or year)
 * @param quorum the share of those expected who must be present; empty when any meeting held counts
 */
public record MeetingCadence(MeetingType type, PeriodKind every, Optional<Quorum> quorum) {

    /**
     * Checks the parts; a cadence is a year or shorter.
     *
     * @param type the meeting type
     * @param every the cadence: one meeting in each period of this kind (month, quarter, half-year or year)
     * @param quorum the share of those expected who must be present; empty when any meeting held counts
     */
    public MeetingCadence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(quorum, "quorum");
        if (every == PeriodKind.CYCLE) {
            throw new IllegalArgumentException("A meeting cadence is a year or shorter, not a " + every.id());
        }
    }
}
