package dev.mofan.model.evidence;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** Who produced a record: the subject's self-assessment (自评) or the review (审核), the default. */
public enum Stage implements Term {
    /** Self-assessment by the branch or unit. */
    SELF("自评", "self-assessment"),
    /** Review by the committee or an assessment panel. */
    REVIEW("审核", "review");

    private final Label label;

    Stage(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
