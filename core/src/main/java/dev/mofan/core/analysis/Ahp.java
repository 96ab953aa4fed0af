package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytic hierarchy process (层次分析法, Saaty 1980): weights from a pairwise comparison matrix
 * by a named method, with λmax, the consistency index CI and the consistency ratio CR against a named
 * random-index table; and global weights through the levels of a hierarchy.
 *
 * <pre>{@code
 * AhpResult result = Ahp.weights(matrix, AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980);
 * result.weights();      // [0.6370, 0.2583, 0.1047]
 * result.consistent();   // CR ≤ 0.1
 * }</pre>
 */
public final class Ahp {

    /** The CR threshold of Saaty's rule of thumb. */
    public static final BigDecimal THRESHOLD = new BigDecimal("0.1");

    private static final BigDecimal CONVERGED = new BigDecimal("1e-32");
    private static final int MAX_ITERATIONS = 10_000;

    private Ahp() {
    }

    /**
     * {@return the weights of {@code matrix} by {@code method}, CR against {@code table} and the threshold 0.1}
     *
     * @param matrix the pairwise comparison matrix (判断矩阵)
     * @param method how the weights are drawn
     * @param table the random-index table CR is computed with
     */
    public static AhpResult weights(PairwiseMatrix matrix, AhpMethod method, RandomIndex table) {
        return weights(matrix, method, table, THRESHOLD);
    }

    /**
     * {@return the weights of {@code matrix} by {@code method}, CR against {@code table}, consistent up to
     * {@code threshold}}
     *
     * @param matrix the pairwise comparison matrix (判断矩阵)
     * @param method how the weights are drawn
     * @param table the random-index table CR is computed with
     * @param threshold the CR at or below which the matrix counts as consistent
     */
    public static AhpResult weights(PairwiseMatrix matrix, AhpMethod method, RandomIndex table, BigDecimal threshold) {
        int n = matrix.order();
        List<BigDecimal> w = switch (method) {
            case EIGENVECTOR -> eigenvector(matrix);
            case GEOMETRIC_MEAN -> geometricMean(matrix);
            case ARITHMETIC_MEAN -> arithmeticMean(matrix);
        };
        BigDecimal lambda = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal row = BigDecimal.ZERO;
            for (int j = 0; j < n; j++) {
                row = row.add(matrix.at(i, j).multiply(w.get(j), BigMath.MC), BigMath.MC);
            }
            lambda = lambda.add(row.divide(w.get(i), BigMath.MC), BigMath.MC);
        }
        lambda = lambda.divide(BigDecimal.valueOf(n), BigMath.MC);
        BigDecimal ci = n <= 2 ? BigDecimal.ZERO
                : lambda.subtract(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(n - 1L), BigMath.MC);
        BigDecimal ri = table.of(n);
        BigDecimal cr = ri.signum() == 0 ? BigDecimal.ZERO : ci.divide(ri, BigMath.MC);
        return new AhpResult(method, table, Weights.shown(w, Weights.SCALE), w, lambda, ci, cr, threshold);
    }

    /** Power iteration from the uniform vector until no weight moves by more than 1e-32. */
    private static List<BigDecimal> eigenvector(PairwiseMatrix matrix) {
        int n = matrix.order();
        List<BigDecimal> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(BigDecimal.ONE.divide(BigDecimal.valueOf(n), BigMath.MC));
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            List<BigDecimal> next = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BigDecimal row = BigDecimal.ZERO;
                for (int j = 0; j < n; j++) {
                    row = row.add(matrix.at(i, j).multiply(w.get(j), BigMath.MC), BigMath.MC);
                }
                next.add(row);
            }
            next = Weights.normalise(next);
            BigDecimal moved = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                moved = moved.max(next.get(i).subtract(w.get(i)).abs());
            }
            w = next;
            if (moved.compareTo(CONVERGED) <= 0) {
                break;
            }
        }
        return List.copyOf(w);
    }

    private static List<BigDecimal> geometricMean(PairwiseMatrix matrix) {
        int n = matrix.order();
        List<BigDecimal> means = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal product = BigDecimal.ONE;
            for (int j = 0; j < n; j++) {
                product = product.multiply(matrix.at(i, j), BigMath.MC);
            }
            means.add(BigMath.root(product, n));
        }
        return Weights.normalise(means);
    }

    private static List<BigDecimal> arithmeticMean(PairwiseMatrix matrix) {
        int n = matrix.order();
        List<BigDecimal> columnSums = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                sum = sum.add(matrix.at(i, j), BigMath.MC);
            }
            columnSums.add(sum);
        }
        List<BigDecimal> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal row = BigDecimal.ZERO;
            for (int j = 0; j < n; j++) {
                row = row.add(matrix.at(i, j).divide(columnSums.get(j), BigMath.MC), BigMath.MC);
            }
            rows.add(row.divide(BigDecimal.valueOf(n), BigMath.MC));
        }
        return Weights.normalise(rows);
    }

    /**
     * {@return global weights through one more level of a hierarchy: each child's local weight times its
     * parent's global weight (层次总排序)} {@code children.get(p)} are the local weights of parent p's
     * children; the result lists them in the same order, parent by parent.
     *
     * @param parents the global weights of the parents
     * @param children for each parent, in the same order, the local weights of its children
     */
    public static List<BigDecimal> global(List<BigDecimal> parents, List<List<BigDecimal>> children) {
        if (parents.size() != children.size()) {
            throw new IllegalArgumentException(parents.size() + " parents but " + children.size() + " groups of children");
        }
        List<BigDecimal> global = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            for (BigDecimal local : children.get(p)) {
                global.add(parents.get(p).multiply(local, BigMath.MC));
            }
        }
        return List.copyOf(global);
    }
}
