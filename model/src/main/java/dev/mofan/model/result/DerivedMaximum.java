package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A maximum the scheme gave as a weight, with what it was derived from (SCORING.md, Weights
 * become maxima): the parent's maximum shared among the siblings in proportion to their weights,
 * rounded by {@code method} at the scheme's scale. Anyone can recompute {@code maxPoints} from the
 * other figures.
 *
 * @param level {@code dimension}, {@code indicator} or {@code item}
 * @param id the dimension's, indicator's or item's id
 * @param parent the id of the level above (the scheme's id for a dimension)
 * @param weight the weight as the scheme declared it, unrounded
 * @param weightSum the sum of the weights of {@code id} and its siblings
 * @param parentMaxPoints the maximum shared among the siblings
 * @param maxPoints the derived maximum
 * @param method how the shares were rounded, {@code largest-remainder}
 */
public record DerivedMaximum(String level, String id, String parent, BigDecimal weight, BigDecimal weightSum,
        BigDecimal parentMaxPoints, BigDecimal maxPoints, String method) {

    /** Refuses nulls. */
    public DerivedMaximum {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(weightSum, "weightSum");
        Objects.requireNonNull(parentMaxPoints, "parentMaxPoints");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(method, "method");
    }
}
