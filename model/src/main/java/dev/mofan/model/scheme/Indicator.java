package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator (指标): a group of items, with deductions and bonuses scoped to it.
 *
 * @param id the indicator's id, unique in the scheme
 * @param name the indicator's name, in both languages
 * @param maxPoints the declared (or weight-derived) maximum; empty means the sum of its applicable items
 * @param weight the weight the scheme gave instead of a maximum, if it did
 * @param items its items (评价内容), at least one
 * @param deductions deductions scoped to it (扣分项), which floor it at 0
 * @param bonuses bonuses scoped to it (加分项), which keep it at most its maximum unless the scheme allows more
 */
public record Indicator(String id, Label name, Optional<BigDecimal> maxPoints, Optional<BigDecimal> weight,
        List<Item> items, List<Adjustment> deductions, List<Adjustment> bonuses) {

    /**
     * Checks every part.
     *
     * @param id the indicator's id, unique in the scheme
     * @param name the indicator's name, in both languages
     * @param maxPoints the declared (or weight-derived) maximum; empty means the sum of its applicable items
     * @param weight the weight the scheme gave instead of a maximum, if it did
     * @param items its items (评价内容), at least one
     * @param deductions deductions scoped to it (扣分项), which floor it at 0
     * @param bonuses bonuses scoped to it (加分项), which keep it at most its maximum unless the scheme allows more
     */
    public Indicator {
        Identifiers.require(id, "indicator id");
        Objects.requireNonNull(name, "name");
        SchemeChecks.positive(maxPoints, "maxPoints of indicator " + id);
        SchemeChecks.positive(weight, "weight of indicator " + id);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Indicator " + id + " has no item");
        }
        deductions = List.copyOf(deductions);
        bonuses = List.copyOf(bonuses);
    }
}
