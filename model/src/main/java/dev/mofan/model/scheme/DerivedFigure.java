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
    PARTICIPANTS(DerivedSource.ACTIVITY_LOG, KeyType.COUNT, "参加人次", "participants"),
    /** Cadence periods of a meeting type held (with a quorum where one is needed); several meetings in one count once. */
    HELD(DerivedSource.MEETING_LOG, KeyType.COUNT, "按期召开次数", "held"),
    /** Cadence periods of a meeting type due: fully inside the period, not exempt. */
    DUE(DerivedSource.MEETING_LOG, KeyType.COUNT, "应召开次数", "due"),
    /** Cadence periods due and not held. */
    MISSED(DerivedSource.MEETING_LOG, KeyType.COUNT, "缺漏次数", "missed"),
    /** Held of due, such as {@code 11/12}; no record when nothing was due. */
    COMPLIANCE(DerivedSource.MEETING_LOG, KeyType.RATIO, "落实率", "compliance"),
    /** Meetings that lacked a quorum. */
    QUORUM_FAILURES(DerivedSource.MEETING_LOG, KeyType.COUNT, "未达法定人数次数", "quorum failures");

    private final DerivedSource source;
    private final KeyType keyType;
    private final Label label;

    DerivedFigure(DerivedSource source, KeyType keyType, String zh, String en) {
        this.source = source;
        this.keyType = keyType;
        this.label = Label.of(zh, en);
    }

    /** {@return the document this figure is worked out from} */
    public DerivedSource source() {
        return source;
    }

    /** {@return the type a key holding this figure must have} */
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public Label label() {
        return label;
    }
}
