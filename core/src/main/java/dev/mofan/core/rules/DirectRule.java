package dev.mofan.core.rules;

import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.Fraction;
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
import java.util.Set;

/**
 * {@code direct} (直接评分): the points inspectors gave. Points outside {@code [0, max]} are not
 * clipped: the engine's range check fails the item, so a typing slip never becomes a score. On an
 * open-ended item any points {@code ≥ 0} are accepted.
 */
public final class DirectRule implements ScoringRuleProvider {

    @Override
    public String ruleId() {
        return "direct";
    }

    @Override
    public Label name() {
        return Label.of("直接评分", "points given by inspectors");
    }

    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.NONE;
    }

    @Override
    public boolean scoresOpenEnded() {
        return true;
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        config.singleKey(KeyType.POINTS);
        return new Direct();
    }

    private record Direct() implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            Fraction points = input.first().exact().orElse(Fraction.ZERO);
            if (!input.traced()) {
                return RuleResult.of(points);
            }
            return RuleResult.of(points, TraceStep.of("direct",
                    "points given: " + Decimals.brief(points), "评定得分：" + Decimals.brief(points))
                    .with("points", points.approximate()));
        }

        @Override
        public Set<RuleCapability> capabilities() {
            return Set.of(RuleCapability.MONOTONE, RuleCapability.COMBINED_VALUE);
        }
    }
}
