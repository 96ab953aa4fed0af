package dev.mofan.core.analysis;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.util.List;

/**
 * A published table of random consistency indices RI(n), the mean CI of random reciprocal matrices
 * of order n: CR = CI / RI. Results name the table they used, since published tables differ.
 */
public enum RandomIndex implements Term {
    /** Saaty, The Analytic Hierarchy Process (1980): the default. */
    SAATY_1980("Saaty 1980", "Saaty (1980)",
            "0", "0", "0.58", "0.90", "1.12", "1.24", "1.32", "1.41", "1.45", "1.49", "1.51", "1.48", "1.56", "1.57",
            "1.59"),
    /** The table common in Chinese textbooks (许树柏《实用决策方法——层次分析法原理》, 1988). */
    XU_1988("许树柏 1988", "Xu Shubo (1988)",
            "0", "0", "0.58", "0.90", "1.12", "1.24", "1.32", "1.41", "1.45", "1.49", "1.51", "1.54", "1.56", "1.58",
            "1.59");

    private final Label label;
    private final List<BigDecimal> values;

    RandomIndex(String zh, String en, String... values) {
        this.label = Label.of(zh, en);
        this.values = java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Override
    public Label label() {
        return label;
    }

    /** RI for a matrix of order {@code n}, 1 to 15. */
    public BigDecimal of(int n) {
        if (n < 1 || n > values.size()) {
            throw new IllegalArgumentException("RI is tabled for orders 1 to " + values.size() + ", not " + n);
        }
        return values.get(n - 1);
    }
}
