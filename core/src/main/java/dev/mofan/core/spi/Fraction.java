package dev.mofan.core.spi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient of two decimals, so that a mean, a ratio such as 357/566 or a share of a
 * maximum is rounded once, at the end, to the scheme's scale: 2.25 × 25/30 is exactly 1.875 and
 * rounds half up to 1.88, where a decimal quotient cut to any number of digits would give 1.87.
 * Immutable; the denominator is always positive.
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {

    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
    /** One. */
    public static final Fraction ONE = new Fraction(BigDecimal.ONE, BigDecimal.ONE);

    /** Checks that both parts are present and the denominator is not zero; a negative one moves to the numerator. */
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

    /** The decimal {@code value} as a fraction. */
    public static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    /** {@code numerator / denominator}. */
    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    /** This plus {@code other}. */
    public Fraction add(Fraction other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** This times {@code factor}. */
    public Fraction multiply(BigDecimal factor) {
        return new Fraction(numerator.multiply(factor), denominator);
    }

    /** This times {@code other}. */
    public Fraction multiply(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** This divided by {@code divisor} (not zero). */
    public Fraction divide(BigDecimal divisor) {
        return new Fraction(numerator, denominator.multiply(divisor));
    }

    /** This divided by {@code divisor} (not zero). */
    public Fraction divide(Fraction divisor) {
        return new Fraction(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /** The sign: -1, 0 or 1. */
    public int signum() {
        return numerator.signum();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** Compares with a decimal. */
    public int compareTo(BigDecimal other) {
        return numerator.compareTo(other.multiply(denominator));
    }

    /** The smaller of this and {@code other}. */
    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The larger of this and {@code other}. */
    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The exact value rounded once to {@code scale} decimals with {@code rounding}. */
    public BigDecimal round(int scale, RoundingMode rounding) {
        return numerator.divide(denominator, scale, rounding);
    }

    /** The value to 34 significant digits (decimal128): for display and comparisons with written numbers. */
    public BigDecimal approximate() {
        return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator
                : numerator.divide(denominator, MathContext.DECIMAL128);
    }

    /** Whether two fractions have the same value, whatever their parts. */
    public boolean sameValue(Fraction other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator.toPlainString()
                : numerator.toPlainString() + "/" + denominator.toPlainString();
    }
}
