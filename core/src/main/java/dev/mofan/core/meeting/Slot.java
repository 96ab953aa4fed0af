package dev.mofan.core.meeting;

import java.util.Objects;
import java.util.Optional;

/**
 * One cadence period of a branch's meeting type, such as the branch's general meeting of
 * {@code 2026-Q2}, or for party group meetings one party cell's month, {@code b1-c2} in {@code 2026-03}.
 *
 * @param period the cadence period, as text
 * @param cell the party cell, for party group meetings
 */
public record Slot(String period, Optional<String> cell) {

    /**
     * Refuses nulls.
     *
     * @param period the cadence period, as text
     * @param cell the party cell, for party group meetings
     */
    public Slot {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cell, "cell");
    }

    /** {@return the slot as text: {@code 2026-Q2}, or {@code b1-c2 2026-03} for a party cell} */
    public String text() {
        return cell.map(c -> c + " " + period).orElse(period);
    }
}
