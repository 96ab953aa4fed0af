package dev.mofan.core.spi;

/** A promise a rule makes about its behaviour, checked by the test kit's contract. */
public enum RuleCapability {
    /** More positive evidence (a larger number, true instead of false) never lowers the points. */
    MONOTONE
}
