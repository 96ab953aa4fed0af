package dev.mofan.core.analysis;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A published table of random consistency indices RI(n), the mean CI of random reciprocal matrices
 * of order n: CR = CI / RI. Results name the table they used, since published tables differ.
 */
public enum RandomIndex implements Term {
    /**
     * Saaty, The Analytic Hierarchy Process (1980), as widely reproduced (orders 11–15, with 1.48 at
     * 12, as they circulate): the default.
     */
    SAATY_1980("Saaty 1980", "Saaty (1980)",
            "0", "0", "0.58", "0.90", "1.12", "1.24", "1.32", "1.41", "1.45", "1.49", "1.51", "1.48", "1.56", "1.57",
            "1.59"),
    /** Saaty, Theory and Applications of the Analytic Network Process (2005), p. 31. */
    SAATY_2005("Saaty 2005", "Saaty (2005)",
            "0", "0", "0.52", "0.89", "1.11", "1.25", "1.35", "1.40", "1.45", "1.49", "1.52", "1.54", "1.56", "1.58",
            "1.59"),
    /**
     * Alonso and Lamata, Consistency in the analytic hierarchy process: a new approach (2006),
     * from 100,000 random matrices per order.
     */
    ALONSO_LAMATA_2006("Alonso–Lamata 2006", "Alonso and Lamata (2006)",
            "0", "0", "0.5245", "0.8815", "1.1086", "1.2479", "1.3417", "1.4056", "1.4499", "1.4854", "1.5141",
            "1.5365", "1.5551", "1.5713", "1.5838");

    private final Label label;
    private final List<BigDecimal> values;

    RandomIndex(String zh, String en, String... values) {
        this.label = Label.of(zh, en);
        this.values = Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Override
    public Label label() {
        return label;
    }

    /**
     * {@return RI for a matrix of order {@code n}, 1 to 15}
     *
     * @param n the matrix's order
     */
    public BigDecimal of(int n) {
        if (n < 1 || n > values.size()) {
            throw new IllegalArgumentException("RI is tabled for orders 1 to " + values.size() + ", not " + n);
        }
        return values.get(n - 1);
    }
}
