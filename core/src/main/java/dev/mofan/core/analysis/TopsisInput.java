package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of TOPSIS: a decision matrix (rows alternatives, columns criteria), a weight and a
 * direction per criterion.
 *
 * @param matrix at least 1 row; rows of the same length, at least 1 column
 * @param weights one per column, each ≥ 0
 * @param directions one per column
 */
public record TopsisInput(List<List<BigDecimal>> matrix, List<BigDecimal> weights, List<Direction> directions) {

    /**
     * Copies the lists and checks the shape.
     *
     * @param matrix at least 1 row; rows of the same length, at least 1 column
     * @param weights one per column, each ≥ 0
     * @param directions one per column
     */
    public TopsisInput {
        matrix = rectangular(matrix, 1);
        weights = List.copyOf(weights);
        directions = List.copyOf(directions);
        int n = matrix.get(0).size();
        if (weights.size() != n || directions.size() != n || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("One weight (≥ 0) and one direction per column");
        }
    }

    /** A copy of {@code matrix}, checked to have at least {@code rows} rows of one length ≥ 1. */
    static List<List<BigDecimal>> rectangular(List<List<BigDecimal>> matrix, int rows) {
        List<List<BigDecimal>> copy = new ArrayList<>();
        matrix.forEach(row -> copy.add(List.copyOf(row)));
        if (copy.size() < rows || copy.get(0).isEmpty()
                || copy.stream().anyMatch(row -> row.size() != copy.get(0).size())) {
            throw new IllegalArgumentException("At least " + rows + " rows of the same length, at least one column");
        }
        return List.copyOf(copy);
    }
}
