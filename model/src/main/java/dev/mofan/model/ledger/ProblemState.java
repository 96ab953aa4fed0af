package dev.mofan.model.ledger;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** Where a problem of the ledger stands. */
public enum ProblemState implements Term {
    /** 已发现: found, not yet assigned. */
    FOUND("已发现", "found"),
    /** 已交办: assigned to an owner with a deadline, being rectified. */
    ASSIGNED("已交办", "assigned"),
    /** 已整改: rectified, waiting to be verified. */
    RECTIFIED("已整改", "rectified"),
    /** 已销号: verified and closed. */
    CLOSED("已销号", "closed");

    private final Label label;

    ProblemState(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
