package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzy comprehensive evaluation (模糊综合评价): a weight vector W over factors composed with a
 * membership matrix R (rows factors, columns grades, rᵢⱼ the share of inspectors rating factor i in
 * grade j) by a named operator, B = W ∘ R; the result read by maximum membership (最大隶属度原则) or as a
 * weighted grade score.
 */
public final class FuzzyEvaluation {

    private FuzzyEvaluation() {
    }

    /**
     * {@return B = W ∘ R, raw (not normalised), at full precision}
     *
     * @param weights W, one weight in [0, 1] per factor
     * @param membership R, one row per factor, one column per grade, each membership in [0, 1]
     * @param operator the composition operator (合成算子)
     * @throws IllegalArgumentException if R is not rectangular or has another number of rows than W
     *     has weights, or a weight or membership is outside [0, 1]
     */
    public static List<BigDecimal> compose(List<BigDecimal> weights, List<List<BigDecimal>> membership,
            FuzzyOperator operator) {
        if (weights.isEmpty() || membership.size() != weights.size()) {
            throw new IllegalArgumentException("R has one row per weight");
        }
        int grades = membership.get(0).size();
        if (grades < 1 || membership.stream().anyMatch(row -> row.size() != grades)) {
            throw new IllegalArgumentException("Every row of R has the same number of grades");
        }
        if (weights.stream().anyMatch(FuzzyEvaluation::outsideUnit)
                || membership.stream().flatMap(List::stream).anyMatch(FuzzyEvaluation::outsideUnit)) {
            throw new IllegalArgumentException("Weights and memberships lie in [0, 1]");
        }
        List<BigDecimal> b = new ArrayList<>();
        for (int j = 0; j < grades; j++) {
            BigDecimal value = BigDecimal.ZERO;
            for (int i = 0; i < weights.size(); i++) {
                BigDecimal w = weights.get(i);
                BigDecimal r = membership.get(i).get(j);
                value = switch (operator) {
                    case MIN_MAX -> value.max(w.min(r));
                    case PRODUCT_MAX -> value.max(w.multiply(r, BigMath.MC));
                    case MIN_BOUNDEDSUM -> value.add(w.min(r), BigMath.MC);
                    case PRODUCT_SUM -> value.add(w.multiply(r, BigMath.MC), BigMath.MC);
                };
            }
            b.add(operator == FuzzyOperator.MIN_BOUNDEDSUM ? value.min(BigDecimal.ONE) : value);
        }
        return List.copyOf(b);
    }

    /**
     * {@return {@code b} divided by its sum (归一化); empty when it sums to 0}
     *
     * @param b the composed vector B
     */
    public static Optional<List<BigDecimal>> normalized(List<BigDecimal> b) {
        BigDecimal sum = b.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.signum() == 0 ? Optional.empty() : Optional.of(Weights.normalise(b));
    }

    /**
     * {@return a membership matrix from inspectors' ratings: {@code counts.get(i).get(j)} inspectors rated
     * factor i in grade j; rᵢⱼ is that count over the factor's ratings}
     *
     * @param counts for each factor, how many inspectors rated it in each grade
     * @throws IllegalArgumentException if a count is negative or a factor has no rating
     */
    public static List<List<BigDecimal>> membership(List<List<Long>> counts) {
        List<List<BigDecimal>> r = new ArrayList<>();
        for (List<Long> row : counts) {
            long total = row.stream().mapToLong(Long::longValue).sum();
            if (total <= 0 || row.stream().anyMatch(c -> c < 0)) {
                throw new IllegalArgumentException("Each factor has at least one rating and no negative count");
            }
            List<BigDecimal> shares = new ArrayList<>();
            row.forEach(c -> shares.add(BigDecimal.valueOf(c).divide(BigDecimal.valueOf(total), BigMath.MC)));
            r.add(List.copyOf(shares));
        }
        return List.copyOf(r);
    }

    /**
     * {@return the grade (0-based) with the largest membership, the first on a tie (最大隶属度原则)}
     *
     * @param b the composed vector B
     */
    public static int maxMembership(List<BigDecimal> b) {
        int best = 0;
        for (int j = 1; j < b.size(); j++) {
            if (b.get(j).compareTo(b.get(best)) > 0) {
                best = j;
            }
        }
        return best;
    }

    /**
     * {@return Σⱼ bⱼ sⱼ / Σⱼ bⱼ with a score sⱼ per grade (such as 95, 85, 70, 50); empty when B sums to 0}
     *
     * @param b the composed vector B
     * @param gradeScores a score per grade, in grade order
     */
    public static Optional<BigDecimal> score(List<BigDecimal> b, List<BigDecimal> gradeScores) {
        if (gradeScores.size() != b.size()) {
            throw new IllegalArgumentException("One score per grade");
        }
        BigDecimal sum = b.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (int j = 0; j < b.size(); j++) {
            weighted = weighted.add(b.get(j).multiply(gradeScores.get(j), BigMath.MC), BigMath.MC);
        }
        return Optional.of(weighted.divide(sum, BigMath.MC));
    }

    private static boolean outsideUnit(BigDecimal value) {
        return value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0;
    }
}
