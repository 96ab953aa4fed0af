package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * AHP weights of a pairwise matrix and its consistency, with every choice named.
 *
 * @param method how the weights were drawn
 * @param table the random-index table CR was computed with
 * @param weights the weights as shown: {@link Weights#SCALE} decimals, summing to exactly 1
 * @param unrounded the weights at full precision (34 significant digits)
 * @param lambdaMax λmax = (1/n) Σ (Aw)ᵢ / wᵢ, at full precision
 * @param ci CI = (λmax − n) / (n − 1); 0 for n ≤ 2
 * @param cr CR = CI / RI(n); 0 where RI is 0 (n ≤ 2: every such matrix is consistent)
 * @param threshold the CR at or below which the matrix counts as consistent (0.1 by default)
 */
public record AhpResult(AhpMethod method, RandomIndex table, List<BigDecimal> weights, List<BigDecimal> unrounded,
        BigDecimal lambdaMax, BigDecimal ci, BigDecimal cr, BigDecimal threshold) {

    /**
     * Refuses nulls and copies the lists.
     *
     * @param method how the weights were drawn
     * @param table the random-index table CR was computed with
     * @param weights the weights as shown: {@link Weights#SCALE} decimals, summing to exactly 1
     * @param unrounded the weights at full precision (34 significant digits)
     * @param lambdaMax λmax = (1/n) Σ (Aw)ᵢ / wᵢ, at full precision
     * @param ci CI = (λmax − n) / (n − 1); 0 for n ≤ 2
     * @param cr CR = CI / RI(n); 0 where RI is 0 (n ≤ 2: every such matrix is consistent)
     * @param threshold the CR at or below which the matrix counts as consistent (0.1 by default)
     */
    public AhpResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(table, "table");
        weights = List.copyOf(weights);
        unrounded = List.copyOf(unrounded);
        Objects.requireNonNull(lambdaMax, "lambdaMax");
        Objects.requireNonNull(ci, "ci");
        Objects.requireNonNull(cr, "cr");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** {@return whether CR ≤ the threshold (一致性检验通过)} */
    public boolean consistent() {
        return cr.compareTo(threshold) <= 0;
    }
}
