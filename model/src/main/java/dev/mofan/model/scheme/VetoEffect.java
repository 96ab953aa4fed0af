package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** What a veto (一票否决) that fires does (SCORING.md step 7). */
public enum VetoEffect implements Term {
    /** The total becomes 0. */
    ZERO("总分记零", "total zero"),
    /** The grade is at most a named band. */
    CAP_GRADE("等次封顶", "grade capped"),
    /** The subject cannot be designated (命名). */
    INELIGIBLE("不得评选命名", "not eligible for designation");

    private final Label label;

    VetoEffect(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
