package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** What the value of an evidence record under a key is (docs/scheme-format.md, Keys). */
public enum KeyType implements Term {
    /** A yes/no fact: {@code true} or {@code false}. */
    FLAG("是否", "flag"),
    /** A number of occurrences: an integer ≥ 0. */
    COUNT("次数", "count"),
    /** Any decimal amount. */
    AMOUNT("数额", "amount"),
    /** A share in [0, 1], or a text {@code "357/566"}. */
    RATIO("比率", "ratio"),
    /** A rater's score (a number), or a grade from the key's values. */
    RATING("评议", "rating"),
    /** Points given directly: a decimal ≥ 0. */
    POINTS("分值", "points"),
    /** One of the key's values, such as a severity. */
    CATEGORY("类别", "category");

    private final Label label;

    KeyType(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
