package dev.mofan.model.member;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** A member's role in the branch committee, or none (an ordinary member). */
public enum MemberRole implements Term {
    /** 书记: the branch secretary; a branch has at most one. */
    SECRETARY("书记", "secretary"),
    /** 副书记: a deputy secretary. */
    DEPUTY_SECRETARY("副书记", "deputy secretary"),
    /** 委员: a member of the branch committee. */
    COMMITTEE_MEMBER("委员", "committee member"),
    /** 党员: an ordinary member. */
    MEMBER("党员", "member");

    private final Label label;

    MemberRole(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
