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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code count} (计次项): {@code per} points per occurrence, at most {@code cap} occurrences, at most
 * the maximum. Scores open-ended items too (积分制), where only {@code cap} limits it.
 */
public final class CountRule implements ScoringRuleProvider {

    @Override
    public String ruleId() {
        return "count";
    }

    @Override
    public Label name() {
        return Label.of("计次项", "points per occurrence");
    }

    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.of(
                Param.number("per", Label.of("每次得分", "points per occurrence")).required().above(BigDecimal.ZERO),
                Param.number("cap", Label.of("最多计次", "occurrences counted at most")).above(BigDecimal.ZERO));
    }

    @Override
    public boolean scoresOpenEnded() {
        return true;
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        config.singleKey(KeyType.COUNT, KeyType.AMOUNT, KeyType.POINTS);
        Optional<BigDecimal> per = Params.positive(config.params(), "per", true);
        Optional<BigDecimal> cap = Params.positive(config.params(), "cap", false);
        return new Count(per.orElse(BigDecimal.ONE), cap, config.maximum());
    }

    private record Count(BigDecimal per, Optional<BigDecimal> cap, Optional<BigDecimal> maximum)
            implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            Fraction n = input.first().exact().orElse(Fraction.ZERO);
            if (!input.traced()) {
                Fraction counted = cap.isPresent() && n.compareTo(cap.get()) > 0 ? Fraction.of(cap.get()) : n;
                Fraction raw = counted.multiply(per);
                return RuleResult.of(maximum.isPresent() && raw.compareTo(maximum.get()) > 0
                        ? Fraction.of(maximum.get()) : raw);
            }
            List<TraceStep> steps = new ArrayList<>();
            Fraction counted = n;
            if (cap.isPresent() && n.compareTo(cap.get()) > 0) {
                counted = Fraction.of(cap.get());
                steps.add(TraceStep.of("cap-occurrences",
                        Decimals.brief(n) + " occurrences, counted at most " + Decimals.brief(counted),
                        Decimals.brief(n) + " 次，最多计 " + Decimals.brief(counted) + " 次")
                        .with("occurrences", n.approximate()).with("counted", counted.approximate()));
            }
            Fraction raw = counted.multiply(per);
            steps.add(TraceStep.of("count",
                    Decimals.brief(counted) + " × " + Decimals.text(per) + " = " + Decimals.brief(raw),
                    Decimals.brief(counted) + " 次 × 每次 " + Decimals.text(per) + " 分 = " + Decimals.brief(raw))
                    .with("occurrences", counted.approximate()).with("per", per).with("points", raw.approximate()));
            Fraction points = raw;
            if (maximum.isPresent() && raw.compareTo(maximum.get()) > 0) {
                BigDecimal maxPoints = maximum.get();
                points = Fraction.of(maxPoints);
                steps.add(TraceStep.of("max", "capped at the item's maximum " + Decimals.text(maxPoints),
                        "以本项满分 " + Decimals.text(maxPoints) + " 为限").with("points", maxPoints));
            }
            return new RuleResult(points, steps);
        }

        @Override
        public Set<RuleCapability> capabilities() {
            return Set.of(RuleCapability.MONOTONE, RuleCapability.COMBINED_VALUE);
        }

        @Override
        public Optional<BigDecimal> highestPoints() {
            return cap.map(c -> maximum.map(max -> Decimals.min(c.multiply(per), max)).orElse(c.multiply(per)));
        }
    }
}
