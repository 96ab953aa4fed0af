package dev.mofan.core.format.internal;

import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.RuleParams;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Configures one item's rule: gives the provider its parameters and keys, turns what it reports
 * into problems at JSON paths, and reports parameters it never read.
 */
final class RuleSetup implements RuleConfig {

    private static final Label NUMBER = Label.of("数字", "a number");
    private static final Label TEXT = Label.of("字符串", "a string");
    private static final Label BOOLEAN = Label.of("布尔值", "a boolean");
    private static final Label NUMBERS = Label.of("取值均为数字的对象", "an object of numbers");
    private static final Label OBJECTS = Label.of("对象数组", "an array of objects");

    private final Params params;
    private final BigDecimal maxPoints;
    private final List<EvidenceKey> keys;
    private final int scale;
    private final Where keysAt;
    private final Violations out;
    private int problems;

    private RuleSetup(Map<String, Object> params, Where paramsAt, BigDecimal maxPoints, List<EvidenceKey> keys,
            int scale, Where keysAt, Violations out) {
        this.params = new Params(params, paramsAt);
        this.maxPoints = maxPoints;
        this.keys = List.copyOf(keys);
        this.scale = scale;
        this.keysAt = keysAt;
        this.out = out;
    }

    /**
     * The rule {@code provider} configures for an item, or empty when it reported a problem;
     * {@code maxPoints} is null for an open-ended item.
     */
    static Optional<ScoringRule> configure(ScoringRuleProvider provider, Map<String, Object> params, Where paramsAt,
            BigDecimal maxPoints, List<EvidenceKey> keys, int scale, Where keysAt, Violations out) {
        RuleSetup setup = new RuleSetup(params, paramsAt, maxPoints, keys, scale, keysAt, out);
        ScoringRule rule;
        try {
            rule = provider.configure(setup);
        } catch (RuntimeException e) {
            out.add(paramsAt.path(), SchemeProblems.RULE_FAILED, provider.ruleId(), new Verbatim(String.valueOf(e)));
            return Optional.empty();
        }
        setup.params.reportUnread(provider.ruleId());
        if (setup.problems > 0) {
            return Optional.empty();
        }
        if (rule == null) {
            out.add(paramsAt.path(), SchemeProblems.RULE_FAILED, provider.ruleId(),
                    new Verbatim("configure returned null without reporting a problem"));
            return Optional.empty();
        }
        return Optional.of(rule);
    }

    @Override
    public RuleParams params() {
        return params;
    }

    @Override
    public BigDecimal maxPoints() {
        if (maxPoints == null) {
            throw new IllegalStateException("The item is open-ended: it has no maximum; ask maximum()");
        }
        return maxPoints;
    }

    @Override
    public Optional<BigDecimal> maximum() {
        return Optional.ofNullable(maxPoints);
    }

    @Override
    public List<EvidenceKey> keys() {
        return keys;
    }

    @Override
    public int scale() {
        return scale;
    }

    @Override
    public void rejectKeys(String en, String zh) {
        report(keysAt, en, zh);
    }

    private void report(Where at, String en, String zh) {
        problems++;
        out.add(at.path(), SchemeProblems.RULE_REJECTED, new Verbatim(en), new Verbatim(zh));
    }

    /** Parameters over a JSON-like map, remembering which names were read. */
    private final class Params implements RuleParams {

        private final Map<String, Object> values;
        private final Where at;
        private final Set<String> read = new HashSet<>();
        private final Set<String> reported = new HashSet<>();
        private final List<Params> nested = new ArrayList<>();

        Params(Map<String, Object> values, Where at) {
            this.values = values;
            this.at = at;
        }

        private Optional<Object> get(String name, boolean required) {
            read.add(name);
            Object value = values.get(name);
            if (value == null && required && reported.add(name)) {
                problems++;
                out.add(at.field(name).path(), FormatProblems.MISSING);
            }
            return Optional.ofNullable(value);
        }

        @Override
        public boolean has(String name) {
            read.add(name);
            return values.containsKey(name);
        }

        private <T> Optional<T> typed(String name, boolean required, Class<T> type, Label expected) {
            Optional<Object> value = get(name, required);
            if (value.isPresent() && !type.isInstance(value.get())) {
                if (reported.add(name)) {
                    problems++;
                    out.add(at.field(name).path(), FormatProblems.WRONG_TYPE, expected, describe(value.get()));
                }
                return Optional.empty();
            }
            return value.map(type::cast);
        }

        @Override
        public Optional<BigDecimal> decimal(String name) {
            return typed(name, false, BigDecimal.class, NUMBER);
        }

        @Override
        public Optional<BigDecimal> requiredDecimal(String name) {
            return typed(name, true, BigDecimal.class, NUMBER);
        }

        @Override
        public Optional<String> text(String name) {
            return typed(name, false, String.class, TEXT);
        }

        @Override
        public Optional<Boolean> flag(String name) {
            return typed(name, false, Boolean.class, BOOLEAN);
        }

        @Override
        public Optional<Map<String, BigDecimal>> decimals(String name, boolean required) {
            Optional<Object> value = get(name, required);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (!(value.get() instanceof Map<?, ?> map)) {
                problems++;
                out.add(at.field(name).path(), FormatProblems.WRONG_TYPE, NUMBERS, describe(value.get()));
                return Optional.empty();
            }
            Map<String, BigDecimal> numbers = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() instanceof BigDecimal number) {
                    numbers.put((String) entry.getKey(), number);
                } else {
                    ok = false;
                    problems++;
                    out.add(at.field(name).field((String) entry.getKey()).path(), FormatProblems.WRONG_TYPE, NUMBER,
                            describe(entry.getValue()));
                }
            }
            return ok ? Optional.of(Collections.unmodifiableMap(numbers)) : Optional.empty();
        }

        @Override
        public Optional<List<RuleParams>> objects(String name, boolean required) {
            Optional<Object> value = get(name, required);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (!(value.get() instanceof List<?> list)) {
                problems++;
                out.add(at.field(name).path(), FormatProblems.WRONG_TYPE, OBJECTS, describe(value.get()));
                return Optional.empty();
            }
            List<RuleParams> objects = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Params element = new Params((Map<String, Object>) map, at.field(name).index(i));
                    nested.add(element);
                    objects.add(element);
                } else {
                    ok = false;
                    problems++;
                    out.add(at.field(name).index(i).path(), FormatProblems.WRONG_TYPE, Label.of("对象", "an object"),
                            describe(list.get(i)));
                }
            }
            return ok ? Optional.of(List.copyOf(objects)) : Optional.empty();
        }

        @Override
        public void reject(String name, String en, String zh) {
            report(at.field(name), en, zh);
        }

        @Override
        public boolean hasProblems() {
            return problems > 0;
        }

        void reportUnread(String ruleId) {
            for (String name : values.keySet()) {
                if (!read.contains(name)) {
                    problems++;
                    out.add(at.field(name).path(), SchemeProblems.RULE_PARAM_UNKNOWN, ruleId, name);
                }
            }
            for (Params element : nested) {
                element.reportUnread(ruleId);
            }
        }
    }

    private static Label describe(Object value) {
        if (value instanceof BigDecimal) {
            return NUMBER;
        }
        if (value instanceof String) {
            return TEXT;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof List) {
            return Label.of("数组", "an array");
        }
        return Label.of("对象", "an object");
    }
}
