package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

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
 * @param judgements when the weights came from AHP judgements: the AHP method, the random-index table
 *     and the consistency ratio
 */
public record DerivedMaximum(String level, String id, String parent, BigDecimal weight, BigDecimal weightSum,
        BigDecimal parentMaxPoints, BigDecimal maxPoints, String method, Optional<Judged> judgements) {

    /**
     * A maximum derived from a weight given as such, not from judgements.
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
    public DerivedMaximum(String level, String id, String parent, BigDecimal weight, BigDecimal weightSum,
            BigDecimal parentMaxPoints, BigDecimal maxPoints, String method) {
        this(level, id, parent, weight, weightSum, parentMaxPoints, maxPoints, method, Optional.empty());
    }

    /**
     * How AHP judgements gave the weights.
     *
     * @param method the AHP method's id
     * @param table the random-index table's id
     * @param cr the consistency ratio
     */
    public record Judged(String method, String table, BigDecimal cr) {

        /**
         * Refuses nulls.
         *
         * @param method the AHP method's id
         * @param table the random-index table's id
         * @param cr the consistency ratio
         */
        public Judged {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(cr, "cr");
        }
    }

    /**
     * Refuses nulls.
     *
     * @param level {@code dimension}, {@code indicator} or {@code item}
     * @param id the dimension's, indicator's or item's id
     * @param parent the id of the level above (the scheme's id for a dimension)
     * @param weight the weight as the scheme declared it, unrounded
     * @param weightSum the sum of the weights of {@code id} and its siblings
     * @param parentMaxPoints the maximum shared among the siblings
     * @param maxPoints the derived maximum
     * @param method how the shares were rounded, {@code largest-remainder}
     * @param judgements when the weights came from AHP judgements: the AHP method, the random-index table and the
     *     consistency ratio
     */
    public DerivedMaximum {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(weightSum, "weightSum");
        Objects.requireNonNull(parentMaxPoints, "parentMaxPoints");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(judgements, "judgements");
    }
}
