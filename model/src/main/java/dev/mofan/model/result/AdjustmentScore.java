package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * A deduction or bonus applied to one subject.
 *
 * @param id the deduction's or bonus's id
 * @param scope {@code scheme}, {@code dimension:ID} or {@code indicator:ID}
 * @param kind {@code deduction} or {@code bonus}
 * @param points the points it took or gave after its own cap (a deduction's are positive)
 * @param cases the number of distinct cases it counted
 * @param evidence the ids of the records it read, sorted
 * @param trace the steps that led to its points
 */
public record AdjustmentScore(String id, String scope, String kind, BigDecimal points, long cases,
        List<String> evidence, List<TraceStep> trace) {

    /**
     * Copies the lists.
     *
     * @param id the deduction's or bonus's id
     * @param scope {@code scheme}, {@code dimension:ID} or {@code indicator:ID}
     * @param kind {@code deduction} or {@code bonus}
     * @param points the points it took or gave after its own cap (a deduction's are positive)
     * @param cases the number of distinct cases it counted
     * @param evidence the ids of the records it read, sorted
     * @param trace the steps that led to its points
     */
    public AdjustmentScore {
        evidence = List.copyOf(evidence);
        trace = List.copyOf(trace);
    }
}
