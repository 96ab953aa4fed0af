package dev.mofan.core.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient of two decimals, so that a mean, a ratio such as 357/566 or a share of a
 * maximum is rounded once, at the end, to the scheme's scale: 2.25 × 25/30 is exactly 1.875 and
 * rounds half up to 1.88, where a decimal quotient cut to any number of digits would give 1.87.
 * Immutable; the denominator is always positive.
 *
 * @param numerator the numerator
 * @param denominator the denominator, not zero
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {

    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
    /** One. */
    public static final Fraction ONE = new Fraction(BigDecimal.ONE, BigDecimal.ONE);

    private static final int DECIMAL128_DIGITS = MathContext.DECIMAL128.getPrecision();
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /**
     * Checks that both parts are present and the denominator is not zero; a negative one moves to the numerator.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     */
    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("A fraction's denominator cannot be 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    /**
     * {@return the decimal {@code value} as a fraction}
     *
     * @param value the decimal
     */
    public static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    /**
     * {@return {@code numerator / denominator}}
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     */
    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    /**
     * {@return this plus {@code other}}
     *
     * @param other the fraction to add
     */
    public Fraction add(Fraction other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * {@return this times {@code factor}}
     *
     * @param factor the decimal to multiply by
     */
    public Fraction multiply(BigDecimal factor) {
        return new Fraction(numerator.multiply(factor), denominator);
    }

    /**
     * {@return this times {@code other}}
     *
     * @param other the fraction to multiply by
     */
    public Fraction multiply(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * {@return this divided by {@code divisor} (not zero)}
     *
     * @param divisor the decimal to divide by, not zero
     */
    public Fraction divide(BigDecimal divisor) {
        return new Fraction(numerator, denominator.multiply(divisor));
    }

    /**
     * {@return this divided by {@code divisor} (not zero)}
     *
     * @param divisor the fraction to divide by, not zero
     */
    public Fraction divide(Fraction divisor) {
        return new Fraction(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /** {@return the sign: -1, 0 or 1} */
    public int signum() {
        return numerator.signum();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * Compares with a decimal.
     *
     * @param other the decimal to compare with
     * @return a negative number, zero or a positive number as this is less than, equal to or greater than {@code other}
     */
    public int compareTo(BigDecimal other) {
        return numerator.compareTo(other.multiply(denominator));
    }

    /**
     * {@return the smaller of this and {@code other}}
     *
     * @param other the other fraction
     */
    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * {@return the larger of this and {@code other}}
     *
     * @param other the other fraction
     */
    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * {@return the exact value rounded once to {@code scale} decimals with {@code rounding}}
     *
     * @param scale the number of decimals
     * @param rounding how to round
     */
    public BigDecimal round(int scale, RoundingMode rounding) {
        return numerator.divide(denominator, scale, rounding);
    }

    /** {@return the value to 34 significant digits (decimal128): for display and comparisons with written numbers} */
    public BigDecimal approximate() {
        if (denominator.compareTo(BigDecimal.ONE) == 0) {
            return numerator;
        }
        // A quotient that terminates within 34 digits is exact either way, with the same scale; the
        // exact division skips DECIMAL128's long division, the bulk of scoring time (RatingRule, traces).
        if (numerator.precision() + 3 * denominator.precision() <= DECIMAL128_DIGITS && terminates(denominator)) {
            return numerator.divide(denominator);
        }
        return numerator.divide(denominator, MathContext.DECIMAL128);
    }

    /** Whether {@code 1 / divisor} is a finite decimal: the unscaled value has no prime factor but 2 and 5. */
    private static boolean terminates(BigDecimal divisor) {
        BigInteger rest = divisor.unscaledValue().abs();
        rest = rest.shiftRight(rest.getLowestSetBit());
        while (rest.compareTo(BigInteger.ONE) > 0) {
            BigInteger[] quotientAndRemainder = rest.divideAndRemainder(FIVE);
            if (quotientAndRemainder[1].signum() != 0) {
                return false;
            }
            rest = quotientAndRemainder[0];
        }
        return true;
    }

    /**
     * {@return whether two fractions have the same value, whatever their parts}
     *
     * @param other the other fraction
     */
    public boolean sameValue(Fraction other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator.toPlainString()
                : numerator.toPlainString() + "/" + denominator.toPlainString();
    }
}
