package dev.mofan.model.member;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** Whether a member is a full member (正式党员) or on probation (预备党员). */
public enum Membership implements Term {
    /** 正式党员: a full member. */
    FULL("正式党员", "full member"),
    /** 预备党员: a probationary member. */
    PROBATIONARY("预备党员", "probationary member");

    private final Label label;

    Membership(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
