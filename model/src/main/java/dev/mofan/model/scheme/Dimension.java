package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dimension (维度), such as 政治型: a group of indicators, with deductions and bonuses scoped to it.
 *
 * @param id the dimension's id, unique in the scheme
 * @param name the dimension's name, in both languages
 * @param maxPoints the declared (or weight-derived) maximum; empty means the sum of its applicable indicators
 * @param weight the weight the scheme gave instead of a maximum, if it did
 * @param indicators its indicators (指标), at least one
 * @param deductions deductions scoped to it (扣分项), which floor it at 0
 * @param bonuses bonuses scoped to it (加分项), which keep it at most its maximum unless the scheme allows more
 */
public record Dimension(String id, Label name, Optional<BigDecimal> maxPoints, Optional<BigDecimal> weight,
        List<Indicator> indicators, List<Adjustment> deductions, List<Adjustment> bonuses) {

    /**
     * Checks every part.
     *
     * @param id the dimension's id, unique in the scheme
     * @param name the dimension's name, in both languages
     * @param maxPoints the declared (or weight-derived) maximum; empty means the sum of its applicable indicators
     * @param weight the weight the scheme gave instead of a maximum, if it did
     * @param indicators its indicators (指标), at least one
     * @param deductions deductions scoped to it (扣分项), which floor it at 0
     * @param bonuses bonuses scoped to it (加分项), which keep it at most its maximum unless the scheme allows more
     */
    public Dimension {
        Identifiers.require(id, "dimension id");
        Objects.requireNonNull(name, "name");
        SchemeChecks.positive(maxPoints, "maxPoints of dimension " + id);
        SchemeChecks.positive(weight, "weight of dimension " + id);
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("Dimension " + id + " has no indicator");
        }
        deductions = List.copyOf(deductions);
        bonuses = List.copyOf(bonuses);
    }
}
