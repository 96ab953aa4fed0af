package dev.mofan.core.rules;

import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.Fraction;
import dev.mofan.core.spi.ParamsSchema.Param;
import dev.mofan.core.spi.ParamsSchema;
import dev.mofan.core.spi.RuleCapability;
import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.RuleInput;
import dev.mofan.core.spi.RuleParams;
import dev.mofan.core.spi.RuleResult;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code tiers} (分档项): the points of the first tier whose {@code atLeast} the value reaches
 * (tiers listed from the highest threshold down), else {@code otherwise}.
 */
public final class TiersRule implements ScoringRuleProvider {

    @Override
    public String ruleId() {
        return "tiers";
    }

    @Override
    public Label name() {
        return Label.of("分档项", "tiers");
    }

    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.of(
                Param.objects("tiers", Label.of("分档，门槛从高到低", "tiers, thresholds highest first"), ParamsSchema.of(
                        Param.number("atLeast", Label.of("门槛", "threshold the value reaches")).required(),
                        Param.number("points", Label.of("本档得分", "points of the tier")).required()
                                .atLeast(BigDecimal.ZERO))).required(),
                Param.number("otherwise", Label.of("未达任何一档时得分（默认 0）", "points below every tier (default 0)"))
                        .atLeast(BigDecimal.ZERO));
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        Optional<EvidenceKey> key = config.singleKey(KeyType.COUNT, KeyType.AMOUNT, KeyType.POINTS, KeyType.RATIO,
                KeyType.RATING);
        if (key.isPresent() && key.get().isGraded()) {
            config.rejectKeys("key '" + key.get().id() + "' holds grades, not numbers; use the rating rule",
                    "指标键 '" + key.get().id() + "' 的取值为等次而非数字，请使用 rating 规则");
        }
        List<Tier> tiers = new ArrayList<>();
        Optional<List<RuleParams>> read = config.params().objects("tiers", true);
        if (read.isPresent() && read.get().isEmpty()) {
            config.params().reject("tiers", "must list at least one tier", "至少列出一档");
        }
        List<RuleParams> written = read.orElse(List.of());
        for (RuleParams tier : written) {
            Optional<BigDecimal> atLeast = tier.requiredDecimal("atLeast");
            Optional<BigDecimal> points = tier.requiredDecimal("points");
            points.ifPresent(p -> {
                if (p.signum() < 0 || p.compareTo(config.maxPoints()) > 0) {
                    tier.reject("points", "must lie in [0, " + config.maxPoints().toPlainString()
                            + "] (the item's maxPoints), but was " + p.toPlainString(),
                            "须在 [0, " + config.maxPoints().toPlainString() + "]（本项满分）之内，实际为 " + p.toPlainString());
                }
            });
            if (atLeast.isPresent() && !tiers.isEmpty() && atLeast.get().compareTo(tiers.get(tiers.size() - 1).atLeast()) >= 0) {
                tier.reject("atLeast", "must be lower than the tier before it ("
                        + tiers.get(tiers.size() - 1).atLeast().toPlainString() + ")",
                        "须低于上一档（" + tiers.get(tiers.size() - 1).atLeast().toPlainString() + "）");
            }
            if (atLeast.isPresent() && points.isPresent()) {
                tiers.add(new Tier(atLeast.get(), points.get()));
            }
        }
        BigDecimal otherwise = config.params().decimal("otherwise").orElse(BigDecimal.ZERO);
        Params.inRange(config, "otherwise", otherwise, true);
        return new Tiers(List.copyOf(tiers), otherwise);
    }

    private record Tier(BigDecimal atLeast, BigDecimal points) {
    }

    private record Tiers(List<Tier> tiers, BigDecimal otherwise) implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            Optional<Fraction> value = input.first().exact();
            if (value.isPresent()) {
                for (Tier tier : tiers) {
                    if (value.get().compareTo(tier.atLeast()) >= 0) {
                        return !input.traced() ? RuleResult.of(tier.points()) : RuleResult.of(tier.points(), TraceStep.of("tier",
                                Decimals.brief(value.get()) + " reaches the tier ≥ " + Decimals.text(tier.atLeast()) + ": "
                                        + Decimals.text(tier.points()) + " points",
                                Decimals.brief(value.get()) + " 达到 ≥ " + Decimals.text(tier.atLeast()) + " 档：得 "
                                        + Decimals.text(tier.points()) + " 分")
                                .with("value", value.get().approximate()).with("atLeast", tier.atLeast())
                                .with("points", tier.points()));
                    }
                }
            }
            if (!input.traced()) {
                return RuleResult.of(otherwise);
            }
            String shown = value.map(Decimals::brief).orElse("no value");
            return RuleResult.of(otherwise, TraceStep.of("tier",
                    shown + " reaches no tier: " + Decimals.text(otherwise) + " points",
                    value.map(Decimals::brief).orElse("无取值") + " 未达到任何一档：得 " + Decimals.text(otherwise) + " 分")
                    .with("points", otherwise));
        }

        @Override
        public Set<RuleCapability> capabilities() {
            BigDecimal below = otherwise;
            for (int i = tiers.size() - 1; i >= 0; i--) {
                if (tiers.get(i).points().compareTo(below) < 0) {
                    return Set.of(RuleCapability.COMBINED_VALUE);
                }
                below = tiers.get(i).points();
            }
            return Set.of(RuleCapability.MONOTONE, RuleCapability.COMBINED_VALUE);
        }

        @Override
        public Optional<BigDecimal> highestPoints() {
            BigDecimal best = otherwise;
            for (Tier tier : tiers) {
                best = Decimals.max(best, tier.points());
            }
            return Optional.of(best);
        }
    }
}
