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
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ratio} (完成率): the maximum times the completion ratio (reaching {@code full} gives full
 * points), or 0 below {@code threshold}.
 */
public final class RatioRule implements ScoringRuleProvider {

    @Override
    public String ruleId() {
        return "ratio";
    }

    @Override
    public Label name() {
        return Label.of("完成率", "completion ratio");
    }

    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.of(
                Param.number("threshold", Label.of("低于此比率不得分", "ratio below which the item scores 0"))
                        .atLeast(BigDecimal.ZERO).atMost(BigDecimal.ONE),
                Param.number("full", Label.of("达到此比率得满分（默认 1）", "ratio at which the item scores full (default 1)"))
                        .above(BigDecimal.ZERO).atMost(BigDecimal.ONE));
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        config.singleKey(KeyType.RATIO);
        BigDecimal threshold = Params.share(config.params(), "threshold").orElse(BigDecimal.ZERO);
        Optional<BigDecimal> full = Params.share(config.params(), "full");
        if (full.isPresent() && full.get().signum() == 0) {
            config.params().reject("full", "must be greater than 0", "须大于 0");
        }
        BigDecimal fullAt = full.filter(f -> f.signum() > 0).orElse(BigDecimal.ONE);
        if (threshold.compareTo(fullAt) > 0) {
            config.params().reject("threshold", "must not exceed full (" + fullAt.toPlainString() + ")",
                    "不得大于 full（" + fullAt.toPlainString() + "）");
        }
        return new Ratio(threshold, fullAt);
    }

    private record Ratio(BigDecimal threshold, BigDecimal full) implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            Optional<Fraction> ratio = input.first().exact();
            if (ratio.isEmpty()) {
                return !input.traced() ? RuleResult.of(BigDecimal.ZERO) : RuleResult.of(BigDecimal.ZERO, TraceStep.of("ratio", "no ratio: 0 points", "无比率：得 0 分"));
            }
            Fraction r = ratio.get();
            if (!input.traced()) {
                return RuleResult.of(r.compareTo(threshold) < 0 ? Fraction.ZERO
                        : Fraction.ONE.min(r.divide(full)).multiply(input.maxPoints()));
            }
            if (r.compareTo(threshold) < 0) {
                return RuleResult.of(BigDecimal.ZERO, TraceStep.of("threshold",
                        "ratio " + Decimals.brief(r) + " below the threshold " + Decimals.text(threshold) + ": 0 points",
                        "比率 " + Decimals.brief(r) + " 低于门槛 " + Decimals.text(threshold) + "：得 0 分")
                        .with("ratio", r.approximate()).with("threshold", threshold));
            }
            Fraction share = Fraction.ONE.min(r.divide(full));
            Fraction points = share.multiply(input.maxPoints());
            return RuleResult.of(points, TraceStep.of("ratio",
                    Decimals.text(input.maxPoints()) + " × " + Decimals.brief(share) + " = " + Decimals.brief(points),
                    "满分 " + Decimals.text(input.maxPoints()) + " × " + Decimals.brief(share) + " = "
                            + Decimals.brief(points))
                    .with("ratio", r.approximate()).with("share", share.approximate()).with("points", points.approximate()));
        }

        @Override
        public Set<RuleCapability> capabilities() {
            return Set.of(RuleCapability.MONOTONE, RuleCapability.COMBINED_VALUE);
        }
    }
}
