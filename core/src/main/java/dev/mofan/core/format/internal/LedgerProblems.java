package dev.mofan.core.format.internal;

import dev.mofan.model.error.Problem;

/**
 * The problems of ledger documents (台账) beyond their syntax and shape: steps that the state
 * machine does not allow, dates that go back, owners and deadlines on the wrong steps. Listed in
 * docs/errors.md, which a test keeps in step with this class.
 */
public final class LedgerProblems {

    /** A problem's step not allowed from the state before it. */
    public static final Problem STEP_ILLEGAL = new Problem("ledger.step.illegal",
            "'%s' cannot follow state %s; allowed there: %s",
            "状态为 %2$s 时不能执行 '%1$s'，可执行：%3$s");

    /** A problem's step dated before the step, or the finding, before it. */
    public static final Problem STEP_DATE = new Problem("ledger.step.date",
            "dated %s, before the step or finding before it (%s)",
            "日期 %s 早于前一步骤或发现日期（%s）");

    /** An assignment of a problem that names no owner. */
    public static final Problem STEP_OWNER = new Problem("ledger.step.owner",
            "assign names the owner who is to rectify the problem",
            "交办须写明整改责任主体（owner）");

    /** An assignment or reopening of a problem without a deadline. */
    public static final Problem STEP_DEADLINE = new Problem("ledger.step.deadline",
            "%s gives the deadline for rectification",
            "%s 须写明整改时限（deadline）");

    /** An owner or deadline on a problem's step that does not take one. */
    public static final Problem STEP_UNEXPECTED = new Problem("ledger.step.unexpected",
            "only assign and reopen give %s",
            "只有交办（assign）和重新交办（reopen）才写 %s");

    /** A ledger entry at an org the org file does not hold: it counts in no subtree. */
    public static final Problem ORG_UNKNOWN = new Problem("ledger.org.unknown",
            "'%s' is not in the org file: this entry counts in no subtree",
            "'%s' 不在组织文件中：该条目不计入任何统计");

    /** A task assignment's loop step out of the order of the work loop. */
    public static final Problem ENTRY_ORDER = new Problem("ledger.entry.order",
            "'%s' cannot follow %s: the loop runs plan, implement, inspect, report, follow-up",
            "'%s' 不能在 %s 之后：工作闭环依次为研究部署、狠抓落实、督促检查、及时报告、跟踪问效");

    /** An assignment of a task the catalogue does not hold. */
    public static final Problem TASK_UNKNOWN = new Problem("ledger.task.unknown",
            "'%s' is not a task of catalogue '%s'",
            "'%s' 不是任务清单 '%s' 中的任务");

    /** An assignment whose round is not a period of its task's cadence. */
    public static final Problem TASK_PERIOD = new Problem("ledger.task.period",
            "task '%s' has cadence %s: a round of it is a %s, not %s",
            "任务 '%s' 的频次为%s：每轮为一个%s，而不是 %s");

    /** A second assignment of one task to one org for one round. */
    public static final Problem TASK_REPEAT = new Problem("ledger.task.repeat",
            "task '%s' is already assigned to '%s' for %s at %s",
            "任务 '%s' 已于 %s 分配给 '%s'（%s）");

    private LedgerProblems() {
    }
}
