package dev.mofan.examples;

import dev.mofan.core.spi.Fraction;
import dev.mofan.core.spi.ParamsSchema.Param;
import dev.mofan.core.spi.ParamsSchema;
import dev.mofan.core.spi.RuleCapability;
import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.RuleInput;
import dev.mofan.core.spi.RuleResult;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A scoring rule of one's own, {@code at-least}: full points once a count reaches {@code target},
 * in proportion below it. Registered in {@code META-INF/services/dev.mofan.core.spi.ScoringRuleProvider}.
 */
public final class AtLeastRule implements ScoringRuleProvider {

    @Override
    public String ruleId() {
        return "at-least";
    }

    @Override
    public Label name() {
        return Label.of("达标计分", "full points at a target");
    }

    /** What {@code params} takes, for the scheme format's JSON Schema ({@code mofan schema scheme}). */
    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.of(Param.number("target", Label.of("达标次数", "count that earns full points"))
                .required().above(BigDecimal.ZERO));
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        config.singleKey(KeyType.COUNT);                        // problems become errors at JSON paths
        BigDecimal target = config.params().requiredDecimal("target").orElse(BigDecimal.ONE);
        if (target.signum() <= 0) {
            config.params().reject("target", "must be greater than 0", "须大于 0");
        }
        return new AtLeast(target);
    }

    /** The configured rule: immutable, so safe on many threads. */
    private record AtLeast(BigDecimal target) implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            BigDecimal n = input.first().number().orElse(BigDecimal.ZERO);
            // An exact share of the maximum: the engine rounds it once, to the scheme's scale.
            Fraction share = n.compareTo(target) >= 0 ? Fraction.ONE : Fraction.of(n, target);
            Fraction points = share.multiply(input.maxPoints());
            String shown = points.approximate().stripTrailingZeros().toPlainString();
            return RuleResult.of(points, TraceStep.of("at-least",
                    n.toPlainString() + " of " + target.toPlainString() + " → " + shown,
                    "完成 " + n.toPlainString() + " / " + target.toPlainString() + " → " + shown)
                    .with("count", n).with("target", target).with("points", points.approximate()));
        }

        @Override
        public Set<RuleCapability> capabilities() {
            return Set.of(RuleCapability.MONOTONE, RuleCapability.COMBINED_VALUE);   // reads only the combined count
        }
    }
}
