package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The input of fuzzy comprehensive evaluation: weights over factors, the membership matrix (rows
 * factors, columns grades), the operator, whether to normalise the result, and optionally a score
 * per grade for a weighted grade score.
 *
 * @param gradeScores one per grade, or empty
 */
public record FuzzyInput(List<BigDecimal> weights, List<List<BigDecimal>> membership, FuzzyOperator operator,
        boolean normalize, List<BigDecimal> gradeScores) {

    /** Copies the lists and checks the shape. */
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
