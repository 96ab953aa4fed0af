package dev.mofan.core.analysis;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Subjective weights (such as AHP's) combined with objective ones (such as entropy weights), by a
 * named rule (组合赋权).
 */
public final class CombinedWeights {

    /** How two weight vectors are combined. */
    public enum Rule implements Term {
        /** wⱼ = α sⱼ + (1 − α) oⱼ (线性加权). */
        LINEAR("线性加权", "linear"),
        /** wⱼ = sⱼ oⱼ / Σₖ sₖ oₖ (乘法合成). */
        MULTIPLICATIVE("乘法合成", "multiplicative");

        private final Label label;

        Rule(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    private CombinedWeights() {
    }

    /**
     * {@return the combined weights at full precision (show them with {@link Weights#shown})}
     *
     * @param subjective the subjective weights, such as AHP's
     * @param objective the objective weights, such as entropy weights, one per subjective weight
     * @param rule how the two are combined
     * @param alpha for {@link Rule#LINEAR}: the share of the subjective weights, 0 to 1
     * @throws IllegalArgumentException if the vectors differ in length, α is outside [0, 1], or a
     *     multiplicative combination has nothing in common (every product 0)
     */
    public static List<BigDecimal> of(List<BigDecimal> subjective, List<BigDecimal> objective, Rule rule,
            BigDecimal alpha) {
        if (subjective.size() != objective.size() || subjective.isEmpty()) {
            throw new IllegalArgumentException("Both weight vectors have the same criteria");
        }
        if (alpha.signum() < 0 || alpha.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("alpha is from 0 to 1, not " + alpha);
        }
        List<BigDecimal> combined = new ArrayList<>();
        for (int j = 0; j < subjective.size(); j++) {
            combined.add(rule == Rule.LINEAR
                    ? alpha.multiply(subjective.get(j), BigMath.MC).add(BigDecimal.ONE.subtract(alpha)
                            .multiply(objective.get(j), BigMath.MC), BigMath.MC)
                    : subjective.get(j).multiply(objective.get(j), BigMath.MC));
        }
        if (combined.stream().allMatch(w -> w.signum() == 0)) {
            throw new IllegalArgumentException("The weights have no criterion in common");
        }
        return Weights.normalise(combined);
    }
}
