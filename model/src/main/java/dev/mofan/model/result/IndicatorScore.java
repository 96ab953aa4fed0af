package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator's subtotal for one subject.
 *
 * @param points empty when every item was excluded
 * @param maxPoints its maximum for the subject's kind; empty in an open-ended scheme
 */
public record IndicatorScore(String id, String dimension, Optional<BigDecimal> points, Optional<BigDecimal> maxPoints,
        boolean excluded) {
}
