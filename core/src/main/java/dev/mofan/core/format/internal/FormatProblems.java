package dev.mofan.core.format.internal;

import dev.mofan.model.error.Problem;

/**
 * Problems with the syntax and shape of a document. Codes and messages are listed in
 * docs/errors.md, which a test keeps in step with this class.
 */
public final class FormatProblems {

    /** A document that is not well-formed JSON or YAML. */
    public static final Problem MALFORMED = new Problem("syntax.malformed",
            "malformed %s at line %s, column %s: %s",
            "%s 格式错误（第 %s 行第 %s 列）：%s");

    /** A document that is not UTF-8 text. */
    public static final Problem NOT_UTF8 = new Problem("syntax.encoding",
            "not UTF-8 text at line %s, column %s: save the file as UTF-8 (GBK or GB18030 files must be converted)",
            "第 %s 行第 %s 列不是 UTF-8 文本：请将文件另存为 UTF-8（GBK、GB18030 编码的文件需要转换）");

    /** A document with nothing in it. */
    public static final Problem EMPTY = new Problem("syntax.empty",
            "the document is empty",
            "文档为空");

    /** An object with a key twice. */
    public static final Problem DUPLICATE_KEY = new Problem("syntax.duplicate-key",
            "the key '%s' appears twice in this object; keys must be unique",
            "同一对象中字段 '%s' 出现两次；字段名不能重复");

    /** Content after the end of the document. */
    public static final Problem TRAILING = new Problem("syntax.trailing",
            "unexpected content after the end of the document, at line %s",
            "文档结束后还有多余内容（第 %s 行）");

    /** {@code NaN} or {@code Infinity} where a number is expected. */
    public static final Problem NOT_A_NUMBER = new Problem("syntax.not-a-number",
            "NaN and Infinity are not numbers here: write a finite number",
            "此处不允许 NaN 或 Infinity，请填写有限数值");

    /** A YAML alias, which is not accepted. */
    public static final Problem YAML_ALIAS = new Problem("syntax.yaml-alias",
            "YAML aliases (*%s) are not accepted: write the value out",
            "不接受 YAML 别名（*%s），请直接写出取值");

    /** A kind of value the documents never hold, such as binary or embedded data. */
    public static final Problem UNSUPPORTED_VALUE = new Problem("syntax.unsupported",
            "this kind of value (%s) is not accepted",
            "不接受这种取值（%s）");

    /** A string or key longer than the read limits allow. */
    public static final Problem STRING_TOO_LONG = new Problem("limit.string",
            "a string or key is longer than %s characters",
            "字符串或字段名超过 %s 个字符");

    /** Objects and arrays nested deeper than the read limits allow. */
    public static final Problem TOO_DEEP = new Problem("limit.nesting",
            "objects and arrays are nested more than %s levels deep",
            "对象和数组嵌套超过 %s 层");

    /** A YAML line longer than the read limits allow. */
    public static final Problem LINE_TOO_LONG = new Problem("limit.line",
            "line %s is longer than %s characters; YAML is read line by line (write a one-line document as JSON)",
            "第 %s 行超过 %s 个字符；YAML 按行读取（单行文档请用 JSON）");

    /** A number with more digits than a document may give. */
    public static final Problem NUMBER_TOO_LONG = new Problem("limit.number",
            "a number has more than %s digits",
            "数字超过 %s 位");

    /** A number not in plain decimal form, such as {@code 010}, {@code 0x1F} or {@code 1_000}. */
    public static final Problem NUMBER_FORM = new Problem("syntax.number-form",
            "write the number '%s' in plain decimal form (no leading zeros, hexadecimal, octal, underscores or colons)",
            "数字 '%s' 须写成普通十进制形式（不带前导零、十六进制、八进制、下划线或冒号）");

    /** A YAML key that is a list or a mapping. */
    public static final Problem YAML_KEY = new Problem("syntax.yaml-key",
            "a key must be plain text, not a list or a mapping",
            "字段名必须是普通文本，不能是列表或映射");

    /** A document longer than the read limits allow. */
    public static final Problem DOCUMENT_TOO_LONG = new Problem("limit.document",
            "the document is longer than %s characters",
            "文档超过 %s 个字符");

    /** A property the object does not have, such as a typo. */
    public static final Problem UNKNOWN_PROPERTY = new Problem("property.unknown",
            "unknown property '%s'; expected one of: %s",
            "未知字段 '%s'；可用字段：%s");

    /** A required property that is missing. */
    public static final Problem MISSING = new Problem("property.missing",
            "required property is missing",
            "缺少必填字段");

    /** A report with two results of one roll-up for one subject. */
    public static final Problem ROLLUP_TWICE = new Problem("report.rollup-twice",
            "roll-up '%s' of '%s' is already at %s",
            "'%2$s' 的汇总 '%1$s' 已在 %3$s 出现");

    /** A value of the wrong type, such as a text where a number is expected. */
    public static final Problem WRONG_TYPE = new Problem("type.mismatch",
            "must be %s, but was %s",
            "应为%s，实际为%s");

    /** A value that is not one of the words allowed there. */
    public static final Problem UNKNOWN_VALUE = new Problem("value.unknown",
            "unknown %s '%s'; expected one of: %s",
            "未知的%s '%s'；可选值：%s");

    /** A text that is blank. */
    public static final Problem BLANK = new Problem("text.blank",
            "must not be blank",
            "不能为空白");

    /** A text longer than allowed. */
    public static final Problem TOO_LONG = new Problem("text.too-long",
            "is %s characters long; at most %s are allowed",
            "长度为 %s 个字符，最多允许 %s 个");

    /** A name with neither a Chinese nor an English text. */
    public static final Problem LABEL_EMPTY = new Problem("label.empty",
            "a name needs 'zh' or 'en' (or is a plain string, taken as Chinese)",
            "名称至少需要 zh 或 en 之一（也可直接写字符串，视为中文）");

    /** A text that is not a date. */
    public static final Problem DATE_INVALID = new Problem("date.invalid",
            "'%s' is not a date such as 2025-12-31",
            "'%s' 不是有效的日期（例如 2025-12-31）");

    /** A report's difference that is not {@code selfPoints − points}. */
    public static final Problem DIFFERENCE = new Problem("report.difference",
            "must be selfPoints − points = %s, but was %s",
            "须等于 selfPoints − points = %s，实际为 %s");

    private FormatProblems() {
    }
}
