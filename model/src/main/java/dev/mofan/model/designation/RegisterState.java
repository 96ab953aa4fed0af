package dev.mofan.model.designation;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** Where an entry of the register stands. */
public enum RegisterState implements Term {
    /** 候选: eligible, proposed for naming. */
    CANDIDATE("候选", "candidate"),
    /** 已命名: named (命名授牌) and in force. */
    NAMED("已命名", "named"),
    /** 复查中: re-examination opened, no outcome yet (no complete result to judge). */
    UNDER_REVIEW("复查中", "under review"),
    /** 限期整改: warned at re-examination, with a rectification deadline; still named. */
    WARNED("限期整改", "warned"),
    /** 已撤销: revoked with a reason (退出). */
    REVOKED("已撤销", "revoked"),
    /** 已期满: the designation's term ran out. */
    EXPIRED("已期满", "expired"),
    /** 未命名: a candidate no longer eligible, dropped before naming. */
    DROPPED("未予命名", "dropped"),
    /** 已认定: identified as weak and lax (软弱涣散). */
    IDENTIFIED("已认定", "identified"),
    /** 整改中: rectifying against a deadline (整改提升). */
    RECTIFYING("整改中", "rectifying"),
    /** 已销号: re-assessed and accepted (评估验收通过). */
    CLOSED("已销号", "closed");

    private final Label label;

    RegisterState(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return whether an entry in this state is still open: a subject has at most one open entry of a kind} */
    public boolean open() {
        return this != REVOKED && this != EXPIRED && this != DROPPED && this != CLOSED;
    }

    /** {@return whether the subject holds the designation in this state (named, under review or warned)} */
    public boolean holds() {
        return this == NAMED || this == UNDER_REVIEW || this == WARNED;
    }
}
