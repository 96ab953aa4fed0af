package dev.mofan.core.analysis;

import dev.mofan.core.spi.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A pairwise comparison matrix (判断矩阵) on Saaty's 1–9 scale: entry (i, j) says how much more
 * important criterion i is than j, as 1, 2, …, 9 or a reciprocal 1/2, …, 1/9, kept as exact
 * fractions; the diagonal is 1 and every entry is the reciprocal of its mirror.
 *
 * @param entries the rows, each of the same length as there are rows, 1 to {@link #MAX_ORDER}
 */
public record PairwiseMatrix(List<List<Fraction>> entries) {

    /** The largest order: Saaty's random indices go to 15. */
    public static final int MAX_ORDER = 15;

    /**
     * Checks the shape, the scale, the diagonal and reciprocity.
     *
     * @param entries the rows, each of the same length as there are rows, 1 to {@link #MAX_ORDER}
     */
    public PairwiseMatrix {
        List<List<Fraction>> copy = new ArrayList<>();
        entries.forEach(row -> copy.add(List.copyOf(row)));
        entries = List.copyOf(copy);
        int n = entries.size();
        if (n < 1 || n > MAX_ORDER) {
            throw new IllegalArgumentException("A pairwise matrix has 1 to " + MAX_ORDER + " rows, not " + n);
        }
        for (int i = 0; i < n; i++) {
            if (entries.get(i).size() != n) {
                throw new IllegalArgumentException("Row " + i + " has " + entries.get(i).size() + " entries, not " + n);
            }
            for (int j = 0; j < n; j++) {
                Fraction a = entries.get(i).get(j);
                if (!onScale(a)) {
                    throw new IllegalArgumentException("Entry (" + i + ", " + j + ") " + a + " is not on the 1–9 scale");
                }
                if (i == j && !a.sameValue(Fraction.ONE)) {
                    throw new IllegalArgumentException("Diagonal entry " + i + " is " + a + ", not 1");
                }
                if (!a.multiply(entries.get(j).get(i)).sameValue(Fraction.ONE)) {
                    throw new IllegalArgumentException("Entries (" + i + ", " + j + ") and (" + j + ", " + i
                            + ") are not reciprocal");
                }
            }
        }
    }

    /**
     * {@return whether {@code value} is 1–9 or 1/2–1/9: Saaty's scale}
     *
     * @param value the entry
     */
    public static boolean onScale(Fraction value) {
        for (int k = 1; k <= 9; k++) {
            BigDecimal scale = BigDecimal.valueOf(k);
            if (value.sameValue(Fraction.of(scale)) || value.sameValue(Fraction.of(BigDecimal.ONE, scale))) {
                return true;
            }
        }
        return false;
    }

    /** {@return the order n} */
    public int order() {
        return entries.size();
    }

    /** Entry (i, j) at full precision. */
    BigDecimal at(int i, int j) {
        Fraction a = entries.get(i).get(j);
        return a.numerator().divide(a.denominator(), BigMath.MC);
    }
}
