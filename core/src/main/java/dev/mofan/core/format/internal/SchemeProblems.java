package dev.mofan.core.format.internal;

import dev.mofan.model.error.Problem;

/**
 * The problems of scheme and evidence documents beyond their syntax and shape: numbers, maxima
 * that do not add up, references, rules and predicates, and the lint warnings of
 * {@code mofan validate}. Listed in docs/errors.md, which a test keeps in step with this class.
 */
public final class SchemeProblems {

    /** A number that must be greater than 0 and is not. */
    public static final Problem NUMBER_POSITIVE = new Problem("number.positive",
            "must be greater than 0, but was %s",
            "须大于 0，实际为 %s");

    /** A number that must be 0 or more and is negative. */
    public static final Problem NUMBER_NEGATIVE = new Problem("number.negative",
            "must be 0 or more, but was %s",
            "不得小于 0，实际为 %s");

    /** A whole number outside its range, or not whole. */
    public static final Problem NUMBER_RANGE = new Problem("number.range",
            "must be a whole number from %s to %s, but was %s",
            "须为 %s 到 %s 的整数，实际为 %s");

    /** A maximum, cap or grade minimum with more decimals than the scheme's scale. */
    public static final Problem NUMBER_SCALE = new Problem("number.scale",
            "%s has more decimals than the scheme's scale (%s)",
            "%s 的小数位数超过了本方案的精度（%s 位）");

    /** A time zone that is not a zone id. */
    public static final Problem TIME_ZONE = new Problem("scheme.time-zone",
            "'%s' is not a time zone id such as Asia/Shanghai",
            "'%s' 不是有效的时区编号（例如 Asia/Shanghai）");

    /** A subject kind that is neither an org kind nor {@code division}. */
    public static final Problem KIND_UNKNOWN = new Problem("scheme.subject-kind.unknown",
            "'%s' is not a subject kind; use one of %s",
            "'%s' 不是可考评的对象类型，可选：%s");

    /** A subject kind not among the scheme's subjects. */
    public static final Problem KIND_NOT_ASSESSED = new Problem("scheme.subject-kind.not-assessed",
            "'%s' is not among the scheme's subjects (%s)",
            "'%s' 不在本方案的考评对象（%s）之中");

    /** A subject kind the scheme assesses but no item applies to. */
    public static final Problem KIND_NO_ITEMS = new Problem("scheme.subject-kind.no-items",
            "no item applies to kind '%s'",
            "没有任何评价内容适用于 '%s'");

    /** Maxima that do not add up for a kind. */
    public static final Problem MAXIMA_SUM = new Problem("scheme.maxima.sum",
            "maxima do not add up for kind '%s': the parts give %s, but %s is declared",
            "对 '%s' 而言分值不相符：各部分合计 %s，但声明为 %s");

    /** A maximum on an open-ended scheme (积分制). */
    public static final Problem OPEN_ENDED_MAX = new Problem("scheme.open-ended.max",
            "an open-ended scheme has no maximum: remove maxPoints, or openEnded",
            "开放式（积分制）方案没有满分：请删除 maxPoints 或 openEnded");

    /** A maximum on a dimension or indicator of an open-ended scheme. */
    public static final Problem OPEN_ENDED_LEVEL_MAX = new Problem("scheme.open-ended.level-max",
            "in an open-ended scheme only items may have maxPoints",
            "开放式（积分制）方案中只有评价内容可以设 maxPoints");

    /** A weight in an open-ended scheme, which has no maximum to share out. */
    public static final Problem OPEN_ENDED_WEIGHT = new Problem("scheme.open-ended.weight",
            "an open-ended scheme has no maximum to share out by weight: remove weight",
            "开放式（积分制）方案没有可按权重分配的满分：请删除 weight");

    /** {@code missing: exclude} in an open-ended scheme, which has no maxima to renormalise by. */
    public static final Problem OPEN_ENDED_EXCLUDE = new Problem("scheme.open-ended.exclude",
            "missing: exclude renormalises by maxima, which an open-ended scheme does not have; use zero or score",
            "missing: exclude 按满分折算，而开放式（积分制）方案没有满分；请改用 zero 或 score");

    /** An item without a maximum whose rule scores against the maximum. */
    public static final Problem RULE_NEEDS_MAX = new Problem("scheme.rule.needs-max",
            "rule '%s' scores against the item's maximum: give maxPoints, or use a rule that scores without one (%s)",
            "评分规则 '%s' 按本项满分计分：请给出 maxPoints，或改用无需满分的规则（%s）");

    /** Scheme-level deductions in a composite scheme, whose deductions belong to its parts. */
    public static final Problem PARTS_DEDUCTIONS = new Problem("scheme.parts.deductions",
            "a composite scheme's deductions belong to its parts: move them under parts[].deductions",
            "组合式方案的扣分项属于各组成部分：请移至 parts[].deductions");

    /** A part's dimension that the scheme does not declare. */
    public static final Problem PART_DIMENSION_UNKNOWN = new Problem("scheme.parts.dimension-unknown",
            "'%s' is not a dimension of the scheme",
            "'%s' 不是本方案的维度");

    /** A dimension in two parts. */
    public static final Problem PART_DIMENSION_TWICE = new Problem("scheme.parts.dimension-twice",
            "dimension '%s' is already in part '%s'",
            "维度 '%s' 已属于组成部分 '%s'");

    /** A weight on a dimension of a composite scheme, whose parts carry the weights. */
    public static final Problem PARTS_DIMENSION_WEIGHT = new Problem("scheme.parts.dimension-weight",
            "a composite scheme's parts are weighted; its dimensions give maxPoints, not weight",
            "组合式方案按组成部分加权，其维度须给出 maxPoints，而非 weight");

    /** A dimension of a composite scheme that belongs to no part. */
    public static final Problem DIMENSION_NO_PART = new Problem("scheme.parts.dimension-without-part",
            "dimension '%s' is in no part: in a composite scheme every dimension belongs to one",
            "维度 '%s' 不属于任何组成部分：组合式方案的每个维度须属于一个组成部分");

    /** Maxima of a composite scheme that do not add up for a kind. */
    public static final Problem MAXIMA_SUM_PARTS = new Problem("scheme.maxima.sum",
            "maxima do not add up for kind '%s': Σ weight × part maximum = %s = %s, but %s is declared",
            "对 '%s' 而言分值不相符：Σ 权重 × 组成部分满分 = %s = %s，但声明为 %s");

    /** A quota on the lowest grade band, below which there is no band to move subjects to. */
    public static final Problem QUOTA_BOTTOM_BAND = new Problem("scheme.quota.bottom-band",
            "'%s' is the lowest band: a quota moves subjects down one band, and there is none below it",
            "'%s' 是最低等次：名额限制把超出者降一档，而其下已无等次");

    /** A second peer group with quotas for one kind and figure. */
    public static final Problem QUOTA_GROUP_TWICE = new Problem("scheme.quota.group-twice",
            "kind '%s' already has its quotas for %s in peer group '%s': a final grade comes from one quota group",
            "'%s' 的 %s 已在比较组 '%s' 中设有名额限制：最终等次只能来自一个名额比较组");

    /** A second quota for one grade band in a peer group. */
    public static final Problem QUOTA_TWICE = new Problem("scheme.quota.twice",
            "a quota for '%s' is already given (first at %s)",
            "'%s' 的名额限制已经给出（首次在 %s）");

    /** A streak flag named {@code leader} or {@code laggard}, which the ranking sets itself. */
    public static final Problem STREAK_FLAG_RESERVED = new Problem("scheme.streak.flag-reserved",
            "'%s' is a flag the ranking sets itself; name the streak's flag otherwise",
            "'%s' 是排名自身设置的标记，请为连续标记另取名称");

    /** A streak flag used twice in one peer group. */
    public static final Problem STREAK_FLAG_TWICE = new Problem("scheme.streak.flag-twice",
            "streak flag '%s' is already used in this peer group (first at %s)",
            "连续标记 '%s' 已在本比较组中使用（首次在 %s）");

    /** A leaders' or laggards' cut that gives both or neither of count and share. */
    public static final Problem CUT_COUNT_OR_SHARE = new Problem("scheme.cut.count-or-share",
            "give count or share, not both and not neither",
            "须给出 count 或 share 之一");

    /** A share outside {@code (0, 1]}. */
    public static final Problem SHARE_RANGE = new Problem("scheme.share.range",
            "a share lies in (0, 1], but was %s",
            "比例须在 (0, 1] 之内，实际为 %s");

    /** A level that gives neither a maximum nor a weight. */
    public static final Problem MAX_OR_WEIGHT = new Problem("scheme.maxima.missing",
            "missing: give maxPoints or weight",
            "缺少：须给出 maxPoints 或 weight");

    /** A level that gives both a maximum and a weight. */
    public static final Problem MAX_AND_WEIGHT = new Problem("scheme.maxima.both",
            "give maxPoints or weight, not both",
            "maxPoints 与 weight 只能给出其一");

    /** Siblings of which some give weights and some maxima. */
    public static final Problem WEIGHTS_MIXED = new Problem("scheme.weights.mixed",
            "siblings mix weight and maxPoints: give all of them one or the other",
            "同级各项混用了 weight 与 maxPoints：须统一使用其中一种");

    /** Weights under a level without a maximum to share out. */
    public static final Problem WEIGHTS_NO_PARENT_MAX = new Problem("scheme.weights.parent-max",
            "weights need a maxPoints on the level above",
            "使用 weight 时，上一级须给出 maxPoints");

    /** A weight whose share of the parent's maximum rounds to 0 points. */
    public static final Problem WEIGHT_ROUNDS_TO_ZERO = new Problem("scheme.weights.zero",
            "weight %s gives 0 points at the scheme's scale",
            "权重 %s 按本方案精度折算后为 0 分");

    /** A key that the scheme does not declare. */
    public static final Problem KEY_UNKNOWN = new Problem("scheme.key.unknown",
            "'%s' is not a declared key",
            "'%s' 不是已声明的指标键");

    /** A combination that does not suit the key's type. */
    public static final Problem KEY_COMBINE = new Problem("scheme.key.combine",
            "combination '%s' does not suit a key of type %s; use one of %s",
            "合并方式 '%s' 不适用于类型为 %s 的指标键，可选：%s");

    /** A derived key whose figure is not a figure of its source. */
    public static final Problem DERIVED_FIGURE_SOURCE = new Problem("scheme.key.derived-figure",
            "figure '%s' is not a figure of source %s; its figures: %s",
            "派生数字 '%s' 不属于来源%s，可选：%s");

    /** A derived key whose type is not the type of its figure. */
    public static final Problem DERIVED_KEY_TYPE = new Problem("scheme.key.derived-type",
            "figure '%s' is a %s, so the key must be of that type, not %s",
            "派生数字 '%s' 为%s，指标键须为该类型，而不是%s");

    /** A category key without values. */
    public static final Problem KEY_VALUES_MISSING = new Problem("scheme.key.values-missing",
            "missing: a category key lists its values",
            "缺少：类别型指标键须列出其取值");

    /** Values on a key that is neither a category nor a rating key. */
    public static final Problem KEY_VALUES_UNEXPECTED = new Problem("scheme.key.values-unexpected",
            "only category and rating keys list values",
            "只有类别型和评议型指标键可以列出取值");

    /** A rule id that no registered rule has. */
    public static final Problem RULE_UNKNOWN = new Problem("scheme.rule.unknown",
            "unknown rule '%s'; known rules: %s",
            "未知的评分规则 '%s'，已有规则：%s");

    /** A problem a rule reported with its parameters or keys, in the rule's own words. */
    public static final Problem RULE_REJECTED = new Problem("scheme.rule.rejected",
            "%1$s",
            "%2$s");

    /** A parameter the rule does not read, such as a typo. */
    public static final Problem RULE_PARAM_UNKNOWN = new Problem("scheme.rule.param-unknown",
            "rule '%s' has no parameter '%s'",
            "评分规则 '%s' 没有参数 '%s'");

    /** A rule that threw while checking its parameters. */
    public static final Problem RULE_FAILED = new Problem("scheme.rule.failed",
            "rule '%s' failed while checking its parameters: %s",
            "评分规则 '%s' 检查参数时出错：%s");

    /** An adjustment that gives both or neither of {@code per} and {@code levels}. */
    public static final Problem LEVELS_OR_PER = new Problem("scheme.adjustment.amount",
            "give exactly one of per and levels",
            "per 与 levels 须且只能给出其一");

    /** Severity levels on an adjustment whose key is not a category key. */
    public static final Problem LEVELS_KEY_TYPE = new Problem("scheme.adjustment.levels-key",
            "levels need a category key, but '%s' is of type %s",
            "levels 须对应类别型指标键，但 '%s' 的类型为 %s");

    /** A severity level that is not a value of the adjustment's key. */
    public static final Problem LEVEL_UNKNOWN = new Problem("scheme.adjustment.level-unknown",
            "'%s' is not a value of key '%s' (%s)",
            "'%s' 不是指标键 '%s' 的取值（%s）");

    /** A value of the adjustment's key without an amount in its levels. */
    public static final Problem LEVEL_MISSING = new Problem("scheme.adjustment.level-missing",
            "no amount for value '%s' of key '%s'",
            "未给出指标键 '%2$s' 的取值 '%1$s' 对应的分值");

    /** A {@code cap-grade} veto that names no grade. */
    public static final Problem VETO_GRADE_MISSING = new Problem("scheme.veto.grade-missing",
            "missing: a cap-grade veto names the grade it caps at",
            "缺少：等次封顶的否决项须给出封顶等次");

    /** A grade on a veto whose effect is not {@code cap-grade}. */
    public static final Problem VETO_GRADE_UNEXPECTED = new Problem("scheme.veto.grade-unexpected",
            "only a cap-grade veto names a grade",
            "只有等次封顶的否决项才给出等次");

    /** A grade that the scheme does not declare. */
    public static final Problem GRADE_UNKNOWN = new Problem("scheme.grade.unknown",
            "'%s' is not a declared grade",
            "'%s' 不是已声明的等次");

    /** A grade band whose minimum is not lower than the band's before it. */
    public static final Problem GRADE_ORDER = new Problem("scheme.grade.order",
            "min must be lower than the band before it (%s): bands go best first",
            "min 须低于上一等次（%s）：等次须从高到低排列");

    /** An empty list where at least one entry is needed. */
    public static final Problem LIST_EMPTY = new Problem("list.empty",
            "must list at least one entry",
            "至少列出一项");

    /** A predicate that gives none or more than one of its forms. */
    public static final Problem PREDICATE_SHAPE = new Problem("predicate.shape",
            "a predicate has exactly one of key, result, vetoed, designated, allOf, anyOf, not",
            "条件须且只能包含 key、result、vetoed、designated、allOf、anyOf、not 之一");

    /** A designation share test without {@code of}, the descendants' org kind. */
    public static final Problem PREDICATE_NEEDS_OF = new Problem("predicate.designated-of",
            "'%s' compares a share of descendants: it comes with of (an org kind)",
            "'%s' 用于比较下级组织中的比例，须与 of（组织类型）一同使用");

    /** A designation test of a kind declared at or after the rule that reads it. */
    public static final Problem DESIGNATION_ORDER = new Problem("scheme.designation.order",
            "reads designation '%s', declared at %s: a rule reads designations declared before it, or by other schemes",
            "读取了在 %2$s 声明的命名 '%1$s'：规则只能读取在其之前声明的或其他方案的命名");

    /** A maximum or weight on a child whose parent gives judgements. */
    public static final Problem JUDGED_CHILD = new Problem("scheme.judgements.child",
            "the parent's judgements give this level its weight: remove %s",
            "上级的判断矩阵已确定本层权重：请删除 %s");

    /** A judgement matrix whose order is not the number of the level's children. */
    public static final Problem JUDGEMENTS_ORDER = new Problem("scheme.judgements.order",
            "a %s × %s matrix, but the level has %s children: one row and column per child, in their order",
            "判断矩阵为 %s × %s，但下级有 %s 个：每个下级一行一列，顺序一致");

    /** Judgements whose consistency ratio is above the threshold. */
    public static final Problem JUDGEMENTS_INCONSISTENT = new Problem("scheme.judgements.inconsistent",
            "CR %s is above %s (%s, %s): revise the judgements, or set allowInconsistent: true",
            "一致性比率 CR %s 大于 %s（%s，%s）：请修正判断矩阵，或设置 allowInconsistent: true");

    /** A field that a test of this form does not have. */
    public static final Problem PREDICATE_FIELD = new Problem("predicate.field",
            "'%s' is not a field of a {%s: …} test",
            "'%s' 不是 {%s: …} 条件的字段");

    /** An {@code allOf} or {@code anyOf} without predicates. */
    public static final Problem PREDICATE_EMPTY = new Problem("predicate.empty",
            "must list at least one predicate",
            "至少列出一个条件");

    /** A comparison operator that is not one of {@code == != > >= < <=}. */
    public static final Problem PREDICATE_OP = new Problem("predicate.op",
            "unknown operator '%s'; use ==, !=, >, >=, <, <=",
            "未知的比较符 '%s'，可选：==、!=、>、>=、<、<=");

    /** An ordering comparison of values that have no order, such as flags or categories. */
    public static final Problem PREDICATE_OP_ORDER = new Problem("predicate.op-order",
            "'%s' does not compare %s; use == or !=",
            "'%s' 不能比较%s，只能使用 == 或 !=");

    /** A value of the wrong type for the key it is compared with. */
    public static final Problem PREDICATE_VALUE = new Problem("predicate.value",
            "key '%s' of type %s is not compared with %s",
            "类型为 %2$s 的指标键 '%1$s' 不能与%3$s比较");

    /** A value that is not one of the key's values. */
    public static final Problem PREDICATE_VALUE_UNKNOWN = new Problem("predicate.value-unknown",
            "'%s' is not a value of key '%s' (%s)",
            "'%s' 不是指标键 '%s' 的取值（%s）");

    /** A result test of a figure that does not exist. */
    public static final Problem PREDICATE_FIGURE = new Problem("predicate.figure",
            "'%s' is not a figure: use total, base, part:ID, dimension:ID, indicator:ID or item:ID with a declared id",
            "'%s' 不是可读取的分值：可用 total、base、part:编号、dimension:编号、indicator:编号、item:编号（编号须已声明）");

    /** A grade test in a veto or grade gate, which helps decide that grade. */
    public static final Problem PREDICATE_GRADE = new Problem("predicate.grade",
            "a veto or grade gate cannot read the grade it helps decide",
            "否决项和等次门槛不能读取它们参与决定的等次");

    /** An evidence test in a designation or weak-organisation rule, which reads results instead. */
    public static final Problem PREDICATE_REVIEW_KEY = new Problem("predicate.review-key",
            "designation and weak-organisation rules read results and the register, not %s: test evidence in a veto "
                    + "with effect ineligible and read it with {vetoed: ineligible}",
            "命名和软弱涣散认定规则只读取考评结果和命名台账，不能读取 %s：请在效果为 ineligible 的否决项中检验佐证，"
                    + "再以 {vetoed: ineligible} 读取");

    /** A {@code vetoed} or {@code designated} test outside designation and weak-organisation rules. */
    public static final Problem PREDICATE_REVIEW_ONLY = new Problem("predicate.review-only",
            "'%s' reads the register and earlier assessments: it belongs to designation and weak-organisation rules",
            "'%s' 读取命名台账和以往考评结果，只能用于命名和软弱涣散认定规则");

    /** A designation share outside 0 to 1. */
    public static final Problem PREDICATE_SHARE = new Problem("predicate.share",
            "a share is from 0 to 1, not %s",
            "比例应在 0 到 1 之间，而不是 %s");

    /** {@code periods} on a test of a veto or grade gate, which read this period only. */
    public static final Problem PREDICATE_PERIODS = new Problem("predicate.periods",
            "vetoes and grade gates read this period only; remove periods",
            "否决项和等次门槛只读取本期结果，请删除 periods");

    /** A text that is not a period. */
    public static final Problem PERIOD_INVALID = new Problem("period.invalid",
            "'%s' is not a period such as 2025, 2025-H1, 2025-Q3, 2025-07 or 2024..2026",
            "'%s' 不是有效的期间（例如 2025、2025-H1、2025-Q3、2025-07、2024..2026）");

    /** A record's {@code recordedAt} that is not a date or date-time. */
    public static final Problem TIMESTAMP_INVALID = new Problem("evidence.recorded-at",
            "'%s' is not a date or date-time such as 2025-03-02 or 2025-03-02T10:00:00+08:00",
            "'%s' 不是有效的日期或时间（例如 2025-03-02 或 2025-03-02T10:00:00+08:00）");

    /** A record's value that is neither a flag, a number nor a text. */
    public static final Problem VALUE_TYPE = new Problem("evidence.value",
            "a value is true, false, a number or a text",
            "取值须为 true、false、数字或文本");

    /** Lint: an item whose rule can never award its maximum. */
    public static final Problem LINT_ITEM_UNREACHABLE = new Problem("lint.item.unreachable",
            "item '%s' can award at most %s of its %s points",
            "评价内容 '%s' 最多只能得 %s 分，低于其满分 %s 分");

    /** Lint: a kind that can never reach the scheme's maximum. */
    public static final Problem LINT_KIND_UNREACHABLE = new Problem("lint.kind.unreachable",
            "kind '%s' can reach at most %s of the scheme's %s points",
            "'%s' 最多只能得 %s 分，低于本方案满分 %s 分");

    /** Lint: a key that nothing reads. */
    public static final Problem LINT_KEY_UNREAD = new Problem("lint.key.unread",
            "key '%s' is read by no item, adjustment, veto or gate",
            "指标键 '%s' 未被任何评价内容、加减分项、否决项或等次门槛读取");

    /** Lint: an evidence record for a key the scheme does not declare. */
    public static final Problem LINT_EVIDENCE_KEY = new Problem("lint.evidence.key-undeclared",
            "key '%s' is not declared by the scheme",
            "指标键 '%s' 未在本方案中声明");

    /** Lint: an evidence record for a subject the org document does not hold. */
    public static final Problem LINT_EVIDENCE_SUBJECT = new Problem("lint.evidence.subject-unknown",
            "subject '%s' is not in the org document",
            "考评对象 '%s' 不在组织文档中");

    /** {@code periods} or {@code times} on a test outside a roll-up's grade rule. */
    public static final Problem PREDICATE_COUNTS = new Problem("predicate.counts",
            "periods and times count the grades of a roll-up's inputs: they belong to a grade test in a roll-up's grade rule",
            "periods 与 times 用于统计汇总各期的等次，只能用于汇总等次规则中的等次条件");

    /** A grade comparison that is not one of {@code atLeast atMost above below is isNot}. */
    public static final Problem PREDICATE_GRADE_OP = new Problem("predicate.grade-op",
            "'%s' does not compare grades; use atLeast, atMost, above, below, is or isNot",
            "'%s' 不能比较等次，可选：atLeast、atMost、above、below、is、isNot");

    /** A test in a roll-up's grade rule that reads something other than its inputs' grades and total. */
    public static final Problem PREDICATE_ROLLUP = new Problem("predicate.rollup",
            "a roll-up's grade rule reads its inputs' grades (result: grade) and its total (result: total), not %s",
            "汇总的等次规则只能读取各期等次（result: grade）和汇总总分（result: total），不能读取 %s");

    /** A period roll-up over a period that is not longer than its inputs'. */
    public static final Problem ROLLUP_OVER = new Problem("scheme.rollup.over",
            "a roll-up over %s cannot gather %s results: it must be over a longer period",
            "以%s为周期的汇总不能汇总%s结果：汇总周期须长于输入周期");

    /** A roll-up over cycles that names no cycle. */
    public static final Problem ROLLUP_CYCLE_MISSING = new Problem("scheme.rollup.cycle-missing",
            "a roll-up over cycles names one of its blocks of years, such as cycle: 2024..2026",
            "按多年周期汇总须写明其中一个周期，例如 cycle: 2024..2026");

    /** A cycle on a roll-up that is not over cycles. */
    public static final Problem ROLLUP_CYCLE_UNEXPECTED = new Problem("scheme.rollup.cycle-unexpected",
            "only a roll-up over cycles names a cycle",
            "只有按多年周期汇总才写 cycle");

    /** A cycle that is not a block of years. */
    public static final Problem ROLLUP_CYCLE_INVALID = new Problem("scheme.rollup.cycle-invalid",
            "'%s' is not a block of years such as 2024..2026",
            "'%s' 不是形如 2024..2026 的多年周期");

    /** A cycle longer than a roll-up allows. */
    public static final Problem ROLLUP_CYCLE_LONG = new Problem("scheme.rollup.cycle-long",
            "a cycle spans at most %s years, but %s spans %s",
            "多年周期至多 %s 年，但 %s 为 %s 年");

    /** A roll-up's {@code from} that is not a period roll-up declared before it. */
    public static final Problem ROLLUP_FROM = new Problem("scheme.rollup.from",
            "'%s' is not a period roll-up declared before this one",
            "'%s' 不是在此之前声明的按期汇总");

    /** A roll-up read for a kind it is not computed for. */
    public static final Problem ROLLUP_KIND = new Problem("scheme.rollup.kind",
            "roll-up '%s' is not computed for kind '%s'",
            "汇总 '%s' 不适用于 '%s'");

    /** A weighted roll-up without weights. */
    public static final Problem ROLLUP_WEIGHTS_MISSING = new Problem("scheme.rollup.weights-missing",
            "a weighted roll-up gives one weight per input, in period order",
            "加权汇总须按期间顺序为每个输入期给出权重");

    /** Weights on a roll-up that is not weighted. */
    public static final Problem ROLLUP_WEIGHTS_UNEXPECTED = new Problem("scheme.rollup.weights-unexpected",
            "only a weighted roll-up has weights",
            "只有加权汇总才有权重");

    /** A weighted roll-up with another number of weights than inputs. */
    public static final Problem ROLLUP_WEIGHTS_COUNT = new Problem("scheme.rollup.weights-count",
            "a weighted roll-up gives one weight per input: %s, but %s are given",
            "加权汇总须为每个输入期给出一个权重：应为 %s 个，实际 %s 个");

    /** Grade rules of a roll-up with {@code when} missing before the last, or given on the last. */
    public static final Problem ROLLUP_RULE_WHEN = new Problem("scheme.rollup.rule-when",
            "every grade rule but the last has when; the last has none and grades every subject the rules before it did not",
            "除最后一条外，每条等次规则都须有 when；最后一条没有 when，用于其余所有对象");

    /** A kind of a hierarchy roll-up that is not an org kind. */
    public static final Problem ROLLUP_ORG_KIND = new Problem("scheme.rollup.org-kind",
            "'%s' is not an org kind of the tree: a hierarchy roll-up rolls up orgs",
            "'%s' 不是组织树中的组织类型：按层级汇总只汇总组织");

    /** A kind that is both a subject and a child of one hierarchy roll-up. */
    public static final Problem ROLLUP_CHILD_SUBJECT = new Problem("scheme.rollup.child-subject",
            "kind '%s' is both a subject and a child of this roll-up",
            "'%s' 不能既是汇总对象又是被汇总的下级");

    /** A child kind that can never sit below a subject kind of the roll-up. */
    public static final Problem ROLLUP_NEVER_BELOW = new Problem("scheme.rollup.never-below",
            "kind '%s' never sits below %s in the party tree",
            "'%s' 在组织树中不会位于 %s 之下");

    /** A hierarchy roll-up's own share outside 0 to 1. */
    public static final Problem ROLLUP_OWN = new Problem("scheme.rollup.own",
            "own is a share from 0 to 1, but was %s",
            "own（本级占比）须在 0 到 1 之间，实际为 %s");

    /** A peer group figure that is neither {@code total} nor a declared roll-up. */
    public static final Problem PEER_GROUP_FIGURE = new Problem("scheme.peer-group.figure",
            "'%s' is not a figure a peer group ranks: use total, or rollup:ID with a declared roll-up",
            "'%s' 不是比较组可排名的数值：请用 total，或 rollup:ID（已声明的汇总）");

    private SchemeProblems() {
    }
}
