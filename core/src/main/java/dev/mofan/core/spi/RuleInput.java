package dev.mofan.core.spi;

import java.math.BigDecimal;
import java.util.Optional;

/** What a rule scores: one subject's evidence for the keys its item reads. */
public interface RuleInput {

    /**
     * {@return the item's maximum points}
     *
     * @throws IllegalStateException for an open-ended item (no maximum), see {@link #maximum()}
     */
    BigDecimal maxPoints();

    /** {@return the item's maximum points; empty for an open-ended item} */
    default Optional<BigDecimal> maximum() {
        return Optional.of(maxPoints());
    }

    /**
     * {@return the subject's evidence for {@code key}, one of the item's keys}
     *
     * @param key the key's id
     */
    KeyEvidence evidence(String key);

    /** {@return the evidence of the item's first (for single-key rules, only) key} */
    KeyEvidence first();

    /** {@return the id of the subject being scored (for messages; a rule's points must not depend on it)} */
    String subject();

    /**
     * {@return whether the engine keeps the rule's trace steps} False when scoring lean (totals and
     * grades only, {@code Evaluator.lean()}): a rule may then skip building its steps, which are
     * dropped anyway, and return {@code RuleResult.of(points)}. The points must not depend on it.
     */
    default boolean traced() {
        return true;
    }
}
