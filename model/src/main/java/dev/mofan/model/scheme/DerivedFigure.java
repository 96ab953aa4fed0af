package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/**
 * A figure of a {@link DerivedSource}, worked out for an org's subtree and a period, and the key
 * type a record of it has: a rate is a {@link KeyType#RATIO} such as {@code 357/566}, a number of
 * problems or activities a {@link KeyType#COUNT}.
 */
public enum DerivedFigure implements Term {
    /** Problems closed (销号) of those found in the period; no record when none was found. */
    RESOLVED(DerivedSource.PROBLEM_LEDGER, KeyType.RATIO, "销号率", "resolution rate"),
    /** Problems found in the period. */
    FOUND(DerivedSource.PROBLEM_LEDGER, KeyType.COUNT, "发现数", "found"),
    /** Problems found in the period and not closed. */
    OPEN(DerivedSource.PROBLEM_LEDGER, KeyType.COUNT, "未销号数", "open"),
    /** Open problems not yet rectified and past their deadline. */
    OVERDUE(DerivedSource.PROBLEM_LEDGER, KeyType.COUNT, "逾期未整改数", "overdue"),
    /** Assignments reported (及时报告) of those whose round lies in the period; none, no record. */
    COMPLETED(DerivedSource.TASK_LEDGER, KeyType.RATIO, "完成率", "completion rate"),
    /** Assignments reported by their due day, of those counted. */
    ON_TIME(DerivedSource.TASK_LEDGER, KeyType.RATIO, "按时完成率", "on-time rate"),
    /** Assignments followed up (跟踪问效), the loop closed, of those counted. */
    CLOSED_LOOPS(DerivedSource.TASK_LEDGER, KeyType.RATIO, "闭环率", "closed-loop rate"),
    /** Activities held in the period. */
    ACTIVITIES(DerivedSource.ACTIVITY_LOG, KeyType.COUNT, "活动次数", "activities"),
    /** Participants of the activities held in the period, added up (人次). */
    PARTICIPANTS(DerivedSource.ACTIVITY_LOG, KeyType.COUNT, "参加人次", "participants");

    private final DerivedSource source;
    private final KeyType keyType;
    private final Label label;

    DerivedFigure(DerivedSource source, KeyType keyType, String zh, String en) {
        this.source = source;
        this.keyType = keyType;
        this.label = Label.of(zh, en);
    }

    /** The document this figure is worked out from. */
    public DerivedSource source() {
        return source;
    }

    /** The type a key holding this figure must have. */
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public Label label() {
        return label;
    }
}
