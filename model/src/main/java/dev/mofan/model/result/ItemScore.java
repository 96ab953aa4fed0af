package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An item's points for one subject.
 *
 * @param points empty when the item was excluded or failed
 * @param selfPoints the self-assessed points, when the scheme scores self-assessment (empty otherwise)
 * @param unverified whether the points rest on self-assessed evidence
 * @param evidence the ids of the records it read, sorted
 */
public record ItemScore(String id, String indicator, Optional<BigDecimal> points, Optional<BigDecimal> maxPoints,
        Optional<BigDecimal> selfPoints, boolean unverified, boolean excluded, String rule, List<String> evidence,
        List<TraceStep> trace) {

    /** Copies the lists. */
    public ItemScore {
        evidence = List.copyOf(evidence);
        trace = List.copyOf(trace);
    }
}
