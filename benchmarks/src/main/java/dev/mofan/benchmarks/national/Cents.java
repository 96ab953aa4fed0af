package dev.mofan.benchmarks.national;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points as whole cents (the scheme's scale 2), and the one rounding the engine applies: half up. */
final class Cents {

    private Cents() {
    }

    /** {@code numerator / denominator} rounded half up to a whole number; both ≥ 0, denominator > 0. */
    static long divideHalfUp(long numerator, long denominator) {
        return (2 * numerator + denominator) / (2 * denominator);
    }

    /** Cents as a decimal text, {@code 150 → "1.5"}. */
    static String text(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }

    /** Cents as a decimal of scale 2. */
    static BigDecimal decimal(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** A decimal rounded half up to cents. */
    static long of(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
