package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/**
 * How several records of one subject, key and period combine into one value
 * (docs/scheme-format.md, Keys, says which combination suits which {@link KeyType}).
 */
public enum Combination implements Term {
    /** The sum of the values. */
    SUM("求和", "sum"),
    /** The largest value (for flags: true if any is). */
    MAX("最大值", "max"),
    /** The smallest value (for flags: true if all are). */
    MIN("最小值", "min"),
    /** The value of the latest record. */
    LATEST("最新值", "latest"),
    /** The arithmetic mean. */
    MEAN("平均值", "mean"),
    /** The median (mean of the two middle values for an even number). */
    MEDIAN("中位数", "median"),
    /** The mean after dropping the highest and the lowest values (去掉最高分和最低分). */
    TRIMMED_MEAN("去掉最高最低后的平均值", "trimmed mean"),
    /** The number of distinct case ids. */
    DISTINCT_CASES("不同案件数", "distinct cases");

    private final Label label;

    Combination(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
