package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Objective weights by the entropy method (熵权法): a criterion whose values differ more across the
 * alternatives carries more information and more weight. Rows are alternatives, columns criteria.
 * A criterion that is constant, or all zero, carries none: weight 0, listed in
 * {@link EntropyResult#degenerate()}.
 */
public final class EntropyWeights {

    private EntropyWeights() {
    }

    /**
     * {@return the entropy weights of {@code matrix} (m ≥ 2 rows of n ≥ 1 values; values ≥ 0 for
     * {@link Normalization#SUM}) with {@code directions} per criterion (read by {@link Normalization#MIN_MAX} only)}
     *
     * @param matrix the decision matrix, rows alternatives and columns criteria
     * @param normalization how values become shares
     * @param directions each criterion's direction, benefit or cost
     * @throws IllegalArgumentException if the matrix is not rectangular, has fewer than 2 rows, a sum
     *     normalisation meets a negative value, or every criterion is degenerate
     */
    public static EntropyResult of(List<List<BigDecimal>> matrix, Normalization normalization,
            List<Direction> directions) {
        int m = matrix.size();
        if (m < 2) {
            throw new IllegalArgumentException("The entropy method compares at least 2 alternatives");
        }
        int n = matrix.get(0).size();
        if (n < 1 || matrix.stream().anyMatch(row -> row.size() != n) || directions.size() != n) {
            throw new IllegalArgumentException("Every row, and the directions, have the same number of criteria");
        }
        BigDecimal k = BigDecimal.ONE.divide(BigMath.ln(BigDecimal.valueOf(m)), BigMath.MC);
        List<BigDecimal> entropy = new ArrayList<>();
        List<BigDecimal> information = new ArrayList<>();
        List<Integer> degenerate = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<BigDecimal> y = column(matrix, j, normalization, directions.get(j));
            BigDecimal sum = y.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean constant = y.stream().distinct().count() == 1 || y.stream().allMatch(v -> v.signum() == 0);
            if (sum.signum() == 0 || constant && normalization == Normalization.MIN_MAX) {
                degenerate.add(j);
                entropy.add(BigDecimal.ONE);
                information.add(BigDecimal.ZERO);
                continue;
            }
            BigDecimal e = BigDecimal.ZERO;
            for (BigDecimal value : y) {
                if (value.signum() > 0) {
                    BigDecimal p = value.divide(sum, BigMath.MC);
                    e = e.add(p.multiply(BigMath.ln(p), BigMath.MC), BigMath.MC);
                }
            }
            e = e.negate().multiply(k, BigMath.MC);
            if (constant) {
                degenerate.add(j);
                e = BigDecimal.ONE;
            }
            entropy.add(e);
            information.add(BigDecimal.ONE.subtract(e, BigMath.MC));
        }
        if (information.stream().allMatch(d -> d.signum() == 0)) {
            throw new IllegalArgumentException("Every criterion is degenerate: no weight can be drawn");
        }
        List<BigDecimal> weights = Weights.normalise(information);
        return new EntropyResult(normalization, entropy, Weights.shown(weights, Weights.SCALE), weights, degenerate);
    }

    private static List<BigDecimal> column(List<List<BigDecimal>> matrix, int j, Normalization normalization,
            Direction direction) {
        List<BigDecimal> values = new ArrayList<>();
        matrix.forEach(row -> values.add(row.get(j)));
        if (normalization == Normalization.SUM) {
            if (values.stream().anyMatch(v -> v.signum() < 0)) {
                throw new IllegalArgumentException("Criterion " + j + " has a negative value: use min-max");
            }
            return values;
        }
        BigDecimal min = values.stream().reduce(BigDecimal::min).orElseThrow();
        BigDecimal max = values.stream().reduce(BigDecimal::max).orElseThrow();
        BigDecimal range = max.subtract(min);
        List<BigDecimal> scaled = new ArrayList<>();
        for (BigDecimal v : values) {
            scaled.add(range.signum() == 0 ? BigDecimal.ZERO : (direction == Direction.BENEFIT ? v.subtract(min)
                    : max.subtract(v)).divide(range, BigMath.MC));
        }
        return scaled;
    }
}
