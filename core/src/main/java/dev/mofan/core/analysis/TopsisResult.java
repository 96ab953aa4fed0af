package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * TOPSIS closeness of each alternative to the ideal, and the ranking.
 *
 * @param closeness Cᵢ = Sᵢ⁻ / (Sᵢ⁺ + Sᵢ⁻) in [0, 1], per alternative in input order, at full precision
 * @param ranking the alternatives' 1-based indices, best first (ties by index): {@code [3, 1, 2]}
 *     means the third is best
 * @param toBest Sᵢ⁺, the distance to the positive ideal
 * @param toWorst Sᵢ⁻, the distance to the negative ideal
 * @param degenerate the criteria (0-based) whose column is all zero and so cannot be normalised:
 *     left out
 */
public record TopsisResult(List<BigDecimal> closeness, List<Integer> ranking, List<BigDecimal> toBest,
        List<BigDecimal> toWorst, List<Integer> degenerate) {

    /**
     * Copies the lists.
     *
     * @param closeness Cᵢ = Sᵢ⁻ / (Sᵢ⁺ + Sᵢ⁻) in [0, 1], per alternative in input order, at full precision
     * @param ranking the alternatives' 1-based indices, best first (ties by index): {@code [3, 1, 2]} means the third
     *     is best
     * @param toBest Sᵢ⁺, the distance to the positive ideal
     * @param toWorst Sᵢ⁻, the distance to the negative ideal
     * @param degenerate the criteria (0-based) whose column is all zero and so cannot be normalised: left out
     */
    public TopsisResult {
        closeness = List.copyOf(closeness);
        ranking = List.copyOf(ranking);
        toBest = List.copyOf(toBest);
        toWorst = List.copyOf(toWorst);
        degenerate = List.copyOf(degenerate);
    }
}
