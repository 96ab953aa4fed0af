package dev.mofan.core.internal;

import dev.mofan.core.spi.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact statistics over fractions (a mean is the exact sum over n, never a rounded quotient), and
 * the plain text of decimals for explanations.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * {@return the exact sum}
     *
     * @param values the values
     */
    public static Fraction sum(List<Fraction> values) {
        Fraction sum = Fraction.ZERO;
        for (Fraction value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /**
     * {@return the exact mean of a non-empty list}
     *
     * @param values the values, at least one
     */
    public static Fraction mean(List<Fraction> values) {
        return sum(values).divide(BigDecimal.valueOf(values.size()));
    }

    /**
     * {@return the median of a non-empty list (the exact mean of the two middle values for an even size)}
     *
     * @param values the values, at least one
     */
    public static Fraction median(List<Fraction> values) {
        List<Fraction> sorted = sorted(values);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    /**
     * {@return the exact mean after dropping the {@code trim} highest and {@code trim} lowest values; the
     * mean of all when there are {@code 2 × trim} values or fewer}
     *
     * @param values the values, at least one
     * @param trim how many highest and how many lowest to drop
     */
    public static Fraction trimmedMean(List<Fraction> values, int trim) {
        if (!trims(values.size(), trim)) {
            return mean(values);
        }
        return mean(sorted(values).subList(trim, values.size() - trim));
    }

    /**
     * {@return whether {@link #trimmedMean(List, int)} drops anything for this many values}
     *
     * @param size how many values there are
     * @param trim how many highest and how many lowest to drop
     */
    public static boolean trims(int size, int trim) {
        return trim > 0 && size > 2 * trim;
    }

    /**
     * {@return the smaller of two}
     *
     * @param a one value
     * @param b the other
     */
    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * {@return the larger of two}
     *
     * @param a one value
     * @param b the other
     */
    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * {@return plain text without exponent, keeping the value's scale, such as {@code 4.50}}
     *
     * @param value the decimal
     */
    public static String text(BigDecimal value) {
        return value.toPlainString();
    }

    /**
     * {@return plain text of a figure for explanations: at most 6 decimals, trailing zeros dropped}
     *
     * @param value the figure
     */
    public static String brief(BigDecimal value) {
        BigDecimal shown = value.setScale(Math.min(Math.max(value.scale(), 0), 6), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
    }

    /**
     * {@return plain text of a fraction for explanations, as {@link #brief(BigDecimal)}}
     *
     * @param value the fraction
     */
    public static String brief(Fraction value) {
        return brief(value.approximate());
    }

    private static List<Fraction> sorted(List<Fraction> values) {
        List<Fraction> sorted = new ArrayList<>(values);
        sorted.sort(Fraction::compareTo);
        return sorted;
    }
}
