package dev.mofan.core.spi;

import java.math.BigDecimal;
import java.math.MathContext;

/** What a rule scores: one subject's evidence for the keys its item reads. */
public interface RuleInput {

    /** Precision for quotients (means, ratios): 34 significant digits, rounded once later. */
    MathContext QUOTIENTS = MathContext.DECIMAL128;

    /** The item's maximum points. */
    BigDecimal maxPoints();

    /** The subject's evidence for {@code key}, one of the item's keys. */
    KeyEvidence evidence(String key);

    /** The evidence of the item's first (for single-key rules, only) key. */
    KeyEvidence first();

    /** The id of the subject being scored (for messages; a rule's points must not depend on it). */
    String subject();
}
