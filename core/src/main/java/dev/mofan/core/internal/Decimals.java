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

    /** The exact sum. */
    public static Fraction sum(List<Fraction> values) {
        Fraction sum = Fraction.ZERO;
        for (Fraction value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /** The exact mean of a non-empty list. */
    public static Fraction mean(List<Fraction> values) {
        return sum(values).divide(BigDecimal.valueOf(values.size()));
    }

    /** The median of a non-empty list (the exact mean of the two middle values for an even size). */
    public static Fraction median(List<Fraction> values) {
        List<Fraction> sorted = sorted(values);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    /**
     * The exact mean after dropping the {@code trim} highest and {@code trim} lowest values; the
     * mean of all when there are {@code 2 × trim} values or fewer.
     */
    public static Fraction trimmedMean(List<Fraction> values, int trim) {
        if (!trims(values.size(), trim)) {
            return mean(values);
        }
        return mean(sorted(values).subList(trim, values.size() - trim));
    }

    /** Whether {@link #trimmedMean(List, int)} drops anything for this many values. */
    public static boolean trims(int size, int trim) {
        return trim > 0 && size > 2 * trim;
    }

    /** The smaller of two. */
    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The larger of two. */
    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Plain text without exponent, keeping the value's scale, e.g. {@code 4.50}. */
    public static String text(BigDecimal value) {
        return value.toPlainString();
    }

    /** Plain text of a figure for explanations: at most 6 decimals, trailing zeros dropped. */
    public static String brief(BigDecimal value) {
        BigDecimal shown = value.setScale(Math.min(Math.max(value.scale(), 0), 6), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
    }

    /** Plain text of a fraction for explanations, as {@link #brief(BigDecimal)}. */
    public static String brief(Fraction value) {
        return brief(value.approximate());
    }

    private static List<Fraction> sorted(List<Fraction> values) {
        List<Fraction> sorted = new ArrayList<>(values);
        sorted.sort(Fraction::compareTo);
        return sorted;
    }
}
