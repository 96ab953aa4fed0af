package dev.mofan.core.rules;

import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.Fraction;
import dev.mofan.core.spi.KeyEvidence;
import dev.mofan.core.spi.ParamsSchema.Param;
import dev.mofan.core.spi.ParamsSchema;
import dev.mofan.core.spi.RuleCapability;
import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.RuleInput;
import dev.mofan.core.spi.RuleResult;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code occurrences} (积分项: 按次计分、按级别加分): {@code per} points for each occurrence, plus
 * the add-on points of each level the occurrence reached, for example a proposal adopted by the
 * city +3 and by the province +10.
 *
 * <p>The item reads one category key whose {@code values} are the levels from the lowest up. Each
 * record is an occurrence reaching one level; records sharing a {@code caseId} are one occurrence
 * (without a case id, a record is its own), so an occurrence counts once, and once per level
 * however many records report it. Which add-ons an occurrence earns is {@code pay}:
 * {@code cumulative} (the default), every listed level up to the highest it reached (adopted by
 * the province means it passed the city too); {@code highest}, the one listed level it reached
 * highest (a provincial honour is worth the province's points, not the unit's as well, even when
 * the unit's commendation was recorded first); {@code reported}, each listed level a record of it
 * names. Unbounded on an open-ended item; capped at the maximum otherwise.
 */
public final class OccurrencesRule implements ScoringRuleProvider {

    private static final String CUMULATIVE = "cumulative";
    private static final String HIGHEST = "highest";
    private static final String REPORTED = "reported";
    private static final List<String> PAYS = List.of(CUMULATIVE, HIGHEST, REPORTED);

    @Override
    public String ruleId() {
        return "occurrences";
    }

    @Override
    public Label name() {
        return Label.of("按次计分、按级别加分", "points per occurrence and per level reached");
    }

    @Override
    public ParamsSchema paramsSchema() {
        return ParamsSchema.of(
                Param.number("per", Label.of("每次得分（默认 0）", "points per occurrence (default 0)")).atLeast(BigDecimal.ZERO),
                Param.numbers("levels", Label.of("达到各级别的加分", "add-on for each level reached")).above(BigDecimal.ZERO),
                Param.text("pay", Label.of("级别加分方式", "which levels pay"), PAYS.toArray(String[]::new)));
    }

    @Override
    public boolean scoresOpenEnded() {
        return true;
    }

    @Override
    public ScoringRule configure(RuleConfig config) {
        Optional<EvidenceKey> key = config.singleKey(KeyType.CATEGORY);
        BigDecimal per = config.params().decimal("per").orElse(BigDecimal.ZERO);
        if (per.signum() < 0) {
            config.params().reject("per", "must be 0 or more, but was " + per.toPlainString(),
                    "须不小于 0，实际为 " + per.toPlainString());
        }
        Map<String, BigDecimal> given = config.params().decimals("levels", false).orElse(Map.of());
        String pay = config.params().text("pay").orElse(CUMULATIVE);
        if (!PAYS.contains(pay)) {
            config.params().reject("pay", "'" + pay + "' is not one of " + String.join(", ", PAYS),
                    "'" + pay + "' 不是以下之一：" + String.join("、", PAYS));
        }
        Map<String, BigDecimal> levels = new LinkedHashMap<>();
        if (key.isPresent()) {
            for (Map.Entry<String, BigDecimal> level : given.entrySet()) {
                if (!key.get().values().contains(level.getKey())) {
                    config.params().reject("levels", "'" + level.getKey() + "' is not a value of key '"
                            + key.get().id() + "' (" + String.join(", ", key.get().values()) + ")",
                            "'" + level.getKey() + "' 不是指标键 '" + key.get().id() + "' 的取值（"
                                    + String.join("、", key.get().values()) + "）");
                } else if (level.getValue().signum() <= 0) {
                    config.params().reject("levels", "the add-on of '" + level.getKey() + "' must be greater than 0, "
                            + "but was " + level.getValue().toPlainString(), "'" + level.getKey() + "' 的加分须大于 0，实际为 "
                            + level.getValue().toPlainString());
                }
            }
            // The key's order of values is the order of levels, lowest first.
            for (String value : key.get().values()) {
                if (given.containsKey(value)) {
                    levels.put(value, given.get(value));
                }
            }
        }
        if (per.signum() == 0 && given.isEmpty()) {
            config.params().reject("per", "give per, levels or both: without them every occurrence is worth 0",
                    "须给出 per、levels 或两者：否则每次均为 0 分");
        }
        return new Occurrences(per, Collections.unmodifiableMap(levels), key.map(EvidenceKey::values).orElse(List.of()), pay,
                config.maximum());
    }

    private record Occurrences(BigDecimal per, Map<String, BigDecimal> levels, List<String> order,
            String pay, Optional<BigDecimal> maximum) implements ScoringRule {

        @Override
        public RuleResult score(RuleInput input) {
            // Occurrence → the indices of the levels its records name.
            Map<String, List<Integer>> reached = new TreeMap<>();
            for (KeyEvidence.Recorded record : input.first().records()) {
                String occurrence = record.caseId().orElse("\u0000" + record.id());
                if (record.value() instanceof Value.Text text && order.contains(text.value())) {
                    reached.computeIfAbsent(occurrence, o -> new ArrayList<>()).add(order.indexOf(text.value()));
                }
            }
            Map<String, Long> perLevel = new LinkedHashMap<>();
            levels.keySet().forEach(level -> perLevel.put(level, 0L));
            for (List<Integer> indices : reached.values()) {
                int highest = indices.stream().mapToInt(Integer::intValue).max().orElse(-1);
                String top = null;
                for (String level : levels.keySet()) {
                    int at = order.indexOf(level);
                    if (at <= highest) {
                        top = level;
                    }
                    if (pay.equals(CUMULATIVE) ? at <= highest : pay.equals(REPORTED) && indices.contains(at)) {
                        perLevel.merge(level, 1L, Long::sum);
                    }
                }
                if (pay.equals(HIGHEST) && top != null) {
                    perLevel.merge(top, 1L, Long::sum);
                }
            }
            long n = reached.size();
            boolean traced = input.traced();
            List<TraceStep> steps = new ArrayList<>();
            Fraction total = Fraction.of(per.multiply(BigDecimal.valueOf(n)));
            if (traced) {
                steps.add(TraceStep.of("occurrences", n + " occurrence(s) × " + Decimals.text(per) + " = "
                        + Decimals.brief(total), n + " 次 × 每次 " + Decimals.text(per) + " 分 = " + Decimals.brief(total))
                        .with("occurrences", n).with("per", per));
            }
            for (Map.Entry<String, Long> level : perLevel.entrySet()) {
                if (level.getValue() == 0) {
                    continue;
                }
                BigDecimal addOn = levels.get(level.getKey()).multiply(BigDecimal.valueOf(level.getValue()));
                total = total.add(Fraction.of(addOn));
                if (traced) {
                    steps.add(TraceStep.of("level", level.getKey() + ": " + level.getValue() + " × "
                            + Decimals.text(levels.get(level.getKey())) + " = " + Decimals.text(addOn),
                            level.getKey() + "：" + level.getValue() + " 次 × 加 " + Decimals.text(levels.get(level.getKey()))
                                    + " 分 = " + Decimals.text(addOn))
                            .with("level", level.getKey()).with("occurrences", level.getValue()).with("points", addOn));
                }
            }
            if (maximum.isPresent() && total.compareTo(maximum.get()) > 0) {
                total = Fraction.of(maximum.get());
                if (traced) {
                    steps.add(TraceStep.of("max", "capped at the item's maximum " + Decimals.text(maximum.get()),
                            "以本项满分 " + Decimals.text(maximum.get()) + " 为限").with("points", maximum.get()));
                }
            }
            return new RuleResult(total, steps);
        }

        @Override
        public Set<RuleCapability> capabilities() {
            return Set.of(RuleCapability.MONOTONE, RuleCapability.CASE_LEVELS);
        }
    }
}
