package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator's subtotal for one subject.
 *
 * @param points empty when every item was excluded
 * @param maxPoints its maximum for the subject's kind
 */
public record IndicatorScore(String id, String dimension, Optional<BigDecimal> points, BigDecimal maxPoints,
        boolean excluded) {
}
