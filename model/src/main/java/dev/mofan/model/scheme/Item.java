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
 * @param maxPoints the item's maximum; derived from {@code weight} at load when the scheme gave one
 * @param weight the weight the scheme gave instead of a maximum, if it did
 * @param subjects the kinds it applies to; empty means every kind the scheme assesses
 * @param missing what to do without evidence; empty means the rule's default
 */
public record Item(String id, Label name, BigDecimal maxPoints, Optional<BigDecimal> weight, RuleRef rule,
        List<String> keys, List<String> subjects, Optional<MissingPolicy> missing) {

    /** Checks every part. */
    public Item {
        Identifiers.require(id, "item id");
        Objects.requireNonNull(name, "name");
        SchemeChecks.positive(maxPoints, "maxPoints of item " + id);
        SchemeChecks.positive(weight, "weight of item " + id);
        Objects.requireNonNull(rule, "rule");
        keys = SchemeChecks.ids(keys, "key");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("Item " + id + " reads no key");
        }
        subjects = SchemeChecks.ids(subjects, "subject kind");
        Objects.requireNonNull(missing, "missing");
    }
}
