package dev.mofan.core.format.internal;

import dev.mofan.model.error.Problem;

/**
 * The problems of task catalogues (重点任务) beyond their syntax and shape: deadlines that do not
 * suit a cadence, and links to a scheme that does not have what they name. Listed in
 * docs/errors.md, which a test keeps in step with this class.
 */
public final class TaskProblems {

    /** A deadline on an ongoing task, which has none. */
    public static final Problem DEADLINE_ONGOING = new Problem("task.deadline.ongoing",
            "an ongoing task has no deadline",
            "常态化任务没有完成时限");

    /** A task done once whose deadline is not a date. */
    public static final Problem DEADLINE_DATE = new Problem("task.deadline.date",
            "a task done once is due on a date, such as 2026-06-30",
            "一次性任务的时限应为日期，例如 2026-06-30");

    /** A periodic task whose deadline is not a number of days after each period. */
    public static final Problem DEADLINE_DAYS = new Problem("task.deadline.days",
            "a task with cadence %s is due a number of days after each period ends (0 to 366), not '%s'",
            "频次为 %s 的任务，时限应为每期结束后的天数（0 到 366），而不是 '%s'");

    /** A catalogue checked against another scheme than the one it names. */
    public static final Problem SCHEME = new Problem("task.scheme",
            "this catalogue is for scheme '%s', not '%s'",
            "本任务清单对应方案 '%s'，而不是 '%s'");

    /** A task type that is not a dimension of the scheme. */
    public static final Problem TYPE = new Problem("task.type",
            "'%s' is not a dimension of scheme '%s' (%s)",
            "'%s' 不是方案 '%s' 的维度（%s）");

    /** A task's item that is not an item of the scheme. */
    public static final Problem ITEM = new Problem("task.item",
            "'%s' is not an item of scheme '%s'",
            "'%s' 不是方案 '%s' 的评价内容");

    /** A task's evidence key that is not a key of the scheme. */
    public static final Problem EVIDENCE = new Problem("task.evidence",
            "'%s' is not a key of scheme '%s'",
            "'%s' 不是方案 '%s' 声明的指标键");

    private TaskProblems() {
    }
}
