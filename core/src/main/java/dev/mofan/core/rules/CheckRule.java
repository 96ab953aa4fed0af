package dev.mofan.core.rules;

import dev.mofan.core.internal.Decimals;
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
import java.util.Optional;
import java.util.Set;

/** {@code check} (是否项): the item's points (or {@code points}) when a flag is true, else 0. */
public final class CheckRule implements ScoringRuleProvider {

    @Override
    public String ruleId() {
        return "check";
    }

    @Override
    public Label name() {
        return Label.of("是否项", "yes/no check");
    }

    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.of(Param.number("points", Label.of("完成时得分（默认满分）", "points when done (default: the maximum)"))
                .above(BigDecimal.ZERO));
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        config.singleKey(KeyType.FLAG);
        BigDecimal points = config.params().decimal("points").orElse(config.maxPoints());
        Params.inRange(config, "points", points, false);
        return new Check(points, config.maxPoints());
    }

    private record Check(BigDecimal points, BigDecimal maxPoints) implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            boolean holds = input.first().flag().orElse(false);
            BigDecimal earned = holds ? points : BigDecimal.ZERO;
            if (!input.traced()) {
                return RuleResult.of(earned);
            }
            String p = Decimals.text(earned);
            return RuleResult.of(earned, TraceStep.of("check",
                    holds ? "done: " + p + " points" : "not done: 0 points",
                    holds ? "已完成：得 " + p + " 分" : "未完成：得 0 分")
                    .with("done", holds).with("points", earned));
        }

        @Override
        public Set<RuleCapability> capabilities() {
            return Set.of(RuleCapability.MONOTONE, RuleCapability.COMBINED_VALUE);
        }

        @Override
        public Optional<BigDecimal> highestPoints() {
            return Optional.of(points);
        }
    }
}
