package dev.mofan.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact statistics over decimals: sums are exact; quotients carry 34 significant digits
 * (decimal128) and are rounded once later, where points are rounded.
 */
public final class Decimals {

    /** Precision of quotients. */
    public static final MathContext QUOTIENTS = MathContext.DECIMAL128;

    private Decimals() {
    }

    /** The exact sum. */
    public static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /** The mean of a non-empty list. */
    public static BigDecimal mean(List<BigDecimal> values) {
        return sum(values).divide(BigDecimal.valueOf(values.size()), QUOTIENTS);
    }

    /** The median of a non-empty list (mean of the two middle values for an even size). */
    public static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = sorted(values);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), QUOTIENTS);
    }

    /**
     * The mean after dropping the {@code trim} highest and {@code trim} lowest values; the mean of
     * all when fewer than {@code 2 × trim + 1} values remain to drop from.
     */
    public static BigDecimal trimmedMean(List<BigDecimal> values, int trim) {
        if (values.size() <= 2 * trim) {
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

    /** Plain text without exponent or trailing zeros beyond the value's scale, e.g. {@code 4.50}. */
    public static String text(BigDecimal value) {
        return value.toPlainString();
    }

    /** Plain text of a quotient, at most 6 decimals, trailing zeros dropped: for explanations only. */
    public static String brief(BigDecimal value) {
        BigDecimal shown = value.setScale(Math.min(Math.max(value.scale(), 0), 6), java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
    }

    private static List<BigDecimal> sorted(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        return sorted;
    }
}
