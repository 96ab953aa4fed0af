package dev.mofan.model.meeting;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A span in which a branch owes no meetings of some types (免于考核): a newly founded branch before
 * its first full period, a branch being reorganised. A cadence period that overlaps the span is not
 * due.
 *
 * @param branch the branch exempted
 * @param types the meeting types exempted; empty for all of them
 * @param from the first day exempted; empty for every day before {@code until}
 * @param until the last day exempted
 * @param reason why, shown wherever a period is reported exempt
 */
public record Exemption(String branch, Set<MeetingType> types, Optional<LocalDate> from, LocalDate until,
        Label reason) {

    /**
     * Checks the parts and that the span is not empty.
     *
     * @param branch the branch exempted
     * @param types the meeting types exempted; empty for all of them
     * @param from the first day exempted; empty for every day before {@code until}
     * @param until the last day exempted
     * @param reason why, shown wherever a period is reported exempt
     */
    public Exemption {
        Identifiers.require(branch, "branch");
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.isPresent() && from.get().isAfter(until)) {
            throw new IllegalArgumentException("Exemption of " + branch + " ends on " + until + ", before it starts on "
                    + from.get());
        }
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * {@return whether this exempts {@code type}}
     *
     * @param type the meeting type
     */
    public boolean covers(MeetingType type) {
        return types.isEmpty() || types.contains(type);
    }

    /**
     * {@return whether the days {@code start} to {@code end} overlap the exempt span}
     *
     * @param start the first day
     * @param end the last day
     */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(until) && (from.isEmpty() || !end.isBefore(from.get()));
    }
}
