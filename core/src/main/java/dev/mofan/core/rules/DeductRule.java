package dev.mofan.core.rules;

import dev.mofan.core.internal.Decimals;
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
import dev.mofan.model.scheme.MissingPolicy;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.Set;

/**
 * {@code deduct} (扣完为止): starts from the maximum and loses {@code per} for each shortfall or
 * occurrence, down to 0. Without evidence it scores full points (no shortfall).
 */
public final class DeductRule implements ScoringRuleProvider {

    @Override
    public String ruleId() {
        return "deduct";
    }

    @Override
    public Label name() {
        return Label.of("扣完为止", "deduct down to zero");
    }

    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.of(
                Param.number("per", Label.of("每次扣分", "points taken per shortfall")).required().above(BigDecimal.ZERO));
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        config.singleKey(KeyType.COUNT, KeyType.AMOUNT, KeyType.FLAG);
        return new Deduct(Params.positive(config.params(), "per", true).orElse(BigDecimal.ONE));
    }

    private record Deduct(BigDecimal per) implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            Fraction n = input.first().exact().orElse(Fraction.ZERO);
            Fraction left = Fraction.of(input.maxPoints()).add(n.multiply(per.negate()));
            Fraction points = Fraction.ZERO.max(left);
            if (!input.traced()) {
                return RuleResult.of(points);
            }
            String max = Decimals.text(input.maxPoints());
            return RuleResult.of(points, TraceStep.of("deduct",
                    max + " − " + Decimals.brief(n) + " × " + Decimals.text(per) + " = " + Decimals.brief(left)
                            + (left.signum() < 0 ? ", floored at 0" : ""),
                    "满分 " + max + " − " + Decimals.brief(n) + " 处 × 每处 " + Decimals.text(per) + " 分 = "
                            + Decimals.brief(left) + (left.signum() < 0 ? "，扣完为止记 0 分" : ""))
                    .with("shortfalls", n.approximate()).with("per", per).with("points", points.approximate()));
        }

        @Override
        public Set<RuleCapability> capabilities() {
            return Set.of(RuleCapability.COMBINED_VALUE);
        }

        @Override
        public MissingPolicy defaultMissing() {
            return MissingPolicy.SCORE;
        }
    }
}
