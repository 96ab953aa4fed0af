package dev.mofan.benchmarks.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The baseline of an integrator who writes the scheme as Easy Rules rules: one rule per item that
 * adds its points to the branch's base, then rules for deductions, bonus and the veto, fired in
 * priority order by the default engine over the branch's facts. Exact decimals, half-up rounding.
 */
public final class EasyRulesBaseline {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();
    private final List<Map<String, Object>> evidence;

    /** The rules of {@code population}'s scheme, and its evidence maps. */
    public EasyRulesBaseline(Population population) {
        for (int i = 0; i < Population.ITEMS; i++) {
            ItemKind kind = population.kinds[i];
            String key = "k" + i;
            BigDecimal max = Cents.decimal(population.maxCents[i]);
            rules.register(new RuleBuilder().name("x" + i).priority(i)
                    .when(facts -> true)
                    .then(facts -> add(facts, "base", points(kind, max, facts.get(key))))
                    .build());
        }
        rules.register(new RuleBuilder().name("lapses").priority(100)
                .when(facts -> facts.get("lapse") != null)
                .then(facts -> add(facts, "base", BigDecimal.valueOf((Long) facts.get("lapse")).multiply(HALF)
                        .min(BigDecimal.valueOf(5)).negate()))
                .build());
        rules.register(new RuleBuilder().name("floor").priority(101)
                .when(facts -> ((BigDecimal) facts.get("base")).signum() < 0)
                .then(facts -> facts.put("base", BigDecimal.ZERO))
                .build());
        rules.register(new RuleBuilder().name("commendations").priority(102)
                .when(facts -> facts.get("commendation") != null)
                .then(facts -> add(facts, "base", BigDecimal.valueOf((Long) facts.get("commendation"))
                        .min(BigDecimal.valueOf(3))))
                .build());
        rules.register(new RuleBuilder().name("veto").priority(103)
                .when(facts -> Boolean.TRUE.equals(facts.get("incident")))
                .then(facts -> facts.put("base", BigDecimal.ZERO))
                .build());
        evidence = Baselines.evidenceMaps(population);
    }

    private static void add(Facts facts, String name, BigDecimal amount) {
        facts.put(name, ((BigDecimal) facts.get(name)).add(amount));
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal points(ItemKind kind, BigDecimal max, Object value) {
        if (value == null) {
            return kind == ItemKind.DEDUCT ? max : BigDecimal.ZERO;
        }
        return switch (kind) {
            case CHECK -> Boolean.TRUE.equals(value) ? max : BigDecimal.ZERO;
            case COUNT -> BigDecimal.valueOf((Long) value).multiply(HALF).min(max);
            case RATIO -> ((BigDecimal) value).compareTo(new BigDecimal("0.6")) < 0 ? BigDecimal.ZERO
                    : max.multiply((BigDecimal) value).setScale(2, RoundingMode.HALF_UP);
            case TIERS -> (Long) value >= 8 ? max : (Long) value >= 4 ? max.divide(BigDecimal.valueOf(2)) : BigDecimal.ZERO;
            case DEDUCT -> max.subtract(BigDecimal.valueOf((Long) value).multiply(HALF)).max(BigDecimal.ZERO);
            case RATING -> max.multiply(BigDecimal.valueOf((Long) value)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            case DIRECT -> (BigDecimal) value;
            case OCCURRENCES -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (String level : (List<String>) value) {
                    int index = Population.LEVELS.indexOf(level);
                    sum = sum.add(HALF).add(BigDecimal.valueOf(index >= 2 ? 1 : 0)).add(BigDecimal.valueOf(index == 3 ? 2 : 0));
                }
                yield sum.min(max);
            }
        };
    }

    /** Every branch's total, into {@code totals}. */
    public void totals(BigDecimal[] totals) {
        for (int b = 0; b < evidence.size(); b++) {
            Facts facts = new Facts();
            evidence.get(b).forEach(facts::put);
            facts.put("base", BigDecimal.ZERO);
            engine.fire(rules, facts);
            totals[b] = facts.get("base");
        }
    }
}
