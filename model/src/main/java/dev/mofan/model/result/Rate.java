package dev.mofan.model.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate that keeps what it is made of: 357 of 566 problems solved is {@code 357/566}, shown as
 * 63.07%. Exact; the percentage is rounded half up to two decimals only when shown.
 *
 * @param numerator how many, 0 to {@code denominator}
 * @param denominator of how many, 0 or more
 */
public record Rate(long numerator, long denominator) {

    /**
     * Checks {@code 0 ≤ numerator ≤ denominator}.
     *
     * @param numerator how many, 0 to {@code denominator}
     * @param denominator of how many, 0 or more
     */
    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("A rate is 0 ≤ numerator ≤ denominator, not " + numerator + "/"
                    + denominator);
        }
    }

    /** {@return {@code 100 × numerator / denominator}, two decimals, half up; empty of nothing (0/0)} */
    public Optional<BigDecimal> percent() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
    }

    /** {@return the exact rate as a fraction, {@code 357/566}, as evidence records of ratio keys write it} */
    public String text() {
        return numerator + "/" + denominator;
    }
}
