package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A dimension's subtotal for one subject.
 *
 * @param points empty when every indicator was excluded
 * @param maxPoints its maximum for the subject's kind; empty in an open-ended scheme
 */
public record DimensionScore(String id, Optional<BigDecimal> points, Optional<BigDecimal> maxPoints, boolean excluded) {
}
