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
 * @param maxPoints the declared (or weight-derived) maximum; empty means the sum of its applicable items
 * @param weight the weight the scheme gave instead of a maximum, if it did
 */
public record Indicator(String id, Label name, Optional<BigDecimal> maxPoints, Optional<BigDecimal> weight,
        List<Item> items, List<Adjustment> deductions, List<Adjustment> bonuses) {

    /** Checks every part. */
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
