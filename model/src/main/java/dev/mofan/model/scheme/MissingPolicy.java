package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** What an item does when a subject has no record of any key it reads (SCORING.md step 2). */
public enum MissingPolicy implements Term {
    /** Score 0 points. */
    ZERO("记零分", "score zero"),
    /** Leave the item out and renormalise its indicator. */
    EXCLUDE("不计入并按比例折算", "exclude and renormalise"),
    /** Fail the item: the scorecard is incomplete. */
    FAIL("视为评分失败", "fail the item"),
    /** Let the rule score the absence (a deduction rule then gives full points). */
    SCORE("由规则按无记录评分", "let the rule score the absence");

    private final Label label;

    MissingPolicy(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
