package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.analysis.Ahp;
import dev.mofan.core.analysis.AhpMethod;
import dev.mofan.core.analysis.AhpResult;
import dev.mofan.core.analysis.Direction;
import dev.mofan.core.analysis.EntropyResult;
import dev.mofan.core.analysis.EntropyWeights;
import dev.mofan.core.analysis.FuzzyEvaluation;
import dev.mofan.core.analysis.FuzzyOperator;
import dev.mofan.core.analysis.Normalization;
import dev.mofan.core.analysis.PairwiseMatrix;
import dev.mofan.core.analysis.RandomIndex;
import dev.mofan.core.analysis.Topsis;
import dev.mofan.core.analysis.TopsisResult;
import dev.mofan.core.analysis.Weights;
import dev.mofan.core.spi.Fraction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The analysis methods (docs/analysis.md) over generated inputs: a perfectly consistent matrix
 * gives back its generating weights and CR 0 by every method; shown weights are non-negative and
 * sum to exactly 1; TOPSIS closeness lies in [0, 1] and does not change when a column is scaled by a
 * positive factor; M(·,+) results sum to 1 when the weights and each membership row do.
 */
class AnalysisProperties {

    private static final BigDecimal CLOSE = new BigDecimal("1e-25");

    @Provide
    Arbitrary<List<Integer>> powers() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(9);
    }

    @Property(tries = 100)
    @Label("a matrix aᵢⱼ = wᵢ/wⱼ (weights 2^k, k ≤ 3, so every ratio is on the 1–9 scale) gives back w and CR 0 by "
            + "every method, λmax = n")
    void aConsistentMatrixGivesBackItsWeights(@ForAll("powers") List<Integer> powers) {
        int n = powers.size();
        List<List<Fraction>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            List<Fraction> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(Fraction.of(BigDecimal.valueOf(1L << powers.get(i)), BigDecimal.valueOf(1L << powers.get(j))));
            }
            rows.add(row);
            total = total.add(BigDecimal.valueOf(1L << powers.get(i)));
        }
        PairwiseMatrix matrix = new PairwiseMatrix(rows);
        for (AhpMethod method : AhpMethod.values()) {
            AhpResult result = Ahp.weights(matrix, method, RandomIndex.SAATY_1980);
            for (int i = 0; i < n; i++) {
                BigDecimal expected = BigDecimal.valueOf(1L << powers.get(i)).divide(total, MathContext.DECIMAL128);
                assertTrue(result.unrounded().get(i).subtract(expected).abs().compareTo(CLOSE) < 0,
                        method + " weight " + i + ": " + result.unrounded().get(i) + " vs " + expected);
            }
            assertTrue(result.cr().abs().compareTo(CLOSE) < 0, method + " CR " + result.cr());
            assertTrue(result.lambdaMax().subtract(BigDecimal.valueOf(n)).abs().compareTo(CLOSE) < 0);
            assertTrue(result.consistent());
            sumsToOne(result.weights());
        }
    }

    @Provide
    Arbitrary<List<List<Integer>>> matrices() {
        return Arbitraries.integers().between(0, 50).list().ofSize(4).list().ofMinSize(2).ofMaxSize(8);
    }

    @Property(tries = 200)
    @Label("entropy weights are non-negative and sum to exactly 1 as shown, by either normalisation, whenever some "
            + "criterion varies")
    void entropyWeightsSumToOne(@ForAll("matrices") List<List<Integer>> rows) {
        List<List<BigDecimal>> matrix = decimals(rows);
        boolean varies = false;
        for (int j = 0; j < 4; j++) {
            final int column = j;
            varies |= rows.stream().map(r -> r.get(column)).distinct().count() > 1;
        }
        if (!varies) {
            return;
        }
        for (Normalization normalization : Normalization.values()) {
            EntropyResult result = EntropyWeights.of(matrix, normalization, List.of(Direction.BENEFIT, Direction.COST,
                    Direction.BENEFIT, Direction.COST));
            sumsToOne(result.weights());
            result.degenerate().forEach(j -> assertEquals(0, result.unrounded().get(j).signum(), "degenerate " + j));
        }
    }

    @Property(tries = 200)
    @Label("TOPSIS closeness lies in [0, 1] and does not change when a column is multiplied by a positive factor")
    void topsisClosenessIsBoundedAndScaleFree(@ForAll("matrices") List<List<Integer>> rows,
            @ForAll("factors") int factor) {
        List<List<BigDecimal>> matrix = decimals(rows);
        List<BigDecimal> weights = List.of(new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.2"),
                new BigDecimal("0.1"));
        List<Direction> directions = List.of(Direction.BENEFIT, Direction.COST, Direction.BENEFIT, Direction.COST);
        TopsisResult result = Topsis.of(matrix, weights, directions);
        for (BigDecimal c : result.closeness()) {
            assertTrue(c.signum() >= 0 && c.compareTo(BigDecimal.ONE) <= 0, c.toPlainString());
        }
        List<List<BigDecimal>> scaled = new ArrayList<>();
        for (List<BigDecimal> row : matrix) {
            List<BigDecimal> copy = new ArrayList<>(row);
            copy.set(1, copy.get(1).multiply(BigDecimal.valueOf(factor)));
            scaled.add(copy);
        }
        TopsisResult again = Topsis.of(scaled, weights, directions);
        for (int i = 0; i < matrix.size(); i++) {
            assertTrue(result.closeness().get(i).subtract(again.closeness().get(i)).abs().compareTo(CLOSE) < 0);
        }
        assertEquals(result.ranking(), again.ranking());
    }

    @Provide
    Arbitrary<Integer> factors() {
        return Arbitraries.integers().between(1, 1000);
    }

    @Property(tries = 200)
    @Label("M(·,+) results sum to 1 when the weights and each membership row do")
    void weightedAverageKeepsTheTotal(@ForAll("matrices") List<List<Integer>> rows,
            @ForAll("powers") List<Integer> draws) {
        List<List<Long>> counts = new ArrayList<>();
        rows.forEach(row -> counts.add(row.stream().map(c -> (long) c + 1).toList()));
        List<List<BigDecimal>> membership = FuzzyEvaluation.membership(counts);
        List<BigDecimal> raw = new ArrayList<>();
        for (int i = 0; i < membership.size(); i++) {
            raw.add(BigDecimal.valueOf(draws.get(i % draws.size()) + 1L));
        }
        BigDecimal total = raw.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> weights = raw.stream().map(w -> w.divide(total, MathContext.DECIMAL128)).toList();
        List<BigDecimal> b = FuzzyEvaluation.compose(weights, membership, FuzzyOperator.PRODUCT_SUM);
        BigDecimal sum = b.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(sum.subtract(BigDecimal.ONE).abs().compareTo(CLOSE) < 0, sum.toPlainString());
    }

    private static void sumsToOne(List<BigDecimal> weights) {
        assertTrue(weights.stream().allMatch(w -> w.signum() >= 0 && w.scale() == Weights.SCALE), weights.toString());
        assertEquals(0, BigDecimal.ONE.compareTo(weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add)),
                weights.toString());
    }

    private static List<List<BigDecimal>> decimals(List<List<Integer>> rows) {
        List<List<BigDecimal>> matrix = new ArrayList<>();
        rows.forEach(row -> matrix.add(row.stream().map(BigDecimal::valueOf).toList()));
        return matrix;
    }
}
