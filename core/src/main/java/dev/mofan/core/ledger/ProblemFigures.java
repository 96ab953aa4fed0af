package dev.mofan.core.ledger;

import dev.mofan.model.result.Rate;
import java.util.Objects;

/**
 * The problem ledger's figures for an org's subtree and a period, judged on a day: of the problems
 * found in the period in the subtree, how many are closed (the resolution rate, 357/566 = 63.07%),
 * still open, and overdue.
 *
 * @param org the org whose subtree is counted
 * @param period the period the problems were found in, such as {@code 2026}
 * @param resolved closed problems of those found
 * @param open found and not closed
 * @param overdue open, not yet rectified, and past their deadline
 */
public record ProblemFigures(String org, String period, Rate resolved, long open, long overdue) {

    /**
     * Refuses nulls and checks the counts fit the rate.
     *
     * @param org the org whose subtree is counted
     * @param period the period the problems were found in, such as {@code 2026}
     * @param resolved closed problems of those found
     * @param open found and not closed
     * @param overdue open, not yet rectified, and past their deadline
     */
    public ProblemFigures {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(resolved, "resolved");
        if (open != resolved.denominator() - resolved.numerator() || overdue < 0 || overdue > open) {
            throw new IllegalArgumentException("Counts do not fit: " + resolved.text() + ", " + open + " open, "
                    + overdue + " overdue");
        }
    }

    /** {@return how many problems were found in the period} */
    public long found() {
        return resolved.denominator();
    }
}
