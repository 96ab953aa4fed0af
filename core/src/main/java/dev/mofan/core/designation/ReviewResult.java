package dev.mofan.core.designation;

import dev.mofan.model.designation.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a review of a period did: its actions in order (by rule as the scheme declares them, then
 * subject), and the register after them.
 *
 * @param period the reviewed period
 * @param asOf the day the review is dated and judged on
 * @param actions the steps taken, each with its reasons
 * @param register the register after the review: every entry's history the old one's, with the
 *     review's steps appended; new entries after the old ones
 */
public record ReviewResult(String period, LocalDate asOf, List<ReviewAction> actions, Register register) {

    /**
     * Refuses nulls and copies the list.
     *
     * @param period the reviewed period
     * @param asOf the day the review is dated and judged on
     * @param actions the steps taken, each with its reasons
     * @param register the register after the review: every entry's history the old one's, with the review's steps
     *     appended; new entries after the old ones
     */
    public ReviewResult {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        actions = List.copyOf(actions);
        Objects.requireNonNull(register, "register");
    }
}
