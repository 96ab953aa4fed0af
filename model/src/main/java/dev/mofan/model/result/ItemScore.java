package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An item's points for one subject.
 *
 * @param id the item's id
 * @param indicator the id of the item's indicator
 * @param points empty when the item was excluded or failed
 * @param maxPoints empty for an open-ended item
 * @param selfPoints the points the subject's self-assessment (自评) gives, scored by the same rule
 *     from its self-stage records; empty when it has none for the item's keys
 * @param unverified whether the item was self-assessed but not reviewed (no review-stage record
 *     for its keys): its points are the self-assessed ones where the scheme allows that, else it
 *     is scored as without evidence
 * @param excluded whether the item was left out (its indicator renormalised) for want of evidence
 * @param rule the id of the rule that scored it
 * @param evidence the ids of the records it read, sorted
 * @param trace the steps that led to its points: evidence read, the rule's own steps, rounding
 */
public record ItemScore(String id, String indicator, Optional<BigDecimal> points, Optional<BigDecimal> maxPoints,
        Optional<BigDecimal> selfPoints, boolean unverified, boolean excluded, String rule, List<String> evidence,
        List<TraceStep> trace) {

    /**
     * Copies the lists.
     *
     * @param id the item's id
     * @param indicator the id of the item's indicator
     * @param points empty when the item was excluded or failed
     * @param maxPoints empty for an open-ended item
     * @param selfPoints the points the subject's self-assessment (自评) gives, scored by the same rule from its
     *     self-stage records; empty when it has none for the item's keys
     * @param unverified whether the item was self-assessed but not reviewed (no review-stage record for its keys): its
     *     points are the self-assessed ones where the scheme allows that, else it is scored as without evidence
     * @param excluded whether the item was left out (its indicator renormalised) for want of evidence
     * @param rule the id of the rule that scored it
     * @param evidence the ids of the records it read, sorted
     * @param trace the steps that led to its points: evidence read, the rule's own steps, rounding
     */
    public ItemScore {
        evidence = List.copyOf(evidence);
        trace = List.copyOf(trace);
    }
}
