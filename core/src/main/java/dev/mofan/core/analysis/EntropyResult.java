package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Entropy weights (熵权法) of the criteria of a decision matrix, with what they rest on.
 *
 * @param normalization how values became shares
 * @param entropy eⱼ = −(1/ln m) Σᵢ pᵢⱼ ln pᵢⱼ per criterion (0 ln 0 = 0); 1 for a degenerate one
 * @param weights as shown: {@link Weights#SCALE} decimals, summing to exactly 1
 * @param unrounded wⱼ = (1 − eⱼ) / Σ (1 − eₖ), at full precision
 * @param degenerate the criteria (0-based) that carry no information — constant, or all zero — and
 *     got weight 0
 */
public record EntropyResult(Normalization normalization, List<BigDecimal> entropy, List<BigDecimal> weights,
        List<BigDecimal> unrounded, List<Integer> degenerate) {

    /**
     * Refuses nulls and copies the lists.
     *
     * @param normalization how values became shares
     * @param entropy eⱼ = −(1/ln m) Σᵢ pᵢⱼ ln pᵢⱼ per criterion (0 ln 0 = 0); 1 for a degenerate one
     * @param weights as shown: {@link Weights#SCALE} decimals, summing to exactly 1
     * @param unrounded wⱼ = (1 − eⱼ) / Σ (1 − eₖ), at full precision
     * @param degenerate the criteria (0-based) that carry no information — constant, or all zero — and got weight 0
     */
    public EntropyResult {
        Objects.requireNonNull(normalization, "normalization");
        entropy = List.copyOf(entropy);
        weights = List.copyOf(weights);
        unrounded = List.copyOf(unrounded);
        degenerate = List.copyOf(degenerate);
    }
}
