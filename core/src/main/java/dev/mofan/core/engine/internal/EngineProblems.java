package dev.mofan.core.engine.internal;

import dev.mofan.model.error.Problem;

/**
 * Why a record was not used, why an item failed, why a subject is unranked: stable codes with
 * English and Chinese texts, listed in docs/errors.md (a test keeps the two in step).
 */
public final class EngineProblems {

    /** A record whose id an earlier record of the evidence already has; the first one counts. */
    public static final Problem DUPLICATE = new Problem("unused.duplicate",
            "duplicate id: $.evidence[%s] has the same id",
            "编号重复：与 $.evidence[%s] 编号相同");

    /** A record for a subject the org directory does not hold. */
    public static final Problem SUBJECT_UNKNOWN = new Problem("unused.subject-unknown",
            "unknown subject '%s'",
            "考评对象 '%s' 不存在");

    /** A record for a subject of a kind the scheme does not assess. */
    public static final Problem KIND_NOT_ASSESSED = new Problem("unused.kind-not-assessed",
            "subject '%s' is a %s, which this scheme does not assess",
            "考评对象 '%s' 为%s，不在本方案考评范围内");

    /** A record for a key the scheme does not declare. */
    public static final Problem KEY_UNKNOWN = new Problem("unused.key-unknown",
            "key '%s' is not declared by the scheme",
            "指标键 '%s' 未在本方案中声明");

    /** A record of a period that does not lie inside the evaluated one. */
    public static final Problem OUTSIDE_PERIOD = new Problem("unused.period-outside",
            "period %s is not inside the evaluated period %s",
            "期间 %s 不在所评期间 %s 之内");

    /** A self-assessed record of a key no item reads for the subject's kind. */
    public static final Problem SELF_ASSESSMENT = new Problem("unused.self-assessment",
            "self-assessment of key '%s', which no item reads for a %s: deductions, bonuses, vetoes and gates read "
                    + "reviewed evidence only",
            "指标键 '%s' 的自评记录：对%s而言没有评价内容读取该键，而扣分、加分、否决和门槛只读取审核后的佐证");

    /** A record whose value does not fit its key's type, such as a count of 2.5. */
    public static final Problem VALUE_MISFIT = new Problem("unused.value-type",
            "value %s does not fit key '%s' of type %s: %s",
            "取值 %s 不符合类型为 %3$s 的指标键 '%2$s'：%4$s");

    /** A record made after the as-of date of the evaluation. */
    public static final Problem AFTER_AS_OF = new Problem("unused.after-as-of",
            "recorded %s, after the as-of date %s",
            "记录于 %s，晚于评价基准日 %s");

    /** A record another record corrects. */
    public static final Problem SUPERSEDED = new Problem("unused.superseded",
            "superseded by record '%s'",
            "已被记录 '%s' 更正");

    /** A correction of a record that is not in the evidence. */
    public static final Problem SUPERSEDES_UNKNOWN = new Problem("unused.supersedes-unknown",
            "it corrects record '%s', which is not in the evidence",
            "所更正的记录 '%s' 不在佐证中");

    /** A record that names itself as the record it corrects. */
    public static final Problem SUPERSEDES_SELF = new Problem("unused.supersedes-self",
            "it names itself as the record it corrects",
            "所更正的记录是其自身");

    /** A correction of a record of another subject, key or stage. */
    public static final Problem SUPERSEDES_OTHER = new Problem("unused.supersedes-other",
            "it corrects record '%s' of another subject, key or stage",
            "所更正的记录 '%s' 属于其他考评对象、指标键或阶段（自评/审核）");

    /** A second correction of a record; the one with the smaller id counts. */
    public static final Problem ALREADY_CORRECTED = new Problem("unused.already-corrected",
            "record '%s' is already corrected by record '%s'",
            "记录 '%s' 已由记录 '%s' 更正");

    /** A correction of a correction that does not count itself. */
    public static final Problem SUPERSEDES_REFUSED = new Problem("unused.supersedes-refused",
            "it corrects record '%s', a correction that does not count",
            "所更正的记录 '%s' 本身是未被采用的更正");

    /** A record of a key nothing reads for the subject's kind. */
    public static final Problem NOT_READ = new Problem("unused.not-read",
            "no item, adjustment, veto or gate reads key '%s' for a %s",
            "对%2$s而言，没有评价内容、加减分项、否决项或等次门槛读取指标键 '%1$s'");

    /** An item whose rule threw: the item fails and the scorecard is incomplete. */
    public static final Problem RULE_FAILED = new Problem("item.rule-failed",
            "rule '%s' failed: %s",
            "评分规则 '%s' 出错：%s");

    /** An item whose rule gave points outside {@code [0, maxPoints]} after rounding. */
    public static final Problem OUT_OF_RANGE = new Problem("item.out-of-range",
            "rule '%s' gave %s points, outside [0, %s]",
            "评分规则 '%s' 给出 %s 分，超出 [0, %s] 的范围");

    /** An item scored from columns whose points are too large for the columns' whole units. */
    public static final Problem BEYOND_COLUMNS = new Problem("item.beyond-columns",
            "rule '%s' gave %s points, more than columns hold: score this scheme from records",
            "评分规则 '%s' 给出 %s 分，超出列可存放的范围：请改用佐证记录评分");

    /** An item with {@code missing: fail} and no evidence. */
    public static final Problem NO_EVIDENCE = new Problem("item.no-evidence",
            "no evidence, and the item requires it (missing: fail)",
            "缺少佐证，且本项要求必须有佐证（missing: fail）");

    /** An item with {@code missing: fail} whose evidence is only self-assessed, not reviewed yet. */
    public static final Problem NOT_REVIEWED = new Problem("item.not-reviewed",
            "only self-assessed, not reviewed yet, and the item requires evidence (missing: fail); this scheme does "
                    + "not count unverified self-assessment",
            "仅有自评、尚未审核，而本项要求必须有佐证（missing: fail）；本方案不计入未经审核的自评");

    /** A subject left out of rankings because an item of its scorecard failed. */
    public static final Problem UNRANKED_FAILED = new Problem("unranked.item-failed",
            "incomplete: item '%s' failed",
            "评分不完整：评价内容 '%s' 评分失败");

    /** A subject left out of rankings because a whole dimension of its scorecard was excluded. */
    public static final Problem UNRANKED_EXCLUDED = new Problem("unranked.dimension-excluded",
            "incomplete: every item of dimension '%s' was excluded",
            "评分不完整：维度 '%s' 的全部评价内容均未计入");

    /** A subject a peer group ranking a roll-up cannot rank, because the roll-up has no total for it. */
    public static final Problem UNRANKED_ROLLUP = new Problem("unranked.rollup-missing",
            "roll-up '%s' has no total, so peer group '%s' does not rank it",
            "汇总 '%s' 无总分，比较组 '%s' 不对其排名");

    /** An evaluation asked for a period of another kind than the scheme assesses. */
    public static final Problem PERIOD_KIND = new Problem("evaluate.period-kind",
            "period %s is a %s, but scheme '%s' assesses each %s",
            "期间 %s 为%s，但方案 '%s' 按%s考评");

    /** An earlier report given to an evaluation that is of another scheme. */
    public static final Problem EARLIER_SCHEME = new Problem("evaluate.earlier-scheme",
            "this report is of scheme '%s', not '%s'",
            "该报告属于方案 '%s'，而非 '%s'");

    /** Earlier reports that are not of the consecutive periods right before the evaluated one. */
    public static final Problem EARLIER_PERIOD = new Problem("evaluate.earlier-period",
            "this report is for %s; the earlier reports must be the consecutive periods ending right before the "
                    + "evaluated one, so %s was expected here",
            "该报告的期间为 %s；此前各期报告须为紧接所评期间之前的连续期间，此处应为 %s");

    /** A report ranked again whose subject the org directory does not hold. */
    public static final Problem REPORT_SUBJECT = new Problem("evaluate.report-subject",
            "subject '%s' is not in the org directory: the report is of another one",
            "考评对象 '%s' 不在组织目录中：该报告属于另一份组织文档");

    /** A report ranked again whose subject has another kind in the org directory. */
    public static final Problem REPORT_KIND = new Problem("evaluate.report-kind",
            "subject '%s' is scored as a %s, but the org directory has it as a %s",
            "考评对象 '%s' 在报告中为 %s，但组织目录中为 %s");

    /** A column set for a key the scheme does not declare. */
    public static final Problem COLUMNS_KEY = new Problem("columns.key-unknown",
            "key '%s' is not declared by scheme '%s'",
            "指标键 '%s' 未在方案 '%s' 中声明");

    /** A column value set for a subject the scheme does not assess in the org directory. */
    public static final Problem COLUMNS_SUBJECT = new Problem("columns.subject-unknown",
            "subject '%s' is not assessed by scheme '%s' in this org directory",
            "考评对象 '%s' 不在本组织目录中方案 '%s' 的考评范围内");

    /** A column value that does not fit its key's type. */
    public static final Problem COLUMNS_VALUE = new Problem("columns.value",
            "value %s does not fit key '%s' of type %s: %s",
            "取值 %s 不符合类型为 %3$s 的指标键 '%2$s'：%4$s");

    /** A column value set in a form its key does not hold, such as a flag for a count. */
    public static final Problem COLUMNS_FORM = new Problem("columns.form",
            "key '%s' (%s) holds %s, not %s",
            "指标键 '%s'（%s）存放%s，而非%s");

    /** A value a column cannot hold exactly (too many digits, too many cases or levels). */
    public static final Problem COLUMNS_RANGE = new Problem("columns.range",
            "key '%s': %s cannot be held in a column exactly (%s)",
            "指标键 '%s'：%s 无法在列中精确存放（%s）");

    /** A subject with a value of a key a deduction or bonus reads, but not the total of its cases. */
    public static final Problem COLUMNS_CASES = new Problem("columns.case-total",
            "key '%s' is read by deduction or bonus '%s', which counts cases: give the subject's case total (caseTotal)",
            "指标键 '%s' 由加减分项 '%s' 按起数计分：须给出该考评对象的案例合计（caseTotal）");

    /** A subject with a value of a key a deduction or bonus by level reads, but not its cases' levels. */
    public static final Problem COLUMNS_CASE_LEVELS = new Problem("columns.case-levels",
            "key '%s' is read by deduction or bonus '%s', worth an amount by level: give each distinct case's latest "
                    + "level (caseAt)",
            "指标键 '%s' 由加减分项 '%s' 按级别计分：须给出每起案例的最新级别（caseAt）");

    /** A subject with cases of a key for an adjustment, but not the key's combined value, which items or predicates read. */
    public static final Problem COLUMNS_VALUE_MISSING = new Problem("columns.value-missing",
            "key '%s' has cases for deduction or bonus '%s' but no combined value, which items, vetoes or gates "
                    + "read: give it too",
            "指标键 '%s' 已为加减分项 '%s' 给出案例，但缺少评价内容、否决项或门槛条件读取的组合值：须一并给出");

    /** A graded key whose latest value and whose records' values were not both given. */
    public static final Problem COLUMNS_VALUES = new Problem("columns.value-counts",
            "key '%s' is read by item '%s', which counts every record's value: give both its latest value (text) and "
                    + "each record's value (addValue)",
            "指标键 '%s' 由评价内容 '%s' 逐条计入各记录的取值：须同时给出最新取值（text）和每条记录的取值（addValue）");

    /** Columns given to an evaluator of another scheme. */
    public static final Problem COLUMNS_SCHEME = new Problem("columns.scheme",
            "the columns were built for scheme '%s', not '%s'",
            "这些列为方案 '%s' 而建，而非 '%s'");

    /** Columns without records for a scheme the columnar path does not support. */
    public static final Problem COLUMNS_UNSUPPORTED = new Problem("columns.unsupported",
            "scheme '%s' cannot be scored from columns alone: %s; score its evidence records instead",
            "方案 '%s' 无法仅凭列评分：%s；请改用佐证记录评分");

    private EngineProblems() {
    }
}
