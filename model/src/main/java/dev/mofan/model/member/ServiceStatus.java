package dev.mofan.model.member;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** Whether a member is serving (在职) or retired (离退休). */
public enum ServiceStatus implements Term {
    /** 在职: serving. */
    SERVING("在职", "serving"),
    /** 离退休: retired. */
    RETIRED("离退休", "retired");

    private final Label label;

    ServiceStatus(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
