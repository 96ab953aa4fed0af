package dev.mofan.core.spi;

import java.math.BigDecimal;
import java.util.Optional;

/** What a rule scores: one subject's evidence for the keys its item reads. */
public interface RuleInput {

    /**
     * The item's maximum points.
     *
     * @throws IllegalStateException for an open-ended item (no maximum), see {@link #maximum()}
     */
    BigDecimal maxPoints();

    /** The item's maximum points; empty for an open-ended item. */
    default Optional<BigDecimal> maximum() {
        return Optional.of(maxPoints());
    }

    /** The subject's evidence for {@code key}, one of the item's keys. */
    KeyEvidence evidence(String key);

    /** The evidence of the item's first (for single-key rules, only) key. */
    KeyEvidence first();

    /** The id of the subject being scored (for messages; a rule's points must not depend on it). */
    String subject();
}
