package dev.mofan.testkit;

import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.CompareOp;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.GradeOp;
import dev.mofan.model.scheme.HierarchyRollup;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.MissingPolicy;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Rollup;
import dev.mofan.model.scheme.Rounding;
import dev.mofan.model.scheme.RuleRef;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import dev.mofan.model.scheme.VetoEffect;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid {@link Scheme}s (docs/scheme-format.md): 1 to 3 dimensions of 1 to 3 indicators of 1 to 4
 * items, every built-in rule with valid parameters, keys of every type with the combinations
 * their type allows, scheme-level and scoped deductions and bonuses (per case or by severity
 * levels, with and without caps), vetoes of every effect and grade bands with and without gates.
 * Every scheme passes {@code SchemeFormat.ofDefaults().check(scheme)}.
 *
 * <p>Maxima are exact at scale 2 and add up: an indicator's maximum, when declared, is the sum of
 * its items, a dimension's the sum of its indicators, the scheme's the sum of everything. Now and
 * then an item is restricted to one subject kind; it then comes as a pair with an item of the
 * same maximum for every other kind, so that each kind's items add up to the same maximum.
 *
 * <p>Besides these plain schemes, now and then (or always: {@link #composite()},
 * {@link #openEnded()}, {@link #allowingUnverifiedSelfAssessment()}; never: {@link #plain()}):
 * <ul>
 *   <li>a <em>composite</em> scheme (SCORING.md step 6, from two dimensions up): 2 or 3 parts
 *   {@code p0}, {@code p1}, … whose weights mostly add up to 1 ({@code 0.7 / 0.3}, {@code 0.5 / 0.3
 *   / 0.2}, sometimes {@code 1 / 1}), each holding some of the dimensions, with deductions (and a
 *   deduction cap) of its own instead of the scheme's. Every part's dimensions add up to the same
 *   sum {@code S} (a part short of it gets one more item, worth the difference, in the last
 *   indicator of its first dimension), and the scheme's maximum is {@code S × Σ weights}, so
 *   the maxima add up exactly for every kind;</li>
 *   <li>an <em>open-ended</em> scheme (积分制): no maximum above the items, two items in three
 *   uncapped with a rule that scores without one ({@link #OPEN_ENDED_RULES}: {@code count},
 *   {@code direct}, {@code occurrences}), the others capped with any rule; never
 *   {@code missing: exclude}. Grade thresholds and figure tests use a nominal scale (each capped
 *   item its maximum, each uncapped one 4 points);</li>
 *   <li>a scheme that allows unverified self-assessment.</li>
 * </ul>
 * A scheme may be both composite and open-ended.
 *
 * <p>Half the schemes (all of them: {@link #ranked()}) rank their subjects (SCORING.md step 10):
 * one to three peer groups, the first of every kind, others of some kinds; now and then within
 * units or only subjects with a tag that generated org directories use; up to three tie-break
 * figures of the scheme's own levels ({@code base}, {@code part:}, {@code dimension:},
 * {@code indicator:}, {@code item:}); leaders and laggards by count or share; quotas with shares
 * from 0.1 to 1 on some bands above the lowest, in at most one group per kind; and streaks
 * ({@code when: leader | laggard}, 2 or 3 periods).
 *
 * <p>Ids share one namespace by construction: keys {@code key-3}, dimensions {@code d1},
 * indicators {@code d1.i0}, items {@code d1.i0.t2}, parts {@code p0}, deductions and bonuses
 * {@code a:4}, vetoes {@code v_0}, grades {@code g1}, peer groups {@code peer-group},
 * {@code peer-group.1}. Values of category and graded rating keys
 * are ids such as {@code minor}, {@code city} or {@code x.1}; a category key's values are in
 * ascending order, so that the {@code occurrences} rule reads them as levels, lowest first. No
 * generated id contains {@code no-such}.
 *
 * <p>Each item is drawn from one random number (and each extra part, an adjustment, a veto or a
 * band, from another; the parts of a composite scheme from one more, the peer groups from one
 * more): shrinking removes parts and turns what is left into plain {@code check} items of 1 point
 * on a flag key in a plain scheme, ranked (if at all) in one group of every kind.
 */
public final class SchemeArbitrary extends ArbitraryDecorator<Scheme> {

    /** The ids of the built-in rules, simplest first. */
    public static final List<String> BUILT_IN_RULES = List.of("check", "count", "ratio", "tiers", "deduct", "rating",
            "direct", "occurrences");
    /** The ids of the built-in rules that score an item without a maximum (in an open-ended scheme), simplest first. */
    public static final List<String> OPEN_ENDED_RULES = List.of("count", "direct", "occurrences");

    /** The subject kinds a scheme may assess, in sets that generated schemes use. */
    private static final List<List<String>> SUBJECTS = List.of(
            List.of("unit", "branch"), List.of("branch"), List.of("unit", "branch", "division"), List.of("division"),
            List.of("branch", "general-branch"), List.of("unit"), List.of("general-branch", "branch", "division", "unit"),
            List.of("branch", "unit"), List.of("working-committee", "party-group", "organ-committee", "party-cell"));
    private static final List<PeriodKind> PERIODS = List.of(PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.HALF_YEAR,
            PeriodKind.MONTH);
    private static final List<String> ZONES = List.of("Asia/Shanghai", "UTC", "Pacific/Chatham", "America/New_York",
            "Europe/Istanbul");
    private static final List<String> SCHEME_IDS = List.of("s", "five-type-organ", "mofan.2026", "x_1:a");
    private static final List<String> MAXIMA = List.of("1", "2", "5", "10", "1.5", "0.5", "2.25", "3", "4", "6", "0.01",
            "12.75");
    private static final List<String> PERS = List.of("1", "0.5", "1.5", "2", "0.25", "3");
    private static final List<String> OCCURRENCE_CAPS = List.of("3", "1", "2", "5", "2.5");
    private static final List<String> CAPS = List.of("2", "1", "5", "0.5", "3", "10");
    private static final List<String> OUT_OF = List.of("100", "10", "5");
    private static final List<String> AGGREGATES = List.of("mean", "median", "trimmed-mean");
    private static final List<String> FRACTIONS = List.of("1", "0.75", "0.5", "0.25", "0");
    private static final List<String> GRADE_FRACTIONS = List.of("1", "0.8", "0.6", "0.5", "0.25", "0");
    private static final List<List<String>> GRADE_SCALES = List.of(List.of("excellent", "good", "fair", "poor"),
            List.of("A", "B", "C"), List.of("good", "bad"), List.of("x.1", "x.2", "x:3"));
    /** Values of category keys, in ascending order: severities for adjustments, levels for {@code occurrences}. */
    private static final List<List<String>> SEVERITIES = List.of(List.of("minor", "serious"),
            List.of("minor", "serious", "grave"), List.of("low", "high"), List.of("l_1"),
            List.of("county", "city", "province"), List.of("team", "county", "city", "province"));
    /** Weights of the parts of a composite scheme, mostly adding up to 1. */
    private static final List<List<String>> WEIGHTS = List.of(List.of("0.5", "0.5"), List.of("0.7", "0.3"),
            List.of("0.6", "0.4"), List.of("1", "1"), List.of("0.8", "0.2"), List.of("0.25", "0.75"));
    private static final List<List<String>> WEIGHTS_OF_THREE = List.of(List.of("0.5", "0.3", "0.2"),
            List.of("0.4", "0.3", "0.3"), List.of("1", "1", "1"), List.of("0.6", "0.2", "0.2"));
    /** Shares of a peer group's leaders and laggards, in (0, 1]. */
    private static final List<String> SHARES = List.of("0.5", "1", "0.1", "0.25", "0.3", "0.75", "0.2", "0.6");
    /** Shares of quotas, in (0, 1], mostly small enough to bite. */
    private static final List<String> QUOTA_SHARES = List.of("0.5", "0.1", "0.25", "0.3", "0.2", "0.4", "0.15", "0.75",
            "1");
    /** Flags of peer-group streaks: never {@code leader} or {@code laggard}, which standings raise. */
    private static final List<String> STREAK_FLAGS = List.of("warning", "praise", "x.streak", "flag:2");
    /** The nominal worth of an uncapped item, for grade thresholds and figure tests of open-ended schemes. */
    private static final BigDecimal NOMINAL_UNCAPPED = BigDecimal.valueOf(4);
    private static final List<CompareOp> OPS = List.of(CompareOp.GE, CompareOp.GT, CompareOp.EQ, CompareOp.NE,
            CompareOp.LT, CompareOp.LE);
    private static final List<KeyType> COUNTED = List.of(KeyType.COUNT, KeyType.AMOUNT, KeyType.POINTS);
    private static final List<KeyType> TIERED = List.of(KeyType.COUNT, KeyType.AMOUNT, KeyType.POINTS, KeyType.RATIO,
            KeyType.RATING);
    private static final List<KeyType> DEDUCTED = List.of(KeyType.COUNT, KeyType.AMOUNT, KeyType.FLAG);
    private static final List<KeyType> ADJUSTED = List.of(KeyType.COUNT, KeyType.FLAG, KeyType.AMOUNT, KeyType.POINTS,
            KeyType.CATEGORY);
    private static final List<KeyType> TESTED = List.of(KeyType.COUNT, KeyType.FLAG, KeyType.CATEGORY, KeyType.AMOUNT,
            KeyType.RATIO, KeyType.POINTS, KeyType.RATING);
    private static final Map<KeyType, List<String>> THRESHOLDS = new EnumMap<>(Map.of(
            KeyType.COUNT, List.of("8", "5", "3", "2", "1", "0"),
            KeyType.AMOUNT, List.of("20", "10.5", "5", "1", "0.5", "-2"),
            KeyType.POINTS, List.of("20", "10", "5", "2.5", "1", "0"),
            KeyType.RATIO, List.of("0.95", "0.8", "0.6", "0.3", "0"),
            KeyType.RATING, List.of("90", "75", "60", "30", "3")));
    private static final Map<KeyType, List<String>> COMPARED = new EnumMap<>(Map.of(
            KeyType.COUNT, List.of("1", "2", "0", "3"),
            KeyType.AMOUNT, List.of("5", "0", "-1", "2.5"),
            KeyType.POINTS, List.of("1", "2.5", "0"),
            KeyType.RATIO, List.of("0.5", "0.8", "1"),
            KeyType.RATING, List.of("60", "3", "90")));
    /** The combinations each key type allows, its default first (docs/scheme-format.md, Keys). */

    /** How often a scheme has one of the optional features. */
    private enum Mode {
        NEVER, SOMETIMES, ALWAYS;

        boolean decide(boolean sometimes) {
            return this == ALWAYS || this == SOMETIMES && sometimes;
        }
    }

    private final List<String> rules;
    private final int maxDimensions;
    private final int maxIndicators;
    private final int maxItems;
    private final int maxExtras;
    private final Mode composite;
    private final Mode openEnded;
    private final Mode unverified;
    private final Mode ranked;

    SchemeArbitrary(List<String> rules, int maxDimensions, int maxIndicators, int maxItems, int maxExtras) {
        this(rules, maxDimensions, maxIndicators, maxItems, maxExtras, Mode.SOMETIMES, Mode.SOMETIMES,
                Mode.SOMETIMES, Mode.SOMETIMES);
    }

    private SchemeArbitrary(List<String> rules, int maxDimensions, int maxIndicators, int maxItems, int maxExtras,
            Mode composite, Mode openEnded, Mode unverified, Mode ranked) {
        if (rules.isEmpty() || !BUILT_IN_RULES.containsAll(rules)) {
            throw new IllegalArgumentException("Rules must be some of " + BUILT_IN_RULES + " but were " + rules);
        }
        this.rules = List.copyOf(rules);
        this.maxDimensions = maxDimensions;
        this.maxIndicators = maxIndicators;
        this.maxItems = maxItems;
        this.maxExtras = maxExtras;
        this.composite = composite;
        this.openEnded = openEnded;
        this.unverified = unverified;
        this.ranked = ranked;
    }

    /**
     * {@return schemes whose items use only these built-in rules (each item picks one of them)} An
     * open-ended scheme's uncapped items use those of them that score without a maximum; without
     * any, all its items are capped.
     *
     * @param ruleIds the ids of built-in rules, such as {@code count} and {@code tiers}
     */
    public SchemeArbitrary withRules(String... ruleIds) {
        return new SchemeArbitrary(List.of(ruleIds), maxDimensions, maxIndicators, maxItems, maxExtras, composite,
                openEnded, unverified, ranked);
    }

    /**
     * {@return schemes of exactly one item (one dimension, one indicator) on one key, without deductions,
     * bonuses, vetoes or grades: the smallest setting to test a rule in} Never composite (that
     * takes two dimensions); open-ended now and then, unless {@link #plain()}.
     */
    public SchemeArbitrary singleItem() {
        return new SchemeArbitrary(rules, 1, 1, 1, 0, composite == Mode.ALWAYS ? Mode.NEVER : composite, openEnded,
                unverified, ranked);
    }

    /** {@return composite schemes only (SCORING.md step 6): 2 or 3 weighted parts of at least two dimensions} */
    public SchemeArbitrary composite() {
        return new SchemeArbitrary(rules, Math.max(2, maxDimensions), maxIndicators, maxItems, maxExtras, Mode.ALWAYS,
                openEnded, unverified, ranked);
    }

    /** {@return open-ended schemes only (积分制): no maximum above the items, most items uncapped} */
    public SchemeArbitrary openEnded() {
        return new SchemeArbitrary(rules, maxDimensions, maxIndicators, maxItems, maxExtras, composite, Mode.ALWAYS,
                unverified, ranked);
    }

    /**
     * {@return schemes that all allow unverified self-assessment (an item only self-assessed scores its self points)}
     */
    public SchemeArbitrary allowingUnverifiedSelfAssessment() {
        return new SchemeArbitrary(rules, maxDimensions, maxIndicators, maxItems, maxExtras, composite, openEnded,
                Mode.ALWAYS, ranked);
    }

    /**
     * {@return plain schemes only: never composite, never open-ended, never allowing unverified
     * self-assessment (every item capped, maxima adding up to the scheme's maximum)}
     */
    public SchemeArbitrary plain() {
        return new SchemeArbitrary(rules, maxDimensions, maxIndicators, maxItems, maxExtras, Mode.NEVER, Mode.NEVER,
                Mode.NEVER, ranked);
    }

    /**
     * {@return schemes that all rank (SCORING.md step 10): every one has peer groups, which otherwise half
     * of them have} The plainest ranks every kind together, with nothing else declared.
     */
    public SchemeArbitrary ranked() {
        return new SchemeArbitrary(rules, maxDimensions, maxIndicators, maxItems, maxExtras, composite, openEnded,
                unverified, Mode.ALWAYS);
    }

    @Override
    protected Arbitrary<Scheme> arbitrary() {
        int minDimensions = composite == Mode.ALWAYS ? 2 : 1;
        Arbitrary<Long> any = Arbitraries.longs().between(0, Long.MAX_VALUE);
        Arbitrary<List<List<List<Long>>>> shape = any.list().ofMinSize(1).ofMaxSize(maxItems)
                .list().ofMinSize(1).ofMaxSize(maxIndicators)
                .list().ofMinSize(minDimensions).ofMaxSize(Math.max(minDimensions, maxDimensions));
        Arbitrary<List<Long>> extras = any.list().ofMaxSize(maxExtras).withSizeDistribution(RandomDistribution.uniform());
        Arbitrary<List<Label>> names = MofanArbitraries.labels().list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<String> versions = MofanArbitraries.texts()
                .filter(text -> text.length() <= Scheme.MAX_VERSION_LENGTH);
        return Combinators.combine(any, any, shape, extras, names, versions, any)
                .as((top, partPick, levels, more, labels, version, groupPick) -> new Builder(this, labels)
                        .build(top, partPick, levels, more, version, groupPick));
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    /** {@code fraction} of {@code max}, rounded down to scale 2: never above {@code max}. */
    private static BigDecimal part(BigDecimal max, String fraction) {
        return max.multiply(decimal(fraction)).setScale(2, RoundingMode.DOWN);
    }

    /** A dimension or indicator while the scheme is being built: its scoped adjustments come later. */
    private static final class Level {
        final String id;
        final Label name;
        final Optional<BigDecimal> maxPoints;
        final List<Item> items;
        final List<Level> indicators;
        final List<Adjustment> deductions = new ArrayList<>();
        final List<Adjustment> bonuses = new ArrayList<>();

        Level(String id, Label name, Optional<BigDecimal> maxPoints, List<Item> items, List<Level> indicators) {
            this.id = id;
            this.name = name;
            this.maxPoints = maxPoints;
            this.items = items;
            this.indicators = indicators;
        }

        Indicator indicator() {
            return new Indicator(id, name, maxPoints, Optional.empty(), items, deductions, bonuses);
        }

        Dimension dimension() {
            return new Dimension(id, name, maxPoints, Optional.empty(),
                    indicators.stream().map(Level::indicator).toList(), deductions, bonuses);
        }
    }

    /** A part of a composite scheme while the scheme is being built: its deductions come with the extras. */
    private static final class PartDraft {
        final String id;
        final Label name;
        final BigDecimal weight;
        final List<Integer> dimensions = new ArrayList<>();
        final List<Adjustment> deductions = new ArrayList<>();
        final Optional<BigDecimal> deductionCap;

        PartDraft(String id, Label name, BigDecimal weight, Optional<BigDecimal> deductionCap) {
            this.id = id;
            this.name = name;
            this.weight = weight;
            this.deductionCap = deductionCap;
        }

        Part part() {
            return new Part(id, name, weight, dimensions.stream().map(d -> "d" + d).toList(), deductions,
                    deductionCap);
        }
    }

    /** Builds one scheme from its random numbers; not reused. */
    private static final class Builder {

        private final List<String> rules;
        private final List<String> openRules;
        private final int maxItems;
        private final Mode compositeMode;
        private final Mode openEndedMode;
        private final Mode unverifiedMode;
        private final Mode rankedMode;
        private final List<Label> labels;
        private final List<EvidenceKey> keys = new ArrayList<>();
        private final List<String> figures = new ArrayList<>();
        private final List<Level> levels = new ArrayList<>();
        private final List<GradeBand> grades = new ArrayList<>();
        private List<String> kinds = List.of();
        private boolean openEnded;
        /** The scheme's maximum, or for an open-ended scheme its nominal scale: what thresholds are drawn from. */
        private BigDecimal reference = BigDecimal.ZERO;
        private int adjustments;

        Builder(SchemeArbitrary settings, List<Label> labels) {
            this.rules = settings.rules;
            this.openRules = settings.rules.stream().filter(OPEN_ENDED_RULES::contains).toList();
            this.maxItems = settings.maxItems;
            this.compositeMode = settings.composite;
            this.openEndedMode = settings.openEnded;
            this.unverifiedMode = settings.unverified;
            this.rankedMode = settings.ranked;
            this.labels = labels;
        }

        Scheme build(long top, long partPick, List<List<List<Long>>> shape, List<Long> extras, String version,
                long groupPick) {
            Dice dice = new Dice(top);
            PeriodKind period = dice.of(PERIODS);
            Rounding rounding = dice.roll(2) == 0 ? Rounding.HALF_UP : dice.of(List.of(Rounding.values()));
            ZoneId zone = ZoneId.of(dice.of(ZONES));
            kinds = dice.of(SUBJECTS);
            boolean allowAbove = dice.oneIn(4);
            String id = dice.of(SCHEME_IDS);
            Label name = name(dice);
            Optional<BigDecimal> deductionCap = dice.oneIn(2) ? Optional.of(decimal(dice.of(CAPS))) : Optional.empty();
            Optional<BigDecimal> bonusCap = dice.oneIn(2) ? Optional.of(decimal(dice.of(CAPS))) : Optional.empty();
            openEnded = openEndedMode.decide(dice.oneIn(4));
            boolean composite = shape.size() >= 2 && compositeMode.decide(dice.oneIn(4));
            boolean allowUnverified = unverifiedMode.decide(dice.oneIn(3));
            figures.add("total");
            figures.add("base");

            // The items first, indicator by indicator, with each indicator's sum of maxima (the
            // same for every kind); the maxima of the levels above once every item is known.
            List<List<List<Item>>> items = new ArrayList<>();
            List<List<BigDecimal>> sums = new ArrayList<>();
            BigDecimal nominal = BigDecimal.ZERO;
            for (int d = 0; d < shape.size(); d++) {
                List<List<Item>> dimensionItems = new ArrayList<>();
                List<BigDecimal> dimensionSums = new ArrayList<>();
                for (int i = 0; i < shape.get(d).size(); i++) {
                    String indicatorId = "d" + d + ".i" + i;
                    List<Long> picks = shape.get(d).get(i);
                    List<Item> list = new ArrayList<>();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int p = 0; p < picks.size(); p++) {
                        Dice itemDice = new Dice(picks.get(p));
                        Optional<BigDecimal> max = Optional.of(decimal(itemDice.of(MAXIMA)));
                        List<String> choices = rules;
                        if (openEnded && !openRules.isEmpty() && !itemDice.oneIn(3)) {
                            max = Optional.empty();
                            choices = openRules;
                        }
                        int left = picks.size() - p - 1;
                        if (kinds.size() > 1 && list.size() + 2 + left <= maxItems && itemDice.oneIn(5)) {
                            // A pair: one item for one kind, its twin of equal maximum for every other kind.
                            String only = itemDice.of(kinds);
                            List<String> others = kinds.stream().filter(kind -> !kind.equals(only)).toList();
                            list.add(item(itemDice, indicatorId + ".t" + list.size(), max, List.of(only), choices));
                            list.add(item(itemDice, indicatorId + ".t" + list.size(), max, others, choices));
                        } else {
                            list.add(item(itemDice, indicatorId + ".t" + list.size(), max, List.of(), choices));
                        }
                        sum = sum.add(max.orElse(BigDecimal.ZERO));
                        nominal = nominal.add(max.orElse(NOMINAL_UNCAPPED));
                    }
                    dimensionItems.add(list);
                    dimensionSums.add(sum);
                }
                items.add(dimensionItems);
                sums.add(dimensionSums);
            }

            // The parts of a composite scheme, each holding some dimensions and summing to the same S.
            List<PartDraft> parts = new ArrayList<>();
            BigDecimal compositeMax = null;
            if (composite) {
                Dice partDice = new Dice(partPick);
                int count = shape.size() >= 3 && partDice.oneIn(2) ? 3 : 2;
                List<String> weights = partDice.of(count == 2 ? WEIGHTS : WEIGHTS_OF_THREE);
                for (int k = 0; k < count; k++) {
                    Optional<BigDecimal> cap = partDice.oneIn(2) ? Optional.of(decimal(partDice.of(CAPS)))
                            : Optional.empty();
                    parts.add(new PartDraft("p" + k, name(partDice), decimal(weights.get(k)), cap));
                    figures.add("part:p" + k);
                }
                for (int d = 0; d < shape.size(); d++) {
                    parts.get(d < count ? d : partDice.roll(count)).dimensions.add(d);
                }
                List<BigDecimal> partSums = new ArrayList<>();
                BigDecimal target = BigDecimal.ZERO;
                for (PartDraft part : parts) {
                    BigDecimal partSum = BigDecimal.ZERO;
                    for (int d : part.dimensions) {
                        for (BigDecimal sum : sums.get(d)) {
                            partSum = partSum.add(sum);
                        }
                    }
                    partSums.add(partSum);
                    target = target.max(partSum);
                }
                if (!openEnded) {
                    for (int k = 0; k < count; k++) {
                        BigDecimal missing = target.subtract(partSums.get(k));
                        if (missing.signum() > 0) {
                            int d = parts.get(k).dimensions.get(0);
                            int i = items.get(d).size() - 1;
                            List<Item> list = items.get(d).get(i);
                            list.add(item(new Dice(partDice.roll(Integer.MAX_VALUE)), "d" + d + ".i" + i + ".t"
                                    + list.size(), Optional.of(missing), List.of(), rules));
                            sums.get(d).set(i, sums.get(d).get(i).add(missing));
                            nominal = nominal.add(missing);
                        }
                    }
                    BigDecimal weightSum = BigDecimal.ZERO;
                    for (PartDraft part : parts) {
                        weightSum = weightSum.add(part.weight);
                    }
                    // Every weight list adds up to a whole number: the maximum keeps S's decimals.
                    compositeMax = target.multiply(weightSum).setScale(target.scale(), RoundingMode.UNNECESSARY);
                }
            }

            List<Level> dimensions = new ArrayList<>();
            BigDecimal maxPoints = BigDecimal.ZERO;
            for (int d = 0; d < shape.size(); d++) {
                String dimensionId = "d" + d;
                List<Level> indicators = new ArrayList<>();
                BigDecimal dimensionSum = BigDecimal.ZERO;
                for (int i = 0; i < items.get(d).size(); i++) {
                    String indicatorId = dimensionId + ".i" + i;
                    List<Item> list = items.get(d).get(i);
                    BigDecimal sum = sums.get(d).get(i);
                    list.forEach(item -> figures.add("item:" + item.id()));
                    Label indicatorName = name(dice);
                    boolean declared = dice.oneIn(2) && !openEnded;
                    Level indicator = new Level(indicatorId, indicatorName,
                            declared ? Optional.of(sum) : Optional.empty(), list, List.of());
                    indicators.add(indicator);
                    levels.add(indicator);
                    figures.add("indicator:" + indicatorId);
                    dimensionSum = dimensionSum.add(sum);
                }
                Label dimensionName = name(dice);
                boolean declared = dice.oneIn(2) && !openEnded;
                Level dimension = new Level(dimensionId, dimensionName,
                        declared ? Optional.of(dimensionSum) : Optional.empty(), List.of(), indicators);
                dimensions.add(dimension);
                levels.add(dimension);
                figures.add("dimension:" + dimensionId);
                maxPoints = maxPoints.add(dimensionSum);
            }
            if (compositeMax != null) {
                maxPoints = compositeMax;
            }
            reference = openEnded ? nominal : maxPoints;

            // Bands first: vetoes name them. Each extra number says what it adds by its first roll.
            List<Dice> bandDice = new ArrayList<>();
            List<Long> bandUnits = new ArrayList<>();
            int maxUnits = reference.movePointRight(2).intValueExact();
            for (long pick : extras) {
                Dice extra = new Dice(pick);
                if (extra.roll(6) == 5) {
                    // Mostly in the lower half, so that totals reach some bands.
                    long units = extra.oneIn(3) ? 0 : extra.roll(maxUnits / (1 + extra.roll(2)) + 1);
                    if (!bandUnits.contains(units)) {
                        bandUnits.add(units);
                        bandDice.add(extra);
                    }
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int b = 0; b < bandUnits.size(); b++) {
                order.add(b);
            }
            order.sort(Comparator.comparing((Integer b) -> bandUnits.get(b)).reversed());
            for (int b : order) {
                Dice band = bandDice.get(b);
                List<Predicate> gates = new ArrayList<>();
                if (band.oneIn(3)) {
                    gates.add(predicate(band, 0));
                }
                grades.add(new GradeBand("g" + grades.size(), name(band), BigDecimal.valueOf(bandUnits.get(b), 2),
                        gates));
            }

            List<Adjustment> deductions = new ArrayList<>();
            List<Adjustment> bonuses = new ArrayList<>();
            List<Veto> vetoes = new ArrayList<>();
            for (long pick : extras) {
                Dice extra = new Dice(pick);
                switch (extra.roll(6)) {
                    case 0 -> {
                        // A composite scheme's deductions belong to its parts.
                        if (parts.isEmpty()) {
                            deductions.add(adjustment(extra));
                        } else {
                            parts.get(extra.roll(parts.size())).deductions.add(adjustment(extra));
                        }
                    }
                    case 1 -> bonuses.add(adjustment(extra));
                    case 2 -> {
                        Level level = extra.of(levels);
                        level.deductions.add(adjustment(extra));
                    }
                    case 3 -> {
                        Level level = extra.of(levels);
                        level.bonuses.add(adjustment(extra));
                    }
                    case 4 -> vetoes.add(veto(extra, vetoes.size()));
                    default -> {
                        // a grade band, added above
                    }
                }
            }
            return new Scheme(id, version, name, period, 2, rounding, zone,
                    openEnded ? Optional.empty() : Optional.of(maxPoints), kinds, allowAbove, allowUnverified,
                    List.copyOf(keys), dimensions.stream().map(Level::dimension).toList(),
                    parts.stream().map(PartDraft::part).toList(), deductions,
                    parts.isEmpty() ? deductionCap : Optional.empty(), bonuses, bonusCap, vetoes, grades,
                    rollups(new Dice(groupPick == 0 ? 0 : groupPick * 31 + 7), period, grades), peerGroups(new Dice(groupPick), grades));
        }

        /**
         * Half the time (always when ranked) one to three peer groups: the first of every kind, the
         * others of some kinds; now and then ranked within units or only the subjects with a tag the
         * generated org directories use; up to three tie-break figures of the scheme's own levels;
         * leaders and laggards by count or share; quotas on some bands above the lowest, in the
         * first group of each kind that draws them (a kind has one quota group); streaks.
         */
        private List<PeerGroup> peerGroups(Dice dice, List<GradeBand> grades) {
            if (!rankedMode.decide(dice.oneIn(2))) {
                return List.of();
            }
            List<String> tieBreaks = figures.stream().filter(figure -> !figure.equals("total")).toList();
            int count = 1 + (dice.oneIn(2) ? dice.roll(3) : 0);
            Set<String> withQuotas = new HashSet<>();
            List<PeerGroup> groups = new ArrayList<>();
            for (int g = 0; g < count; g++) {
                String id = g == 0 ? "peer-group" : "peer-group." + g;
                List<String> groupKinds = kinds;
                if (g > 0 && kinds.size() > 1 && dice.roll(2) == 1) {
                    groupKinds = kinds.stream().filter(kind -> dice.roll(2) == 1).toList();
                    if (groupKinds.isEmpty()) {
                        groupKinds = List.of(dice.of(kinds));
                    }
                }
                PeerGroup.Within within = dice.oneIn(3) ? PeerGroup.Within.UNIT : PeerGroup.Within.ALL;
                Optional<String> tag = dice.oneIn(4) ? Optional.of(dice.of(OrgTreeArbitrary.TAGS)) : Optional.empty();
                List<String> tieBreak = new ArrayList<>();
                for (int t = dice.roll(4); t > 0; t--) {
                    String figure = dice.of(tieBreaks);
                    if (!tieBreak.contains(figure)) {
                        tieBreak.add(figure);
                    }
                }
                Optional<PeerGroup.Cut> leaders = cut(dice);
                Optional<PeerGroup.Cut> laggards = cut(dice);
                List<PeerGroup.Quota> quotas = new ArrayList<>();
                boolean free = groupKinds.stream().noneMatch(withQuotas::contains);
                if (grades.size() >= 2 && free && dice.roll(3) != 0) {
                    for (int b = 0; b < grades.size() - 1; b++) {
                        if (dice.roll(3) != 0 || b == grades.size() - 2 && quotas.isEmpty()) {
                            quotas.add(new PeerGroup.Quota(grades.get(b).id(), decimal(dice.of(QUOTA_SHARES))));
                        }
                    }
                    withQuotas.addAll(groupKinds);
                }
                List<PeerGroup.Streak> streaks = new ArrayList<>();
                List<String> flags = new ArrayList<>(STREAK_FLAGS);
                for (int k = dice.oneIn(2) ? 1 + dice.roll(2) : 0; k > 0; k--) {
                    String flag = flags.remove(dice.roll(flags.size()));
                    PeerGroup.Standing when = dice.of(List.of(PeerGroup.Standing.LAGGARD, PeerGroup.Standing.LEADER));
                    streaks.add(new PeerGroup.Streak(flag, when, 2 + dice.roll(2)));
                }
                groups.add(new PeerGroup(id, name(dice), groupKinds, within, tag, PeerGroup.TOTAL, tieBreak, leaders, laggards, quotas,
                        streaks));
            }
            return groups;
        }

        /**
         * Half the time roll-ups: over periods (a year of the scheme's periods, or a block of 2 or 3
         * years for a yearly scheme), by any method and missing policy, now and then with grade rules
         * that count the inputs' grades and sometimes a roll-up over cycles of the annual one; and
         * over the tree when the scheme assesses two org kinds, one rolled up from the other.
         */
        private List<Rollup> rollups(Dice dice, PeriodKind period, List<GradeBand> grades) {
            if (!dice.oneIn(2)) {
                return List.of();
            }
            List<Rollup> rollups = new ArrayList<>();
            PeriodKind over = period == PeriodKind.YEAR ? PeriodKind.CYCLE : PeriodKind.YEAR;
            rollups.add(periodRollup(dice, "roll-up.0", kinds, over, period, Optional.empty(), grades));
            if (over == PeriodKind.YEAR && dice.oneIn(3)) {
                rollups.add(periodRollup(dice, "roll-up.1", kinds, PeriodKind.CYCLE, PeriodKind.YEAR,
                        Optional.of("roll-up.0"), grades));
            }
            List<String> orgKinds = kinds.stream().filter(kind -> !kind.equals(Division.KIND_ID)).toList();
            String subject = orgKinds.isEmpty() ? null : dice.of(orgKinds);
            List<String> children = orgKinds.stream()
                    .filter(kind -> subject != null && !kind.equals(subject) && Term.find(OrgKind.class, kind).orElseThrow()
                            .mayBeBelow(Term.find(OrgKind.class, subject).orElseThrow())).toList();
            if (!children.isEmpty() && dice.roll(3) != 0) {
                rollups.add(new HierarchyRollup("roll-up.tree", name(dice), List.of(subject), children,
                        decimal(dice.of(List.of("0.6", "0", "1", "0.5", "0.25"))),
                        dice.of(List.of(HierarchyRollup.Weighting.values())), dice.of(List.of(Rollup.Missing.values()))));
            }
            return rollups;
        }

        private PeriodRollup periodRollup(Dice dice, String id, List<String> subjects, PeriodKind over,
                PeriodKind input, Optional<String> from, List<GradeBand> grades) {
            Optional<Period.Cycle> cycle = over == PeriodKind.CYCLE
                    ? Optional.of(Period.cycle(2020 + dice.roll(7), 2021 + dice.roll(2) + 6)) : Optional.empty();
            cycle = cycle.map(c -> Period.cycle(c.firstYear(), c.firstYear() + 1 + dice.roll(2)));
            Period sample = cycle.isPresent() ? cycle.get() : Period.year(2025);
            int inputs = sample.split(input).size();
            PeriodRollup.Method method = dice.of(List.of(PeriodRollup.Method.values()));
            List<BigDecimal> weights = new ArrayList<>();
            if (method == PeriodRollup.Method.WEIGHTED) {
                for (int i = 0; i < inputs; i++) {
                    weights.add(decimal(dice.of(PERS)));
                }
            }
            List<PeriodRollup.GradeRule> rules = new ArrayList<>();
            if (grades.size() >= 2 && dice.oneIn(2)) {
                String band = dice.of(grades).id();
                GradeOp op = dice.of(List.of(GradeOp.values()));
                Optional<Integer> periods = dice.oneIn(2) ? Optional.of(1 + dice.roll(inputs)) : Optional.empty();
                Optional<Integer> times = dice.oneIn(2) ? Optional.of(1 + dice.roll(periods.orElse(inputs)))
                        : Optional.empty();
                Predicate test = new Predicate.GradeTest(op, band, periods, times);
                Predicate when = switch (dice.roll(3)) {
                    case 0 -> test;
                    case 1 -> new Predicate.Not(test);
                    default -> new Predicate.AllOf(List.of(test, new Predicate.ResultTest("total", CompareOp.GE,
                            decimal(dice.of(MAXIMA)))));
                };
                rules.add(new PeriodRollup.GradeRule(grades.get(0).id(), Optional.of(when)));
                rules.add(new PeriodRollup.GradeRule(grades.get(grades.size() - 1).id(), Optional.empty()));
            }
            return new PeriodRollup(id, name(dice), subjects, over, cycle, from, method, weights,
                    dice.of(List.of(Rollup.Missing.values())), rules);
        }

        /** No cut, a count of 1 to 3 or a share. */
        private Optional<PeerGroup.Cut> cut(Dice dice) {
            return switch (dice.roll(3)) {
                case 0 -> Optional.empty();
                case 1 -> Optional.of(new PeerGroup.Cut(Optional.of(1 + dice.roll(3)), Optional.empty()));
                default -> Optional.of(new PeerGroup.Cut(Optional.empty(), Optional.of(decimal(dice.of(SHARES)))));
            };
        }

        private Label name(Dice dice) {
            return dice.roll(3) == 2 ? dice.of(labels) : Label.NONE;
        }

        /** Now and then one of the scheme's kinds; mostly none (every kind). */
        private List<String> someKinds(Dice dice) {
            return kinds.size() > 1 && dice.oneIn(3) ? List.of(dice.of(kinds)) : List.of();
        }

        /** A key of one of {@code types}: now and then one already declared that {@code fits}, else a new one. */
        private EvidenceKey key(Dice dice, List<KeyType> types, java.util.function.Predicate<EvidenceKey> fits,
                boolean mayGrade) {
            List<EvidenceKey> fitting = keys.stream().filter(fits).toList();
            if (!fitting.isEmpty() && dice.oneIn(3)) {
                return dice.of(fitting);
            }
            KeyType type = dice.of(types);
            boolean graded = type == KeyType.RATING && mayGrade && dice.oneIn(2);
            List<String> values = type == KeyType.CATEGORY ? dice.of(SEVERITIES)
                    : graded ? dice.of(GRADE_SCALES) : List.of();
            List<Combination> allowed = graded ? List.of(Combination.LATEST) : type.combinations();
            Combination combine = dice.roll(2) == 0 ? allowed.get(0) : dice.of(allowed);
            int trim = combine == Combination.TRIMMED_MEAN ? dice.roll(3) : 1;
            EvidenceKey key = new EvidenceKey("key-" + keys.size(), name(dice), type, combine, values, trim);
            keys.add(key);
            return key;
        }

        /** An item of one of the rules {@code choices}; uncapped when {@code max} is empty (an open-ended rule). */
        private Item item(Dice dice, String id, Optional<BigDecimal> capped, List<String> subjects,
                List<String> choices) {
            String rule = dice.of(choices);
            // Only open-ended rules are chosen for an uncapped item, and they never read the maximum.
            BigDecimal max = capped.orElse(null);
            Map<String, Object> params = new LinkedHashMap<>();
            EvidenceKey key;
            switch (rule) {
                case "check" -> {
                    key = key(dice, List.of(KeyType.FLAG), k -> k.type() == KeyType.FLAG, false);
                    if (dice.oneIn(2)) {
                        BigDecimal points = part(max, dice.of(List.of("1", "0.5")));
                        params.put("points", points.signum() > 0 ? points : max);
                    }
                }
                case "count" -> {
                    key = key(dice, COUNTED, k -> COUNTED.contains(k.type()), false);
                    params.put("per", decimal(dice.of(PERS)));
                    if (dice.oneIn(2)) {
                        params.put("cap", decimal(dice.of(OCCURRENCE_CAPS)));
                    }
                }
                case "ratio" -> {
                    key = key(dice, List.of(KeyType.RATIO), k -> k.type() == KeyType.RATIO, false);
                    BigDecimal full = BigDecimal.ONE;
                    if (dice.oneIn(2)) {
                        full = decimal(dice.of(List.of("1", "0.9", "0.8")));
                        params.put("full", full);
                    }
                    if (dice.oneIn(2)) {
                        BigDecimal threshold = decimal(dice.of(List.of("0", "0.5", "0.6", "0.8")));
                        if (threshold.compareTo(full) <= 0) {
                            params.put("threshold", threshold);
                        }
                    }
                }
                case "tiers" -> {
                    key = key(dice, TIERED, k -> TIERED.contains(k.type()) && !k.isGraded(), false);
                    tiers(dice, key.type(), max, params);
                }
                case "deduct" -> {
                    key = key(dice, DEDUCTED, k -> DEDUCTED.contains(k.type()), false);
                    params.put("per", decimal(dice.of(PERS)));
                }
                case "rating" -> {
                    key = key(dice, List.of(KeyType.RATING), k -> k.type() == KeyType.RATING, true);
                    if (key.isGraded()) {
                        // Fractions never rise as grades get worse (values are best first).
                        Map<String, Object> fractions = new LinkedHashMap<>();
                        int f = dice.roll(2);
                        for (String value : key.values()) {
                            fractions.put(value, decimal(GRADE_FRACTIONS.get(f)));
                            f = Math.min(GRADE_FRACTIONS.size() - 1, f + dice.roll(3));
                        }
                        params.put("grades", fractions);
                    } else {
                        params.put("outOf", decimal(dice.of(OUT_OF)));
                    }
                    if (dice.oneIn(2)) {
                        params.put("aggregate", dice.of(AGGREGATES));
                    }
                    if (dice.oneIn(3)) {
                        params.put("trim", decimal(dice.of(List.of("1", "0", "2"))));
                    }
                }
                case "occurrences" -> {
                    // Levels lowest first: the key's values, each given an add-on now and then.
                    key = key(dice, List.of(KeyType.CATEGORY), k -> k.type() == KeyType.CATEGORY, false);
                    boolean byLevel = dice.roll(3) != 0;
                    if (!byLevel || dice.oneIn(2)) {
                        params.put("per", decimal(dice.of(PERS)));
                    }
                    if (byLevel) {
                        Map<String, Object> addOns = new LinkedHashMap<>();
                        for (String value : key.values()) {
                            if (dice.roll(3) != 2) {
                                addOns.put(value, decimal(dice.of(PERS)));
                            }
                        }
                        if (addOns.isEmpty()) {
                            addOns.put(key.values().get(key.values().size() - 1), decimal(dice.of(PERS)));
                        }
                        params.put("levels", addOns);
                    }
                    if (dice.oneIn(3)) {
                        params.put("pay", dice.of(List.of("cumulative", "highest", "reported")));
                    }
                }
                default -> key = key(dice, List.of(KeyType.POINTS), k -> k.type() == KeyType.POINTS, false);
            }
            // Mostly the rule's default; failing without evidence is rare, as it makes scorecards incomplete.
            Optional<MissingPolicy> missing = switch (dice.roll(40)) {
                case 30, 31 -> Optional.of(MissingPolicy.ZERO);
                // An open-ended scheme has no maxima to renormalise by: it refuses exclude.
                case 32, 33, 34, 35 -> Optional.of(openEnded ? MissingPolicy.ZERO : MissingPolicy.EXCLUDE);
                case 36, 37 -> Optional.of(MissingPolicy.SCORE);
                case 38 -> Optional.of(MissingPolicy.FAIL);
                default -> Optional.empty();
            };
            return new Item(id, name(dice), capped, Optional.empty(), new RuleRef(rule, params), List.of(key.id()),
                    subjects, missing);
        }

        /**
         * One to three tiers with strictly decreasing thresholds suited to the key's type; three
         * times in four their points never rise as thresholds fall (a monotone rule).
         */
        private void tiers(Dice dice, KeyType type, BigDecimal max, Map<String, Object> params) {
            List<String> candidates = THRESHOLDS.get(type);
            List<BigDecimal> thresholds = new ArrayList<>();
            for (String candidate : candidates) {
                if (thresholds.size() < 3 && dice.roll(2) == 1) {
                    thresholds.add(decimal(candidate));
                }
            }
            if (thresholds.isEmpty()) {
                thresholds.add(decimal(dice.of(candidates)));
            }
            boolean monotone = !dice.oneIn(4);
            int f = dice.roll(2);
            List<Object> tiers = new ArrayList<>();
            for (BigDecimal threshold : thresholds) {
                int index = monotone ? f : dice.roll(FRACTIONS.size());
                Map<String, Object> tier = new LinkedHashMap<>();
                tier.put("atLeast", threshold);
                tier.put("points", part(max, FRACTIONS.get(index)));
                tiers.add(tier);
                f = Math.min(FRACTIONS.size() - 1, index + dice.roll(2));
            }
            params.put("tiers", tiers);
            if (dice.oneIn(2)) {
                params.put("otherwise", part(max, FRACTIONS.get(monotone ? f : dice.roll(FRACTIONS.size()))));
            }
        }

        private Adjustment adjustment(Dice dice) {
            String id = "a:" + adjustments++;
            EvidenceKey key = key(dice, ADJUSTED, k -> ADJUSTED.contains(k.type()), false);
            Optional<BigDecimal> per = Optional.empty();
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            if (key.type() == KeyType.CATEGORY && dice.roll(3) != 0) {
                key.values().forEach(value -> amounts.put(value, decimal(dice.of(PERS))));
            } else {
                per = Optional.of(decimal(dice.of(PERS)));
            }
            Optional<BigDecimal> cap = dice.roll(3) != 0 ? Optional.of(decimal(dice.of(CAPS))) : Optional.empty();
            return new Adjustment(id, name(dice), key.id(), per, amounts, cap, someKinds(dice));
        }

        private Veto veto(Dice dice, int number) {
            Predicate when = predicate(dice, 0);
            VetoEffect effect = dice.of(List.of(VetoEffect.CAP_GRADE, VetoEffect.ZERO, VetoEffect.INELIGIBLE));
            if (effect == VetoEffect.CAP_GRADE && grades.isEmpty()) {
                effect = VetoEffect.ZERO;
            }
            Optional<String> grade = effect == VetoEffect.CAP_GRADE ? Optional.of(dice.of(grades).id())
                    : Optional.empty();
            return new Veto("v_" + number, name(dice), when, effect, grade, someKinds(dice));
        }

        /** A key test, a figure test, or (above depth 2) all of, any of or not. */
        private Predicate predicate(Dice dice, int depth) {
            int form = depth >= 2 ? dice.roll(2) : dice.roll(5);
            return switch (form) {
                case 0 -> keyTest(dice);
                case 1 -> new Predicate.ResultTest(dice.of(figures), dice.of(OPS), part(reference,
                        dice.of(List.of("0.5", "0.9", "0.25", "1", "0"))));
                case 2 -> new Predicate.AllOf(parts(dice, depth));
                case 3 -> new Predicate.AnyOf(parts(dice, depth));
                default -> new Predicate.Not(predicate(dice, depth + 1));
            };
        }

        private List<Predicate> parts(Dice dice, int depth) {
            List<Predicate> parts = new ArrayList<>();
            int count = 1 + dice.roll(2);
            for (int p = 0; p < count; p++) {
                parts.add(predicate(dice, depth + 1));
            }
            return parts;
        }

        private Predicate keyTest(Dice dice) {
            EvidenceKey key = key(dice, TESTED, k -> true, true);
            if (key.type() == KeyType.FLAG) {
                return new Predicate.KeyTest(key.id(), dice.of(List.of(CompareOp.EQ, CompareOp.NE)), dice.roll(2) == 0);
            }
            if (key.isGraded() && key.combine() != Combination.DISTINCT_CASES) {
                return new Predicate.KeyTest(key.id(), dice.of(List.of(CompareOp.EQ, CompareOp.NE)),
                        dice.of(key.values()));
            }
            // Numbers, and the number of distinct cases of a category key.
            KeyType compared = key.type() == KeyType.CATEGORY ? KeyType.COUNT : key.type();
            return new Predicate.KeyTest(key.id(), dice.of(OPS), decimal(dice.of(COMPARED.get(compared))));
        }
    }
}
