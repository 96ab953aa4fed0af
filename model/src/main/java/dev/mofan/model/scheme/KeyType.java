package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.List;

/** What the value of an evidence record under a key is (docs/scheme-format.md, Keys). */
public enum KeyType implements Term {
    /** A yes/no fact: {@code true} or {@code false}. */
    FLAG("是否", "flag", Combination.LATEST, Combination.MAX, Combination.MIN),
    /** A number of occurrences: an integer ≥ 0. */
    COUNT("次数", "count", Combination.SUM, Combination.MAX, Combination.MIN, Combination.LATEST,
            Combination.DISTINCT_CASES),
    /** Any decimal amount. */
    AMOUNT("数额", "amount", Combination.SUM, Combination.MAX, Combination.MIN, Combination.LATEST, Combination.MEAN,
            Combination.MEDIAN, Combination.TRIMMED_MEAN),
    /** A share in [0, 1], or a text {@code "357/566"}. */
    RATIO("比率", "ratio", Combination.LATEST, Combination.MAX, Combination.MIN, Combination.MEAN, Combination.MEDIAN),
    /** A rater's score (a number), or a grade from the key's values (then combined by {@code latest} only). */
    RATING("评议", "rating", Combination.MEAN, Combination.MEDIAN, Combination.TRIMMED_MEAN, Combination.LATEST,
            Combination.MAX, Combination.MIN),
    /** Points given directly: a decimal ≥ 0. */
    POINTS("分值", "points", Combination.SUM, Combination.MAX, Combination.MIN, Combination.LATEST, Combination.MEAN,
            Combination.MEDIAN, Combination.TRIMMED_MEAN),
    /** One of the key's values, such as a severity. */
    CATEGORY("类别", "category", Combination.LATEST, Combination.DISTINCT_CASES);

    private final Label label;
    private final List<Combination> combinations;

    KeyType(String zh, String en, Combination... combinations) {
        this.label = Label.of(zh, en);
        this.combinations = List.of(combinations);
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return the combinations that suit records of this type, the default first} */
    public List<Combination> combinations() {
        return combinations;
    }
}
