package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The input of fuzzy comprehensive evaluation: weights over factors, the membership matrix (rows
 * factors, columns grades), the operator, whether to normalise the result, and optionally a score
 * per grade for a weighted grade score.
 *
 * @param weights one weight per factor, each in [0, 1]
 * @param membership one row per factor, one column per grade, each membership in [0, 1]
 * @param operator the composition operator (合成算子)
 * @param normalize whether B is divided by its sum (归一化) before it is read
 * @param gradeScores one per grade, or empty
 */
public record FuzzyInput(List<BigDecimal> weights, List<List<BigDecimal>> membership, FuzzyOperator operator,
        boolean normalize, List<BigDecimal> gradeScores) {

    /**
     * Copies the lists and checks the shape.
     *
     * @param weights one weight per factor, each in [0, 1]
     * @param membership one row per factor, one column per grade, each membership in [0, 1]
     * @param operator the composition operator (合成算子)
     * @param normalize whether B is divided by its sum (归一化) before it is read
     * @param gradeScores one per grade, or empty
     */
    public FuzzyInput {
        weights = List.copyOf(weights);
        membership = TopsisInput.rectangular(membership, 1);
        Objects.requireNonNull(operator, "operator");
        gradeScores = List.copyOf(gradeScores);
        if (weights.size() != membership.size()) {
            throw new IllegalArgumentException("One membership row per weight");
        }
        if (!gradeScores.isEmpty() && gradeScores.size() != membership.get(0).size()) {
            throw new IllegalArgumentException("One score per grade");
        }
    }
}
