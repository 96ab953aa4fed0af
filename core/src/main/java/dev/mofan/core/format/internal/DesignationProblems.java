package dev.mofan.core.format.internal;

import dev.mofan.model.error.Problem;

/**
 * The problems of a register of designations (docs/designations.md) beyond its syntax and shape:
 * histories the state machine does not allow, dates that go back, deadlines on the wrong steps, a
 * state the history does not lead to, two open entries of one kind for one subject. Listed in
 * docs/errors.md, which a test keeps in step with this class.
 */
public final class DesignationProblems {

    /** A register entry whose history starts with a step other than nominate or identify. */
    public static final Problem START = new Problem("register.start",
            "an entry starts with nominate (a designation) or identify (a weak organisation), not %s",
            "台账条目以提名（nominate）或认定（identify）开始，而不是 %s");

    /** A register step not allowed from the state before it. */
    public static final Problem STEP = new Problem("register.step",
            "'%s' cannot follow state %s; allowed there: %s",
            "状态为 %2$s 时不能执行 '%1$s'，可执行：%3$s");

    /** A register step dated before the step before it. */
    public static final Problem DATE = new Problem("register.date",
            "dated %s, before the step before it (%s)",
            "日期 %s 早于前一步骤（%s）");

    /** A register step that sets a rectification deadline but gives none. */
    public static final Problem DEADLINE_MISSING = new Problem("register.deadline.missing",
            "missing: %s sets a rectification deadline",
            "缺少：%s 须写明整改期限（deadline）");

    /** A deadline on a register step that does not set one. */
    public static final Problem DEADLINE_UNEXPECTED = new Problem("register.deadline.unexpected",
            "only warn, assign and extend set a deadline",
            "只有限期整改（warn）、整改提升（assign）和验收未通过（extend）写整改期限");

    /** A rectification deadline before the day of its step. */
    public static final Problem DEADLINE_EARLY = new Problem("register.deadline.early",
            "the deadline %s is before the step's day %s",
            "整改期限 %s 早于该步骤日期 %s");

    /** A register entry whose stated state is not where its history leads. */
    public static final Problem STATE = new Problem("register.state",
            "the history leads to %s, not %s",
            "历史记录的结果为 %s，而不是 %s");

    /** A second open register entry of one kind for one subject. */
    public static final Problem OPEN_TWICE = new Problem("register.open-twice",
            "'%s' already has an open entry of %s at %s",
            "'%s' 在 %3$s 已有未结束的 %2$s 条目");

    private DesignationProblems() {
    }
}
