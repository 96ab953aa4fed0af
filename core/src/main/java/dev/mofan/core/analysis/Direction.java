package dev.mofan.core.analysis;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** Whether more of a criterion is better (效益型) or worse (成本型). */
public enum Direction implements Term {
    /** More is better. */
    BENEFIT("效益型", "benefit"),
    /** Less is better. */
    COST("成本型", "cost");

    private final Label label;

    Direction(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
