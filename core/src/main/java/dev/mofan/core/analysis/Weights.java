package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weights as people see them: rounded to a scale (4 decimals by default) so that they sum to
 * exactly 1, by the largest-remainder method (Hamilton): each weight is first cut down to the scale,
 * then the units still missing go one each to the weights with the largest remainders (the earlier
 * one first on a tie). Rounding each weight on its own could give 0.9999 or 1.0001.
 */
public final class Weights {

    /** The scale weights are shown with unless asked otherwise. */
    public static final int SCALE = 4;

    private Weights() {
    }

    /**
     * {@return {@code raw} (non-negative, summing to 1 within a unit of the last digit kept) rounded to
     * {@code scale} decimals, summing to exactly 1}
     *
     * @param raw the weights at full precision
     * @param scale the number of decimals
     * @throws IllegalArgumentException if a weight is negative or the weights do not sum to 1
     */
    public static List<BigDecimal> shown(List<BigDecimal> raw, int scale) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal total = raw.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (raw.isEmpty() || raw.stream().anyMatch(w -> w.signum() < 0)
                || total.subtract(BigDecimal.ONE).abs().compareTo(unit) > 0) {
            throw new IllegalArgumentException("Weights are non-negative and sum to 1, but were " + raw);
        }
        List<BigDecimal> shown = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal weight : raw) {
            BigDecimal down = weight.setScale(scale, RoundingMode.DOWN);
            shown.add(down);
            remainders.add(weight.subtract(down));
            sum = sum.add(down);
        }
        int missing = BigDecimal.ONE.subtract(sum).divide(unit, 0, RoundingMode.HALF_UP).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < missing; k++) {
            int i = order.get(k % order.size());
            shown.set(i, shown.get(i).add(unit));
        }
        // Raw weights a unit above 1 in all: the excess comes off the smallest remainders with room for it.
        for (int k = order.size() - 1; missing < 0 && k >= 0; k--) {
            int i = order.get(k);
            if (shown.get(i).compareTo(unit) >= 0) {
                shown.set(i, shown.get(i).subtract(unit));
                missing++;
            }
        }
        return List.copyOf(shown);
    }

    /** {@code values} divided by their sum, at full precision. */
    static List<BigDecimal> normalise(List<BigDecimal> values) {
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> result = new ArrayList<>();
        for (BigDecimal value : values) {
            result.add(value.divide(total, BigMath.MC));
        }
        return List.copyOf(result);
    }
}
