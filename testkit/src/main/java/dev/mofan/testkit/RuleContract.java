package dev.mofan.testkit;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.EvidenceColumns;
import dev.mofan.core.engine.Totals;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.internal.SchemeProblems;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.spi.RuleCapability;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.ItemError;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The checks of {@link ScoringRuleContract}, each named in plain words and callable on its own: a
 * rule is put in a one-item scheme, scored through the engine from evidence drawn from a list of
 * numbers, and each check says what broke, naming itself ({@code "points within bounds: …"}), or
 * nothing. The engine is the judge: a rule is used exactly as a scheme would use it.
 */
public final class RuleContract {

    /** The period every check scores. */
    static final Period YEAR = Period.year(2026);

    private static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read(
            "orgs:\n  - {id: wc, kind: working-committee}\n  - {id: u, kind: unit, parent: wc}\n"
                    + "  - {id: b, kind: branch, parent: u}\n", Syntax.YAML);

    /** The code of the problem the reader reports when a rule's {@code configure} throws. */
    private static final String RULE_THREW = SchemeProblems.RULE_FAILED.code();

    private static final int FLAG_AT = 500;

    private static final int VALUE_STEP = 150;

    private RuleContract() {
    }

    /**
     * A rule under test: its provider, the parameters of one valid item as JSON, the type of each key
     * the item reads (a {@code category} or graded {@code rating} key with {@code values}), the item's
     * maximum, and parameters the rule must refuse.
     *
     * @param provider the rule's provider, as registered with {@code META-INF/services}
     * @param params the item's {@code params} as a JSON object, such as {@code {"per": 0.5}}
     * @param keyTypes one per key the item reads, in order
     * @param values for a category or graded rating key: its values as the key declares them, a graded
     *     rating's best first, a category's levels lowest first (as {@code occurrences} reads them); else empty
     * @param maxPoints the item's maximum, &gt; 0
     * @param invalidParams parameters the rule must refuse with a problem at their path, such as
     *     {@code {"per": -1}}; an unknown parameter is always tried as well
     */
    public record RuleUnderTest(ScoringRuleProvider provider, String params, List<KeyType> keyTypes,
            List<String> values, BigDecimal maxPoints, List<String> invalidParams) {

        /**
         * Refuses nulls and copies the lists.
         *
         * @param provider the rule's provider, as registered with {@code META-INF/services}
         * @param params the item's {@code params} as a JSON object, such as {@code {"per": 0.5}}
         * @param keyTypes one per key the item reads, in order
         * @param values for a category or graded rating key: its values as the key declares them, a graded rating's
         *     best first, a category's levels lowest first (as {@code occurrences} reads them); else empty
         * @param maxPoints the item's maximum, &gt; 0
         * @param invalidParams parameters the rule must refuse with a problem at their path, such as
         *     {@code {"per": -1}}; an unknown parameter is always tried as well
         */
        public RuleUnderTest {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(params, "params");
            keyTypes = List.copyOf(keyTypes);
            values = List.copyOf(values);
            Objects.requireNonNull(maxPoints, "maxPoints");
            invalidParams = List.copyOf(invalidParams);
            if (keyTypes.isEmpty() || maxPoints.signum() <= 0) {
                throw new IllegalArgumentException("A rule under test reads at least one key, with a maximum > 0");
            }
        }

        /**
         * Keys of these types with {@code values}, no invalid parameters yet.
         *
         * @param provider the rule's provider, as registered with {@code META-INF/services}
         * @param params the item's {@code params} as a JSON object, such as {@code {"per": 0.5}}
         * @param keyTypes one per key the item reads, in order
         * @param values for a category or graded rating key: its values as the key declares them, a graded rating's
         *     best first, a category's levels lowest first (as {@code occurrences} reads them); else empty
         * @param maxPoints the item's maximum, &gt; 0
         */
        public RuleUnderTest(ScoringRuleProvider provider, String params, List<KeyType> keyTypes, List<String> values,
                BigDecimal maxPoints) {
            this(provider, params, keyTypes, values, maxPoints, List.of());
        }

        /**
         * {@return one key of {@code type}, no values, no invalid parameters yet}
         *
         * @param provider the rule's provider
         * @param params the item's {@code params} as a JSON object
         * @param type the type of the item's one key
         * @param maxPoints the item's maximum, &gt; 0
         */
        public static RuleUnderTest of(ScoringRuleProvider provider, String params, KeyType type, BigDecimal maxPoints) {
            return new RuleUnderTest(provider, params, List.of(type), List.of(), maxPoints);
        }

        /**
         * {@return this rule, with parameters it must also refuse, each a JSON object}
         *
         * @param invalid parameters the rule must refuse, each a JSON object
         */
        public RuleUnderTest refusing(String... invalid) {
            List<String> all = new ArrayList<>(invalidParams);
            all.addAll(List.of(invalid));
            return new RuleUnderTest(provider, params, keyTypes, values, maxPoints, all);
        }
    }

    /**
     * "points within bounds": every result lies in [0, maxPoints] after rounding, and no item fails.
     *
     * @param rule the rule under test
     * @param draws the values the evidence is drawn from
     * @return the failure, naming the property; empty when the rule passes
     */
    public static Optional<String> pointsWithinBounds(RuleUnderTest rule, List<Integer> draws) {
        ItemScore item = score(rule, draws);
        Optional<ItemError> error = errors(rule, draws);
        if (error.isPresent()) {
            return Optional.of("points within bounds: the item failed for " + draws + ": " + error.get().message());
        }
        Optional<BigDecimal> points = item.points();
        if (points.isEmpty() || points.get().signum() < 0 || points.get().compareTo(rule.maxPoints()) > 0) {
            return Optional.of("points within bounds: " + points.map(BigDecimal::toPlainString).orElse("none")
                    + " for " + draws + " is outside [0, " + rule.maxPoints().toPlainString() + "]");
        }
        return Optional.empty();
    }

    /**
     * "deterministic": the same evidence twice gives the same points and the same trace.
     *
     * @param rule the rule under test
     * @param draws the values the evidence is drawn from
     * @return the failure, naming the property; empty when the rule passes
     */
    public static Optional<String> deterministic(RuleUnderTest rule, List<Integer> draws) {
        ItemScore first = score(rule, draws);
        ItemScore second = score(rule, draws);
        return first.equals(second) ? Optional.empty() : Optional.of("deterministic: " + draws + " gave "
                + first.points().orElse(null) + " then " + second.points().orElse(null));
    }

    /**
     * "safe under concurrent calls": scored from several threads at once, every result is the same.
     *
     * @param rule the rule under test
     * @param draws the values the evidence is drawn from
     * @return the failure, naming the property; empty when the rule passes
     */
    public static Optional<String> safeUnderConcurrentCalls(RuleUnderTest rule, List<Integer> draws) {
        Evaluator evaluator = evaluator(rule);
        Evidence evidence = evidence(rule, draws);
        ItemScore expected = item(evaluator.evaluate(ORGS, evidence, YEAR));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ItemScore>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> item(evaluator.evaluate(ORGS, evidence, YEAR))));
            }
            for (Future<ItemScore> result : results) {
                if (!result.get().equals(expected)) {
                    return Optional.of("safe under concurrent calls: " + draws + " gave " + result.get().points()
                            .orElse(null) + " on one thread and " + expected.points().orElse(null) + " on another");
                }
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("safe under concurrent calls: interrupted");
        } catch (ExecutionException e) {
            return Optional.of("safe under concurrent calls: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * "a trace on every result": whenever the rule scores evidence, it adds at least one step of its
     * own after the engine's evidence steps (a rounding step is the engine's, not the rule's).
     *
     * @param rule the rule under test
     * @param draws the values the evidence is drawn from
     * @return the failure, naming the property; empty when the rule passes
     */
    public static Optional<String> traceOnEveryResult(RuleUnderTest rule, List<Integer> draws) {
        ItemScore item = score(rule, draws);
        List<TraceStep> trace = item.trace();
        int afterEvidence = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i).step().equals("evidence")) {
                afterEvidence = i + 1;
            }
        }
        boolean own = trace.subList(afterEvidence, trace.size()).stream().anyMatch(s -> !s.step().equals("round"));
        return draws.isEmpty() || own ? Optional.empty() : Optional.of("a trace on every result: " + draws + " gave "
                + item.points().map(BigDecimal::toPlainString).orElse("no points") + " with no step of the rule's own");
    }

    /**
     * "the same points when lean": scored lean ({@code Evaluator.lean()}, when the rule is told it
     * need not build its trace), the item has the same points, or fails the same way.
     *
     * @param rule the rule under test
     * @param draws the values the evidence is drawn from
     * @return the failure, naming the property; empty when it holds
     */
    public static Optional<String> samePointsWhenLean(RuleUnderTest rule, List<Integer> draws) {
        Evidence evidence = evidence(rule, draws);
        Evaluator traced = evaluator(rule);
        ItemScore full = item(traced.evaluate(ORGS, evidence, YEAR));
        ItemScore lean = item(traced.lean().evaluate(ORGS, evidence, YEAR));
        return full.points().equals(lean.points()) ? Optional.empty() : Optional.of("the same points when lean: "
                + draws + " gave " + full.points().orElse(null) + " traced but " + lean.points().orElse(null) + " lean");
    }

    /**
     * "the same points from columns when declared": for a rule that promises
     * {@link RuleCapability#COMBINED_VALUE}, {@link RuleCapability#CASE_LEVELS} or
     * {@link RuleCapability#VALUE_COUNTS}, the item scored from evidence columns
     * ({@code Evaluator.totals}, which asks the rule once per distinct value, with one record standing
     * for the value, one per level a case names, or as many as name each value) has the points the
     * records give. A rule that reads more of its records than it promised breaks it.
     *
     * @param rule the rule under test
     * @param draws the values the evidence is drawn from
     * @return the failure, naming the property; empty when it holds or the rule promises neither
     */
    public static Optional<String> samePointsFromColumnsWhenDeclared(RuleUnderTest rule, List<Integer> draws) {
        if (!declares(rule, RuleCapability.COMBINED_VALUE) && !declares(rule, RuleCapability.CASE_LEVELS)
                && !declares(rule, RuleCapability.VALUE_COUNTS)) {
            return Optional.empty();
        }
        Evidence evidence = evidence(rule, draws);
        Evaluator evaluator = evaluator(rule).lean();
        ItemScore fromRecords = item(evaluator.evaluate(ORGS, evidence, YEAR));
        Totals totals = evaluator.totals(EvidenceColumns.of(evaluator, ORGS, evidence, YEAR));
        Optional<BigDecimal> fromColumns = totals.figure(0, "item:x");
        return fromRecords.points().equals(fromColumns) ? Optional.empty() : Optional.of(
                "the same points from columns when declared: " + draws + " gave " + fromRecords.points().orElse(null)
                        + " from the records but " + fromColumns.orElse(null) + " from columns"
                        + (evaluator.columnarLimits().isEmpty() ? "" : " (" + evaluator.columnarLimits() + ")"));
    }

    /**
     * "parameters validated with a clear error": the valid parameters load; an unknown parameter and
     * each of the rule's {@link RuleUnderTest#invalidParams() invalid parameters} are refused with a
     * problem at the parameters' JSON path, never thrown past the reader.
     *
     * @param rule the rule under test
     * @return the failure, naming the property; empty when the rule passes
     */
    public static Optional<String> parametersValidated(RuleUnderTest rule) {
        try {
            scheme(rule, rule.params());
        } catch (ValidationException e) {
            return Optional.of("parameters validated with a clear error: the valid parameters " + rule.params()
                    + " were refused: " + e.violations());
        } catch (RuntimeException e) {
            return Optional.of("parameters validated with a clear error: the valid parameters " + rule.params()
                    + " threw " + e);
        }
        List<String> invalid = new ArrayList<>();
        invalid.add(rule.params().trim().equals("{}") ? "{\"noSuchParameter\": 1}"
                : rule.params().trim().replaceFirst("^\\{", "{\"noSuchParameter\": 1, "));
        invalid.addAll(rule.invalidParams());
        for (String params : invalid) {
            try {
                scheme(rule, params);
                return Optional.of("parameters validated with a clear error: " + params + " was accepted");
            } catch (ValidationException e) {
                Optional<String> thrown = e.violations().stream().filter(v -> v.code().equals(RULE_THREW))
                        .map(v -> v.message(Language.EN)).findFirst();
                if (thrown.isPresent()) {
                    return Optional.of("parameters validated with a clear error: " + params + " made the rule throw "
                            + "instead of reporting a problem: " + thrown.get());
                }
                if (e.violations().stream().noneMatch(v -> v.path().contains("params"))) {
                    return Optional.of("parameters validated with a clear error: " + params + " was refused, but not "
                            + "at the parameters' path: " + e.violations());
                }
            } catch (RuntimeException e) {
                return Optional.of("parameters validated with a clear error: " + params + " threw " + e);
            }
        }
        return Optional.empty();
    }

    /**
     * "monotone when declared": for a rule declaring {@link RuleCapability#MONOTONE}, raising every
     * value (true for false) never lowers the points. Holds trivially for a rule that does not declare it.
     *
     * @param rule the rule under test
     * @param draws the values the evidence is drawn from
     * @param raise how much every value is raised
     * @return the failure, naming the property; empty when the rule passes
     */
    public static Optional<String> monotoneWhenDeclared(RuleUnderTest rule, List<Integer> draws, int raise) {
        if (!declares(rule, RuleCapability.MONOTONE)) {
            return Optional.empty();
        }
        List<Integer> higher = draws.stream().map(d -> d + Math.abs(raise)).toList();
        Optional<BigDecimal> low = score(rule, draws).points();
        Optional<BigDecimal> high = score(rule, higher).points();
        if (low.isPresent() && high.isPresent() && high.get().compareTo(low.get()) < 0) {
            return Optional.of("monotone when declared: " + draws + " gave " + low.get() + " but more, " + higher
                    + ", gave " + high.get());
        }
        return Optional.empty();
    }

    /**
     * {@return every check on one draw of evidence: the failures, each naming its property}
     *
     * @param rule the rule under test
     * @param draws the values the evidence is drawn from
     * @param raise how much every value is raised for the monotonicity check
     */
    public static List<String> all(RuleUnderTest rule, List<Integer> draws, int raise) {
        List<String> failures = new ArrayList<>();
        pointsWithinBounds(rule, draws).ifPresent(failures::add);
        deterministic(rule, draws).ifPresent(failures::add);
        safeUnderConcurrentCalls(rule, draws).ifPresent(failures::add);
        traceOnEveryResult(rule, draws).ifPresent(failures::add);
        samePointsWhenLean(rule, draws).ifPresent(failures::add);
        samePointsFromColumnsWhenDeclared(rule, draws).ifPresent(failures::add);
        parametersValidated(rule).ifPresent(failures::add);
        monotoneWhenDeclared(rule, draws, raise).ifPresent(failures::add);
        return List.copyOf(failures);
    }

    /** Whether the rule, configured with its valid parameters, declares {@code capability}. */
    static boolean declares(RuleUnderTest rule, RuleCapability capability) {
        SchemeFormat format = SchemeFormat.ofDefaults().withRules(registry(rule));
        return format.check(scheme(rule, rule.params())).rules().get("x").capabilities().contains(capability);
    }

    private static ItemScore score(RuleUnderTest rule, List<Integer> draws) {
        return item(evaluator(rule).evaluate(ORGS, evidence(rule, draws), YEAR));
    }

    private static Optional<ItemError> errors(RuleUnderTest rule, List<Integer> draws) {
        return evaluator(rule).evaluate(ORGS, evidence(rule, draws), YEAR).errors().stream().findFirst();
    }

    private static ItemScore item(Report report) {
        return report.scorecards().get(0).item("x").orElseThrow();
    }

    private static Evaluator evaluator(RuleUnderTest rule) {
        return Evaluator.of(scheme(rule, rule.params()), registry(rule));
    }

    private static RuleRegistry registry(RuleUnderTest rule) {
        return RuleRegistry.of(List.of(rule.provider()));
    }

    /** The one-item scheme of {@code rule} with {@code params}. */
    static Scheme scheme(RuleUnderTest rule, String params) {
        StringBuilder keys = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < rule.keyTypes().size(); k++) {
            KeyType type = rule.keyTypes().get(k);
            ids.add("k" + k);
            keys.append("  - {id: k").append(k).append(", type: ").append(type.id());
            if (!rule.values().isEmpty() && (type == KeyType.CATEGORY || type == KeyType.RATING)) {
                keys.append(", values: [").append(String.join(", ", rule.values())).append("]");
            }
            if (type == KeyType.CATEGORY) {
                // Occurrences of levels are counted case by case (积分制).
                keys.append(", combine: distinct-cases");
            } else if (type == KeyType.POINTS || type == KeyType.AMOUNT) {
                // Each record is within the maximum; a sum of several need not be, and the engine
                // rightly fails points given above the maximum (direct).
                keys.append(", combine: max");
            }
            keys.append("}\n");
        }
        String max = rule.maxPoints().toPlainString();
        String yaml = "id: contract\nversion: \"1\"\nperiod: year\nmaxPoints: " + max + "\nsubjects: [branch]\n"
                + "keys:\n" + keys + "dimensions:\n  - id: d\n    indicators:\n      - id: i\n        items:\n"
                + "          - {id: x, maxPoints: " + max + ", rule: {id: " + rule.provider().ruleId() + ", params: "
                + params + "}, keys: [" + String.join(", ", ids) + "]}\n"
                + "grades: [{id: any, min: 0}]\n";
        return SchemeFormat.ofDefaults().withRules(registry(rule)).read(yaml, Syntax.YAML);
    }

    /**
     * Records for the subject, drawn from {@code draws} as each key's type asks, so that a larger draw
     * never gives a smaller value: a flag is true from {@value #FLAG_AT}, a count is a twentieth of the
     * draw, a ratio and an ungraded rating a tenth (at most 100), a graded value one step better every
     * {@value #VALUE_STEP}. No draws, no records.
     */
    static Evidence evidence(RuleUnderTest rule, List<Integer> draws) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int d = 0; d < draws.size(); d++) {
            int k = d % rule.keyTypes().size();
            KeyType type = rule.keyTypes().get(k);
            int draw = Math.abs(draws.get(d));
            Value value = switch (type) {
                case FLAG -> Value.of(draw >= FLAG_AT);
                case COUNT -> Value.of(draw / 20);
                case RATIO -> Value.of(Math.min(draw / 10, 100) + "/100");
                case RATING -> rule.values().isEmpty() ? Value.of(Math.min(draw / 10, 100)) : Value.of(best(rule, draw));
                case CATEGORY -> Value.of(rule.values().get(Math.min(draw / VALUE_STEP, rule.values().size() - 1)));
                case AMOUNT, POINTS -> Value.of(BigDecimal.valueOf(draw, 1).min(rule.maxPoints()));
            };
            records.add(new EvidenceRecord("r" + d, "b", "k" + k, YEAR, value,
                    type == KeyType.CATEGORY ? Optional.of("case" + d) : Optional.empty(),
                    Stage.REVIEW, Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return Evidence.of(records);
    }

    /** The graded rating {@code draw} picks from the scale, best first: a larger draw, a better grade. */
    private static String best(RuleUnderTest rule, int draw) {
        int worst = rule.values().size() - 1;
        return rule.values().get(worst - Math.min(draw / VALUE_STEP, worst));
    }
}
