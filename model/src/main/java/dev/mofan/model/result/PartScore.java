package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A part of a composite scheme for one subject (SCORING.md step 6): its base, its own deductions
 * and what remains, which enters the total multiplied by its weight.
 *
 * @param id the part's id
 * @param weight the part's weight in the total
 * @param base the sum of its dimensions' points (each already at the scheme's scale)
 * @param deductions its deductions after caps
 * @param points {@code max(0, base − deductions)}
 */
public record PartScore(String id, BigDecimal weight, BigDecimal base, BigDecimal deductions, BigDecimal points) {

    /**
     * Refuses nulls.
     *
     * @param id the part's id
     * @param weight the part's weight in the total
     * @param base the sum of its dimensions' points (each already at the scheme's scale)
     * @param deductions its deductions after caps
     * @param points {@code max(0, base − deductions)}
     */
    public PartScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(deductions, "deductions");
        Objects.requireNonNull(points, "points");
    }
}
