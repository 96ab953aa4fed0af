package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TOPSIS (逼近理想解排序法, Hwang and Yoon 1981): each column is divided by its Euclidean norm
 * (vector normalisation), weighted, and each alternative measured by its distance to the positive
 * ideal (best of each column: the largest for a benefit criterion, the smallest for a cost one) and
 * to the negative ideal; closeness Cᵢ = Sᵢ⁻ / (Sᵢ⁺ + Sᵢ⁻). An alternative at the positive ideal has
 * closeness 1 (so do all of them when they are all equal). Adding or removing an alternative can
 * change the others' order (rank reversal): the ideals move with the set.
 */
public final class Topsis {

    private Topsis() {
    }

    /**
     * Ranks the rows of {@code matrix} (alternatives; columns are criteria) with {@code weights}
     * and {@code directions} per criterion.
     *
     * @param matrix the decision matrix, rows alternatives and columns criteria
     * @param weights one weight per criterion, each 0 or more
     * @param directions one direction per criterion, benefit or cost
     * @return each alternative's closeness and distances, and the ranking
     * @throws IllegalArgumentException if the matrix is empty or not rectangular, or the weights or
     *     directions do not match its columns, or a weight is negative
     */
    public static TopsisResult of(List<List<BigDecimal>> matrix, List<BigDecimal> weights, List<Direction> directions) {
        int m = matrix.size();
        if (m < 1) {
            throw new IllegalArgumentException("TOPSIS ranks at least one alternative");
        }
        int n = matrix.get(0).size();
        if (n < 1 || matrix.stream().anyMatch(row -> row.size() != n) || weights.size() != n
                || directions.size() != n || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("Every row, the weights and the criteria have as many entries as columns");
        }
        BigDecimal[][] v = new BigDecimal[m][n];
        List<Integer> degenerate = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            BigDecimal squares = BigDecimal.ZERO;
            for (List<BigDecimal> row : matrix) {
                squares = squares.add(row.get(j).multiply(row.get(j), BigMath.MC), BigMath.MC);
            }
            BigDecimal norm = BigMath.sqrt(squares);
            if (norm.signum() == 0) {
                degenerate.add(j);
            }
            for (int i = 0; i < m; i++) {
                v[i][j] = norm.signum() == 0 ? BigDecimal.ZERO
                        : matrix.get(i).get(j).divide(norm, BigMath.MC).multiply(weights.get(j), BigMath.MC);
            }
        }
        BigDecimal[] best = new BigDecimal[n];
        BigDecimal[] worst = new BigDecimal[n];
        for (int j = 0; j < n; j++) {
            BigDecimal max = v[0][j];
            BigDecimal min = v[0][j];
            for (int i = 1; i < m; i++) {
                max = max.max(v[i][j]);
                min = min.min(v[i][j]);
            }
            best[j] = directions.get(j) == Direction.BENEFIT ? max : min;
            worst[j] = directions.get(j) == Direction.BENEFIT ? min : max;
        }
        List<BigDecimal> closeness = new ArrayList<>();
        List<BigDecimal> toBest = new ArrayList<>();
        List<BigDecimal> toWorst = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            BigDecimal plus = BigDecimal.ZERO;
            BigDecimal minus = BigDecimal.ZERO;
            for (int j = 0; j < n; j++) {
                BigDecimal b = v[i][j].subtract(best[j]);
                BigDecimal w = v[i][j].subtract(worst[j]);
                plus = plus.add(b.multiply(b, BigMath.MC), BigMath.MC);
                minus = minus.add(w.multiply(w, BigMath.MC), BigMath.MC);
            }
            BigDecimal sPlus = BigMath.sqrt(plus);
            BigDecimal sMinus = BigMath.sqrt(minus);
            toBest.add(sPlus);
            toWorst.add(sMinus);
            closeness.add(sPlus.signum() == 0 ? BigDecimal.ONE : sMinus.divide(sPlus.add(sMinus), BigMath.MC));
        }
        List<Integer> ranking = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            ranking.add(i);
        }
        ranking.sort(Comparator.comparing((Integer i) -> closeness.get(i)).reversed().thenComparing(i -> i));
        return new TopsisResult(closeness, ranking.stream().map(i -> i + 1).toList(), toBest, toWorst, degenerate);
    }
}
