package dev.mofan.cli;

import dev.mofan.model.error.Problem;
import dev.mofan.model.error.Violation;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;

/** Problems with the files and options a command is given, reported like any other invalid input. */
final class CliProblems {

    static final Problem UNREADABLE = new Problem("file.unreadable",
            "cannot read '%s': %s",
            "无法读取 '%s'：%s");

    static final Problem UNWRITABLE = new Problem("file.unwritable",
            "cannot write '%s': %s",
            "无法写入 '%s'：%s");

    static final Problem SCHEME_NOT_FOUND = new Problem("scheme.not-found",
            "'%s' is neither a bundled scheme (%s) nor a file",
            "'%s' 既不是内置方案（%s），也不是文件");

    static final Problem CATALOGUE_NOT_FOUND = new Problem("tasks.not-found",
            "'%s' is neither a bundled task catalogue (%s) nor a file",
            "'%s' 既不是内置任务清单（%s），也不是文件");

    static final Problem OPTION_LEVEL = new Problem("option.level",
            "--level '%s' is not a level of responsibility; use one of %s",
            "--level '%s' 不是责任层级，可选：%s");

    static final Problem SCHEMA_DOCUMENT = new Problem("schema.document",
            "'%s' is not a document with a schema; use one of %s",
            "'%s' 不是有模式定义的文档，可选：%s");

    static final Problem OPTION_ORG = new Problem("option.org",
            "--org '%s' is not in the org file %s",
            "--org '%s' 不在组织文件 %s 中");

    static final Problem OPTION_BRANCH = new Problem("option.branch",
            "--branch '%s' is not a branch of the org file %s",
            "--branch '%s' 不是组织文件 %s 中的党支部");

    static final Problem OPTION_TYPE = new Problem("option.type",
            "--type '%s' is not a task type of catalogue '%s' (%s)",
            "--type '%s' 不是任务清单 '%s' 中的任务类型（%s）");

    static final Problem OPTION_PERIOD = new Problem("option.period",
            "--period '%s' is not a period such as 2025, 2025-H1, 2025-Q3 or 2025-07",
            "--period '%s' 不是有效的期间（例如 2025、2025-H1、2025-Q3、2025-07）");

    static final Problem OPTION_PERIOD_KIND = new Problem("option.period-kind",
            "--period %s is a %s, but scheme '%s' assesses each %s",
            "--period %s 为%s，但方案 '%s' 按%s考评");

    static final Problem OPTION_AS_OF = new Problem("option.as-of",
            "--as-of '%s' is not a date such as 2025-12-31",
            "--as-of '%s' 不是有效的日期（例如 2025-12-31）");

    static final Problem OPTION_NEEDS = new Problem("option.needs",
            "%s needs %s",
            "%s 须与 %s 一同使用");

    static final Problem STRICT_UNUSED = new Problem("evidence.unused",
            "record '%s' is unused (--strict): %s",
            "记录 '%s' 未被使用（--strict）：%s");

    static final Problem OPTION_EXPLAIN = new Problem("option.explain",
            "--explain '%s': no scorecard for this subject (not in the org file, or scheme '%s' does not assess its kind)",
            "--explain '%s'：该对象没有评分卡（不在组织文件中，或方案 '%s' 不考评其类型）");

    static final Problem OPTION_PEER_GROUP = new Problem("option.peer-group",
            "--peer-group '%s' is not a peer group of scheme '%s' (%s)",
            "--peer-group '%s' 不是方案 '%s' 的比较组（%s）");

    static final Problem OPTION_CONFLICT = new Problem("option.conflict",
            "%s cannot be combined with %s: %s",
            "%s 不能与 %s 同时使用：%s");

    static final Problem NO_DERIVED_KEY = new Problem("option.no-derived-key",
            "scheme '%s' declares no derived key (keys[].derived): there is nothing to derive",
            "方案 '%s' 未声明派生指标键（keys[].derived），无可生成的记录");

    static final Problem REVIEW_REPORT = new Problem("review.report",
            "a report of %s for scheme '%s': a review reads reports of scheme '%s' only, one per period",
            "%s 年度的报告属于方案 '%s'：复查只读取方案 '%s' 的报告，且每期一份");

    static final Problem OPTION_TERM = new Problem("option.value",
            "%s '%s' is not one of %s",
            "%s '%s' 不是可选值之一：%s");

    static final Problem ENTROPY_NEGATIVE = new Problem("analysis.negative",
            "%s is negative: the share of a column sum needs values of 0 or more; use --normalization min-max",
            "%s 为负值：比重法要求数值不小于 0，请使用 --normalization min-max");

    static final Problem ENTROPY_DEGENERATE = new Problem("analysis.degenerate",
            "every criterion is constant or all zero: no weight can be drawn",
            "所有指标均为常数或全为零：无法确定权重");

    static final Problem UNWRITABLE_DIRECTORY = new Problem("file.unwritable",
            "cannot write '%s': it is a directory",
            "无法写入 '%s'：这是一个目录");

    private CliProblems() {
    }

    /**
     * Prints a problem with the options themselves on standard error, like picocli's own; the
     * message starts with the option it is about, so it needs no JSON path.
     */
    static void option(PrintWriter err, Language language, Problem problem, Object... args) {
        err.println(Violation.of("$", problem, args).message(language));
        err.flush();
    }
}
