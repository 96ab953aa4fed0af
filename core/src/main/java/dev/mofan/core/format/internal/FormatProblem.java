package dev.mofan.core.format.internal;

import dev.mofan.model.error.Problem;

/** Problems with the syntax and shape of a document. Codes are listed in docs/errors.md. */
public enum FormatProblem implements Problem {
    MALFORMED("syntax.malformed",
            "malformed %s at line %s, column %s: %s",
            "%s 格式错误（第 %s 行第 %s 列）：%s"),
    NOT_UTF8("syntax.encoding",
            "not UTF-8 text at line %s, column %s: save the file as UTF-8 (GBK or GB18030 files must be converted)",
            "第 %s 行第 %s 列不是 UTF-8 文本：请将文件另存为 UTF-8（GBK、GB18030 编码的文件需要转换）"),
    EMPTY("syntax.empty",
            "the document is empty",
            "文档为空"),
    DUPLICATE_KEY("syntax.duplicate-key",
            "the key '%s' appears twice in this object; the second one is ignored",
            "同一对象中字段 '%s' 出现两次，第二次被忽略"),
    TRAILING("syntax.trailing",
            "unexpected content after the end of the document, at line %s",
            "文档结束后还有多余内容（第 %s 行）"),
    NOT_A_NUMBER("syntax.not-a-number",
            "NaN and Infinity are not numbers here: write a finite number",
            "此处不允许 NaN 或 Infinity，请填写有限数值"),
    YAML_ALIAS("syntax.yaml-alias",
            "YAML aliases (*%s) are not accepted: write the value out",
            "不接受 YAML 别名（*%s），请直接写出取值"),
    UNSUPPORTED_VALUE("syntax.unsupported",
            "this kind of value (%s) is not accepted",
            "不接受这种取值（%s）"),
    STRING_TOO_LONG("limit.string",
            "a string or key is longer than %s characters",
            "字符串或字段名超过 %s 个字符"),
    TOO_DEEP("limit.nesting",
            "objects and arrays are nested more than %s levels deep",
            "对象和数组嵌套超过 %s 层"),
    DOCUMENT_TOO_LONG("limit.document",
            "the document is longer than %s characters",
            "文档超过 %s 个字符"),
    UNKNOWN_PROPERTY("property.unknown",
            "unknown property '%s'; expected one of: %s",
            "未知字段 '%s'；可用字段：%s"),
    MISSING("property.missing",
            "required property is missing",
            "缺少必填字段"),
    WRONG_TYPE("type.mismatch",
            "must be %s, but was %s",
            "应为%s，实际为%s"),
    UNKNOWN_VALUE("value.unknown",
            "unknown %s '%s'; expected one of: %s",
            "未知的%s '%s'；可选值：%s"),
    BLANK("text.blank",
            "must not be blank",
            "不能为空白"),
    TOO_LONG("text.too-long",
            "is %s characters long; at most %s are allowed",
            "长度为 %s 个字符，最多允许 %s 个"),
    LABEL_EMPTY("label.empty",
            "a name needs 'zh' or 'en' (or is a plain string, taken as Chinese)",
            "名称至少需要 zh 或 en 之一（也可直接写字符串，视为中文）");

    private final String code;
    private final String en;
    private final String zh;

    FormatProblem(String code, String en, String zh) {
        this.code = code;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String en() {
        return en;
    }

    @Override
    public String zh() {
        return zh;
    }
}
