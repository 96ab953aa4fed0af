package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deduction (扣分项) or bonus (加分项), at scheme level or scoped to a dimension or indicator:
 * the distinct cases of one key, each worth {@code per} (times its value) or the amount its
 * severity has in {@code levels}, capped.
 *
 * @param id the adjustment's id, unique in the scheme
 * @param name the adjustment's name, in both languages
 * @param key the key whose records are its cases
 * @param per the points per case (times the case's value for count, amount and points keys); empty when {@code levels}
 *     is given
 * @param levels a severity table over the values of a category key; empty when {@code per} is given
 * @param cap the cap on this adjustment's points, if any
 * @param subjects the kinds it applies to; empty means every kind
 */
public record Adjustment(String id, Label name, String key, Optional<BigDecimal> per, Map<String, BigDecimal> levels,
        Optional<BigDecimal> cap, List<String> subjects) {

    /**
     * Checks every part, and that exactly one of {@code per} and {@code levels} is given.
     *
     * @param id the adjustment's id, unique in the scheme
     * @param name the adjustment's name, in both languages
     * @param key the key whose records are its cases
     * @param per the points per case (times the case's value for count, amount and points keys); empty when
     *     {@code levels} is given
     * @param levels a severity table over the values of a category key; empty when {@code per} is given
     * @param cap the cap on this adjustment's points, if any
     * @param subjects the kinds it applies to; empty means every kind
     */
    public Adjustment {
        Identifiers.require(id, "adjustment id");
        Objects.requireNonNull(name, "name");
        Identifiers.require(key, "key");
        SchemeChecks.positive(per, "per of " + id);
        levels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(levels));
        levels.forEach((level, amount) -> {
            Identifiers.require(level, "level");
            SchemeChecks.positive(amount, "amount of level " + level);
        });
        if (per.isPresent() == !levels.isEmpty()) {
            throw new IllegalArgumentException("Adjustment " + id + " needs exactly one of per and levels");
        }
        SchemeChecks.positive(cap, "cap of " + id);
        subjects = SchemeChecks.ids(subjects, "subject kind");
    }
}
