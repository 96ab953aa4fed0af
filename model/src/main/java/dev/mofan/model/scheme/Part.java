package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of a composite scheme (SCORING.md step 6), such as 基础项 or 评议项: a set of the scheme's
 * dimensions with deductions of its own, weighted into the total. For the star-rated branch,
 * {@code (基础项 − 减分项) × 70% + 评议项 × 30%} is two parts with weights 0.7 and 0.3, the first
 * holding the deductions.
 *
 * @param id the part's id, unique in the scheme
 * @param name the part's name, such as 基础项 (basic)
 * @param weight the part's weight in the total, greater than 0
 * @param dimensions the ids of its dimensions, each in exactly one part of the scheme
 * @param deductions deductions from this part (扣分项), applied to its base: each capped, then by
 *     {@code deductionCap}, the part floored at 0
 * @param deductionCap the cap on the sum of its deductions, if any
 */
public record Part(String id, Label name, BigDecimal weight, List<String> dimensions, List<Adjustment> deductions,
        Optional<BigDecimal> deductionCap) {

    /**
     * Checks every part.
     *
     * @param id the part's id, unique in the scheme
     * @param name the part's name, such as 基础项 (basic)
     * @param weight the part's weight in the total, greater than 0
     * @param dimensions the ids of its dimensions, each in exactly one part of the scheme
     * @param deductions deductions from this part (扣分项), applied to its base: each capped, then by
     *     {@code deductionCap}, the part floored at 0
     * @param deductionCap the cap on the sum of its deductions, if any
     */
    public Part {
        Identifiers.require(id, "part id");
        Objects.requireNonNull(name, "name");
        SchemeChecks.positive(weight, "weight of part " + id);
        dimensions = SchemeChecks.ids(dimensions, "dimension");
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("Part " + id + " has no dimension");
        }
        deductions = List.copyOf(deductions);
        SchemeChecks.positive(deductionCap, "deductionCap of part " + id);
    }
}
