package dev.mofan.core.analysis;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** How the entropy method turns a column of values into shares pᵢⱼ. */
public enum Normalization implements Term {
    /** pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ, for values ≥ 0 (比重法). */
    SUM("比重法", "share of the column sum"),
    /**
     * yᵢⱼ = (xᵢⱼ − min) / (max − min) for a benefit criterion, (max − xᵢⱼ) / (max − min) for a cost
     * one (极差法), then pᵢⱼ = yᵢⱼ / Σᵢ yᵢⱼ.
     */
    MIN_MAX("极差法", "min-max, by direction");

    private final Label label;

    Normalization(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
