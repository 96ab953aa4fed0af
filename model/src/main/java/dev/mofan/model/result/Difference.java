package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The gap between an item's self-assessed points (自评) and its reviewed points (审核) for one
 * subject. Positive when the self-assessment claimed more than the review gave (核减).
 *
 * @param item the item's id
 * @param selfPoints the points the self-assessment gives
 * @param points the points the review gives
 * @param difference {@code selfPoints − points}
 */
public record Difference(String item, BigDecimal selfPoints, BigDecimal points, BigDecimal difference) {

    /**
     * Refuses nulls and a difference that is not {@code selfPoints − points}.
     *
     * @param item the item's id
     * @param selfPoints the points the self-assessment gives
     * @param points the points the review gives
     * @param difference {@code selfPoints − points}
     */
    public Difference {
        Objects.requireNonNull(item, "item");
        if (selfPoints.subtract(points).compareTo(difference) != 0) {
            throw new IllegalArgumentException("difference of " + item + " must be " + selfPoints + " − " + points
                    + " but was " + difference);
        }
    }
}
