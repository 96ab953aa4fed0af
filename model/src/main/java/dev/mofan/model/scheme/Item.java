package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item (评价内容/评分细则): scored by its rule from the evidence of its keys.
 *
 * @param id the item's id, unique in the scheme
 * @param name the item's name (评价内容), in both languages
 * @param maxPoints the item's maximum, derived from {@code weight} at load when the scheme gave one;
 *     empty for an open-ended item (积分制: no maximum), which only an open-ended scheme may hold
 * @param weight the weight the scheme gave instead of a maximum, if it did
 * @param rule the scoring rule and its parameters
 * @param keys the evidence keys the rule reads, at least one
 * @param subjects the kinds it applies to; empty means every kind the scheme assesses
 * @param missing what to do without evidence; empty means the rule's default
 */
public record Item(String id, Label name, Optional<BigDecimal> maxPoints, Optional<BigDecimal> weight, RuleRef rule,
        List<String> keys, List<String> subjects, Optional<MissingPolicy> missing) {

    /**
     * Checks every part; an open-ended item has no weight either.
     *
     * @param id the item's id, unique in the scheme
     * @param name the item's name (评价内容), in both languages
     * @param maxPoints the item's maximum, derived from {@code weight} at load when the scheme gave one; empty for an
     *     open-ended item (积分制: no maximum), which only an open-ended scheme may hold
     * @param weight the weight the scheme gave instead of a maximum, if it did
     * @param rule the scoring rule and its parameters
     * @param keys the evidence keys the rule reads, at least one
     * @param subjects the kinds it applies to; empty means every kind the scheme assesses
     * @param missing what to do without evidence; empty means the rule's default
     */
    public Item {
        Identifiers.require(id, "item id");
        Objects.requireNonNull(name, "name");
        SchemeChecks.positive(maxPoints, "maxPoints of item " + id);
        SchemeChecks.positive(weight, "weight of item " + id);
        if (maxPoints.isEmpty() && weight.isPresent()) {
            throw new IllegalArgumentException("Item " + id + " has a weight but no maximum derived from it");
        }
        Objects.requireNonNull(rule, "rule");
        keys = SchemeChecks.ids(keys, "key");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("Item " + id + " reads no key");
        }
        subjects = SchemeChecks.ids(subjects, "subject kind");
        Objects.requireNonNull(missing, "missing");
    }

    /** {@return whether the item has no maximum (an open-ended points item)} */
    public boolean openEnded() {
        return maxPoints.isEmpty();
    }
}
