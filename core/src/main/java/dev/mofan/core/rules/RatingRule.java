package dev.mofan.core.rules;

import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.Fraction;
import dev.mofan.core.spi.KeyEvidence;
import dev.mofan.core.spi.ParamsSchema.Param;
import dev.mofan.core.spi.ParamsSchema;
import dev.mofan.core.spi.RuleCapability;
import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.RuleInput;
import dev.mofan.core.spi.RuleParams;
import dev.mofan.core.spi.RuleResult;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rating} (评议项): each rater's rating becomes a fraction (a grade through {@code grades},
 * a number divided by {@code outOf}); the fractions are aggregated (mean, median, or the trimmed
 * mean that drops the highest and lowest, 去掉最高分和最低分) and multiplied by the maximum.
 */
public final class RatingRule implements ScoringRuleProvider {

    private static final List<String> AGGREGATES = List.of("mean", "median", "trimmed-mean");

    @Override
    public String ruleId() {
        return "rating";
    }

    @Override
    public Label name() {
        return Label.of("评议项", "rating by many raters");
    }

    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.of(
                Param.numbers("grades", Label.of("等次对应的得分比例", "fraction of the maximum for each grade"))
                        .atLeast(BigDecimal.ZERO).atMost(BigDecimal.ONE),
                Param.number("outOf", Label.of("评议最高分", "the highest rating a rater can give")).above(BigDecimal.ZERO),
                Param.text("aggregate", Label.of("汇总方式（默认平均）", "how ratings combine (default mean)"),
                        AGGREGATES.toArray(String[]::new)),
                Param.integer("trim", Label.of("去掉最高、最低各几个（默认 1）", "highest and lowest dropped (default 1)"))
                        .atLeast(BigDecimal.ZERO).atMost(BigDecimal.valueOf(100)));
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        Optional<EvidenceKey> key = config.singleKey(KeyType.RATING);
        RuleParams params = config.params();
        Optional<Map<String, BigDecimal>> grades = params.decimals("grades", false);
        Optional<BigDecimal> outOf = Params.positive(params, "outOf", false);
        boolean graded = key.map(EvidenceKey::isGraded).orElse(grades.isPresent());
        if (graded) {
            if (outOf.isPresent()) {
                params.reject("outOf", "the key holds grades: give grades, not outOf", "该指标键取值为等次：应给出 grades 而非 outOf");
            }
            if (grades.isEmpty()) {
                params.reject("grades", "missing: the key holds grades; give the fraction of each",
                        "缺少：该指标键取值为等次，须给出每个等次对应的得分比例");
            }
            grades.ifPresent(table -> key.ifPresent(k -> checkGrades(params, table, k)));
        } else {
            if (grades.isPresent()) {
                params.reject("grades", "the key holds numbers: give outOf, not grades", "该指标键取值为数字：应给出 outOf 而非 grades");
            }
            if (!params.has("outOf")) {
                params.reject("outOf", "missing: the highest rating a rater can give", "缺少：评议人可给出的最高分");
            }
        }
        String aggregate = params.text("aggregate").orElse("mean");
        if (!AGGREGATES.contains(aggregate)) {
            params.reject("aggregate", "must be one of " + String.join(", ", AGGREGATES) + ", but was '" + aggregate + "'",
                    "须为以下之一：" + String.join(", ", AGGREGATES) + "，实际为 '" + aggregate + "'");
        }
        int trim = Params.count(params, "trim", 1);
        boolean combined = !graded && key.isPresent() && aggregatesAsCombined(aggregate, trim, key.get());
        return new Rating(grades.orElse(Map.of()), outOf.orElse(BigDecimal.ONE), aggregate, trim, combined, graded);
    }

    /**
     * Whether the rule's aggregate of the ratings, each divided by {@code outOf}, is the key's own
     * combined value divided by {@code outOf}: a mean of a mean, a median of a median, a trimmed mean
     * with the same trim. Dividing every rating by the same positive number keeps their order and
     * divides their mean, so the points then depend on the combined value alone.
     */
    private static boolean aggregatesAsCombined(String aggregate, int trim, EvidenceKey key) {
        return switch (aggregate) {
            case "mean" -> key.combine() == Combination.MEAN;
            case "median" -> key.combine() == Combination.MEDIAN;
            case "trimmed-mean" -> key.combine() == Combination.TRIMMED_MEAN && key.trim() == trim;
            default -> false;
        };
    }

    private static void checkGrades(RuleParams params, Map<String, BigDecimal> table, EvidenceKey key) {
        for (Map.Entry<String, BigDecimal> grade : table.entrySet()) {
            if (!key.values().contains(grade.getKey())) {
                params.reject("grades", "'" + grade.getKey() + "' is not a value of key '" + key.id() + "' ("
                        + String.join(", ", key.values()) + ")",
                        "'" + grade.getKey() + "' 不是指标键 '" + key.id() + "' 的取值（" + String.join(", ", key.values()) + "）");
            } else if (grade.getValue().signum() < 0 || grade.getValue().compareTo(BigDecimal.ONE) > 0) {
                params.reject("grades", "the fraction of '" + grade.getKey() + "' must lie in [0, 1], but was "
                        + grade.getValue().toPlainString(),
                        "'" + grade.getKey() + "' 的得分比例须在 [0, 1] 之内，实际为 " + grade.getValue().toPlainString());
            }
        }
        for (String value : key.values()) {
            if (!table.containsKey(value)) {
                params.reject("grades", "missing the fraction of '" + value + "'", "缺少等次 '" + value + "' 的得分比例");
            }
        }
    }

    private record Rating(Map<String, BigDecimal> grades, BigDecimal outOf, String aggregate, int trim,
            boolean combined, boolean graded) implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            KeyEvidence evidence = input.first();
            if (evidence.isEmpty()) {
                return !input.traced() ? RuleResult.of(BigDecimal.ZERO)
                        : RuleResult.of(BigDecimal.ZERO, TraceStep.of("rating", "no rating: 0 points", "无评议：得 0 分"));
            }
            List<Fraction> fractions = new ArrayList<>();
            for (KeyEvidence.Recorded rating : evidence.records()) {
                fractions.add(rating.value() instanceof Value.Text grade ? Fraction.of(grades.get(grade.value()))
                        : rating.exact().orElseThrow().divide(outOf));
            }
            Fraction share = switch (aggregate) {
                case "median" -> Decimals.median(fractions);
                case "trimmed-mean" -> Decimals.trimmedMean(fractions, trim);
                default -> Decimals.mean(fractions);
            };
            Fraction points = share.multiply(input.maxPoints());
            if (!input.traced()) {
                return RuleResult.of(points);
            }
            boolean trimmed = aggregate.equals("trimmed-mean") && Decimals.trims(fractions.size(), trim);
            String how = switch (aggregate) {
                case "median" -> "median";
                case "trimmed-mean" -> trimmed ? "mean without the " + trim + " highest and lowest" : "mean (too few to trim)";
                default -> "mean";
            };
            String howZh = switch (aggregate) {
                case "median" -> "中位数";
                case "trimmed-mean" -> trimmed ? "去掉 " + trim + " 个最高分和最低分后的平均" : "平均（人数不足，未去掉最高最低）";
                default -> "平均";
            };
            return RuleResult.of(points, TraceStep.of("rating",
                    fractions.size() + " ratings, " + how + " " + Decimals.brief(share) + " × "
                            + Decimals.text(input.maxPoints()) + " = " + Decimals.brief(points),
                    fractions.size() + " 份评议，" + howZh + " " + Decimals.brief(share) + " × 满分 "
                            + Decimals.text(input.maxPoints()) + " = " + Decimals.brief(points))
                    .with("ratings", (long) fractions.size()).with("aggregate", aggregate).with("share", share.approximate())
                    .with("points", points.approximate()));
        }

        @Override
        public Set<RuleCapability> capabilities() {
            // Graded: every rater's grade counts, whatever its order (VALUE_COUNTS).
            return combined ? Set.of(RuleCapability.MONOTONE, RuleCapability.COMBINED_VALUE)
                    : graded ? Set.of(RuleCapability.MONOTONE, RuleCapability.VALUE_COUNTS)
                    : Set.of(RuleCapability.MONOTONE);
        }
    }
}
