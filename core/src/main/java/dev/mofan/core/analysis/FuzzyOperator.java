package dev.mofan.core.analysis;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** The composition operator of fuzzy comprehensive evaluation, B = W ∘ R (模糊合成算子). */
public enum FuzzyOperator implements Term {
    /** M(∧, ∨): bⱼ = maxᵢ min(wᵢ, rᵢⱼ) — the main factor decides (主因素决定型). */
    MIN_MAX("M(∧,∨) 主因素决定型", "M(∧,∨)"),
    /** M(·, ∨): bⱼ = maxᵢ wᵢ rᵢⱼ — the main factor stands out (主因素突出型). */
    PRODUCT_MAX("M(·,∨) 主因素突出型", "M(·,∨)"),
    /** M(∧, ⊕): bⱼ = min(1, Σᵢ min(wᵢ, rᵢⱼ)). */
    MIN_BOUNDEDSUM("M(∧,⊕)", "M(∧,⊕)"),
    /** M(·, +): bⱼ = Σᵢ wᵢ rᵢⱼ — weighted average, every factor counts (加权平均型). */
    PRODUCT_SUM("M(·,+) 加权平均型", "M(·,+)");

    private final Label label;

    FuzzyOperator(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
