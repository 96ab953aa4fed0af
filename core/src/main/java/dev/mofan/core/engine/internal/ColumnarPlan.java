package dev.mofan.core.engine.internal;

import dev.mofan.core.engine.internal.CompiledScheme.DimensionPlan;
import dev.mofan.core.engine.internal.CompiledScheme.IndicatorPlan;
import dev.mofan.core.engine.internal.CompiledScheme.KindPlan;
import dev.mofan.core.spi.KeyEvidence;
import dev.mofan.core.spi.RuleCapability;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.CompareOp;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.MissingPolicy;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scheme laid out for scoring from columns: per subject kind, its items in order with their
 * rules, keys and remembered points, where each indicator and dimension ends, its deductions,
 * bonuses and vetoes; the grade bands with their gates; and, when the scheme uses something the
 * columnar path does not do, the reasons ({@link #limits()}), in which case its subjects are
 * scored from their records. Built once per compiled scheme; immutable but for the memos.
 */
public final class ColumnarPlan {

    /** The most decimals a scheme may round to for its points to be held as longs. */
    static final int MOST_SCALE = 12;

    private final Scheme scheme;
    private final int scale;
    private final RoundingMode mode;
    private final Set<Label> limits = new LinkedHashSet<>();
    /** Keys whose records' values an item counts, with the first such item. */
    private final Map<String, String> countedKeys = new LinkedHashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Band[] bands;

    /** A deduction or bonus of the whole scheme: points for a case total, rounded and capped. */
    record Adjust(Adjustment adjustment, int key, PointsMemo memo, long capFloor, long capRounded) {

        /** Whether it is worth an amount by the level each case names, rather than {@code per} times a value. */
        boolean byLevel() {
            return !adjustment.levels().isEmpty();
        }
    }

    /** A grade band: the lowest total that reaches it, in whole units of the scale, and its gates. */
    record Band(GradeBand band, long min, Test[] gates) {
    }

    /** A veto and its condition. */
    record VetoTest(Veto veto, Test when) {
    }

    /** A part of a composite scheme: its dimensions (indexes in the kind's), weight and deductions. */
    record PartLayout(Part part, int[] dimensions, Adjust[] deductions, long[] cap, int slot) {
    }

    /** A level's maximum, in whole units of the scale, when it has none (an open-ended scheme). */
    static final long NO_MAX = Long.MAX_VALUE;

    /**
     * One subject kind laid out: figures in slots (items, then indicators, then dimensions, then
     * parts), {@code indicatorEnd[j]} the item slot after indicator {@code j}, {@code dimensionEnd[d]}
     * the indicator after dimension {@code d}; each indicator's and dimension's maximum and scoped
     * deductions and bonuses.
     */
    static final class Kind {
        final KindPlan plan;
        final Item[] items;
        final int[] itemKey;
        final ScoringRule[] rules;
        final MissingPolicy[] missing;
        /** Whether an item's rule reads how many records name each value ({@code VALUE_COUNTS}). */
        final boolean[] itemCounts;
        final PointsMemo[] memos;
        final int[] indicatorEnd;
        final long[] indicatorMax;
        final Adjust[][] indicatorDeductions;
        final Adjust[][] indicatorBonuses;
        final int[] dimensionEnd;
        final long[] dimensionMax;
        final Adjust[][] dimensionDeductions;
        final Adjust[][] dimensionBonuses;
        final Adjust[] deductions;
        final Adjust[] bonuses;
        final PartLayout[] parts;
        final VetoTest[] vetoes;
        final Map<String, Integer> slots = new HashMap<>();
        final int figures;
        /** Each item's maximum in whole units of the scale, 0 without one (what an exclusion takes away). */
        final long[] itemMax;
        /** Whether an item is left out without evidence, so that its levels are renormalised subject by subject. */
        boolean excludes;

        Kind(ColumnarPlan layout, KindPlan plan, Map<String, Integer> keyIndex) {
            this.plan = plan;
            List<Item> items = new ArrayList<>();
            List<Integer> indicatorEnd = new ArrayList<>();
            List<Long> indicatorMax = new ArrayList<>();
            List<Adjust[]> indicatorDeductions = new ArrayList<>();
            List<Adjust[]> indicatorBonuses = new ArrayList<>();
            List<Integer> dimensionEnd = new ArrayList<>();
            List<String> dimensionIds = new ArrayList<>();
            int dimensions = plan.dimensions().size();
            this.dimensionMax = new long[dimensions];
            this.dimensionDeductions = new Adjust[dimensions][];
            this.dimensionBonuses = new Adjust[dimensions][];
            for (int d = 0; d < dimensions; d++) {
                DimensionPlan dimension = plan.dimensions().get(d);
                for (IndicatorPlan indicator : dimension.indicators()) {
                    items.addAll(indicator.items());
                    indicatorEnd.add(items.size());
                    indicatorMax.add(layout.maximum(indicator.maxPoints()));
                    indicatorDeductions.add(layout.adjustments(indicator.deductions(), keyIndex));
                    indicatorBonuses.add(layout.adjustments(indicator.bonuses(), keyIndex));
                }
                dimensionEnd.add(indicatorEnd.size());
                dimensionIds.add(dimension.dimension().id());
                dimensionMax[d] = layout.maximum(dimension.maxPoints());
                dimensionDeductions[d] = layout.adjustments(dimension.deductions(), keyIndex);
                dimensionBonuses[d] = layout.adjustments(dimension.bonuses(), keyIndex);
            }
            this.items = items.toArray(Item[]::new);
            this.itemMax = items.stream().mapToLong(item -> item.maxPoints().isEmpty() ? 0
                    : layout.maximum(item.maxPoints())).toArray();
            this.itemKey = new int[this.items.length];
            this.rules = new ScoringRule[this.items.length];
            this.missing = new MissingPolicy[this.items.length];
            this.itemCounts = new boolean[this.items.length];
            this.memos = new PointsMemo[this.items.length];
            this.indicatorEnd = indicatorEnd.stream().mapToInt(Integer::intValue).toArray();
            this.indicatorMax = indicatorMax.stream().mapToLong(Long::longValue).toArray();
            this.indicatorDeductions = indicatorDeductions.toArray(Adjust[][]::new);
            this.indicatorBonuses = indicatorBonuses.toArray(Adjust[][]::new);
            this.dimensionEnd = dimensionEnd.stream().mapToInt(Integer::intValue).toArray();
            this.deductions = layout.adjustments(plan.deductions(), keyIndex);
            this.bonuses = layout.adjustments(plan.bonuses(), keyIndex);
            this.vetoes = new VetoTest[plan.vetoes().size()];
            for (int v = 0; v < vetoes.length; v++) {
                Veto veto = plan.vetoes().get(v);
                vetoes[v] = new VetoTest(veto, layout.test(veto.when(), keyIndex));
            }
            for (int i = 0; i < this.items.length; i++) {
                slots.put("item:" + this.items[i].id(), i);
                memos[i] = new PointsMemo();
            }
            int j = 0;
            for (int d = 0; d < dimensions; d++) {
                for (IndicatorPlan indicator : plan.dimensions().get(d).indicators()) {
                    slots.put("indicator:" + indicator.indicator().id(), indicatorSlot(j++));
                }
                slots.put("dimension:" + dimensionIds.get(d), dimensionSlot(d));
            }
            this.parts = new PartLayout[plan.parts().size()];
            for (int q = 0; q < parts.length; q++) {
                Part part = plan.parts().get(q).part();
                int[] in = part.dimensions().stream().mapToInt(dimensionIds::indexOf).filter(d -> d >= 0).toArray();
                int slot = dimensionSlot(dimensions) + q;
                parts[q] = new PartLayout(part, in, layout.adjustments(plan.parts().get(q).deductions(), keyIndex),
                        layout.cap(part.deductionCap()), slot);
                slots.put("part:" + part.id(), slot);
            }
            this.figures = this.items.length + this.indicatorEnd.length + dimensions + parts.length;
        }

        int indicatorSlot(int j) {
            return items.length + j;
        }

        int dimensionSlot(int d) {
            return items.length + indicatorEnd.length + d;
        }
    }

    /**
     * Lays out {@code compiled}.
     *
     * @param compiled the compiled scheme
     */
    public ColumnarPlan(CompiledScheme compiled) {
        this.scheme = compiled.scheme();
        this.scale = scheme.scale();
        this.mode = scheme.rounding().mode();
        if (scale > MOST_SCALE) {
            limit("按 " + scale + " 位小数取整（最多 " + MOST_SCALE + " 位）", "rounds to " + scale + " decimals (at most "
                    + MOST_SCALE + ")");
        }
        Map<String, Integer> keyIndex = new HashMap<>();
        List<EvidenceKey> keys = scheme.keys();
        for (int k = 0; k < keys.size(); k++) {
            keyIndex.put(keys.get(k).id(), k);
        }
        for (String kindId : scheme.subjects()) {
            compiled.plan(kindId).ifPresent(plan -> kinds.put(kindId, kind(compiled, plan, keyIndex)));
        }
        List<GradeBand> grades = scheme.grades();
        this.bands = new Band[grades.size()];
        for (int g = 0; g < grades.size(); g++) {
            GradeBand band = grades.get(g);
            Test[] gates = new Test[band.gates().size()];
            for (int i = 0; i < gates.length; i++) {
                gates[i] = test(band.gates().get(i), keyIndex);
            }
            bands[g] = new Band(band, unscaled(band.min(), RoundingMode.CEILING), gates);
        }
    }

    private void limit(String zh, String en) {
        limits.add(Label.of("方案" + zh, "the scheme " + en));
    }

    /** A level's maximum in whole units of the scale; {@link #NO_MAX} without one. */
    long maximum(Optional<BigDecimal> maximum) {
        if (maximum.isPresent() && maximum.get().stripTrailingZeros().scale() > scale) {
            limit("的满分 " + maximum.get().toPlainString() + " 小数位多于其精度", "has a maximum "
                    + maximum.get().toPlainString() + " with more decimals than its scale");
        }
        return maximum.map(m -> unscaled(m, RoundingMode.FLOOR)).orElse(NO_MAX);
    }

    long unscaled(BigDecimal value, RoundingMode rounding) {
        BigDecimal scaled = value.setScale(Math.min(scale, MOST_SCALE), rounding);
        if (scaled.unscaledValue().bitLength() > 62) {
            limit("含有过大的数值 " + value.toPlainString(), "has a figure too large for columns, "
                    + value.toPlainString());
            return scaled.signum() > 0 ? Long.MAX_VALUE / 2 : Long.MIN_VALUE / 2;
        }
        return scaled.unscaledValue().longValue();
    }

    private Kind kind(CompiledScheme compiled, KindPlan plan, Map<String, Integer> keyIndex) {
        Kind kind = new Kind(this, plan, keyIndex);
        for (int i = 0; i < kind.items.length; i++) {
            Item item = kind.items[i];
            ScoringRule rule = compiled.rule(item.id());
            kind.rules[i] = rule;
            if (item.keys().size() != 1) {
                limit("的评价内容 " + item.id() + " 读取多个指标键", "has item " + item.id() + " reading several keys");
                continue;
            }
            EvidenceKey key = compiled.key(item.keys().get(0)).orElseThrow();
            kind.itemKey[i] = keyIndex.get(key.id());
            Set<RuleCapability> capabilities;
            MissingPolicy policy;
            try {
                capabilities = rule.capabilities();
                policy = item.missing().orElseGet(rule::defaultMissing);
            } catch (RuntimeException e) {
                limit("的评价内容 " + item.id() + " 的规则未说明其能力", "has item " + item.id()
                        + " whose rule does not say what it promises");
                continue;
            }
            boolean cases = key.isGraded() && key.combine() == Combination.DISTINCT_CASES;
            boolean counted = key.isGraded() && !cases && key.values().size() <= ColumnStore.MOST_CASES;
            if (capabilities != null && !capabilities.contains(RuleCapability.COMBINED_VALUE)
                    && counted && capabilities.contains(RuleCapability.VALUE_COUNTS)) {
                kind.itemCounts[i] = true;
                countedKeys.putIfAbsent(key.id(), item.id());
            } else if (capabilities == null || !(capabilities.contains(RuleCapability.COMBINED_VALUE)
                    || cases && capabilities.contains(RuleCapability.CASE_LEVELS))) {
                limit("的评价内容 " + item.id() + " 的规则 " + item.rule().id() + " 需逐条读取记录",
                        "has item " + item.id() + " whose rule " + item.rule().id() + " reads its records one by one");
            }
            if (policy == null) {
                limit("的评价内容 " + item.id() + " 未给出缺少佐证时的处理方式", "has item " + item.id()
                        + " whose rule gives no missing-evidence policy");
            }
            kind.missing[i] = policy;
            kind.excludes |= policy == MissingPolicy.EXCLUDE;
        }
        return kind;
    }

    Adjust[] adjustments(List<Adjustment> list, Map<String, Integer> keyIndex) {
        Adjust[] adjusts = new Adjust[list.size()];
        for (int a = 0; a < adjusts.length; a++) {
            Adjustment adjustment = list.get(a);
            EvidenceKey key = scheme.keys().get(keyIndex.get(adjustment.key()));
            if (adjustment.levels().isEmpty() && (adjustment.per().isEmpty() || adjustment.per().get().signum() <= 0)) {
                limit("的加减分 " + adjustment.id() + " 每起分值不为正", "has adjustment " + adjustment.id()
                        + " without a positive amount per case");
            } else if (!adjustment.levels().isEmpty()
                    && (key.values().isEmpty() || key.values().size() > ColumnStore.MOST_CASES)) {
                limit("的加减分 " + adjustment.id() + " 按级别计分，而指标键 " + key.id() + " 的取值多于 "
                        + ColumnStore.MOST_CASES + " 个", "has adjustment " + adjustment.id() + " worth an amount by level"
                        + " of key " + key.id() + ", which has more than " + ColumnStore.MOST_CASES + " values");
            }
            long capFloor = adjustment.cap().map(c -> unscaled(c, RoundingMode.FLOOR)).orElse(Long.MAX_VALUE);
            long capRounded = adjustment.cap().map(c -> unscaled(c, mode)).orElse(Long.MAX_VALUE);
            adjusts[a] = new Adjust(adjustment, keyIndex.get(adjustment.key()), new PointsMemo(), capFloor, capRounded);
        }
        return adjusts;
    }

    /** {@return the keys whose records' values an item counts ({@code VALUE_COUNTS}), each with the first such item} */
    public Map<String, String> countedKeys() {
        return Map.copyOf(countedKeys);
    }

    /** {@return why the scheme cannot be scored from columns; empty when it can} */
    public List<Label> limits() {
        return List.copyOf(limits);
    }

    /** {@return the scheme's decimals} */
    int scale() {
        return scale;
    }

    /** {@return the scheme's rounding} */
    RoundingMode mode() {
        return mode;
    }

    /** {@return the layout of {@code kind}} */
    Kind kind(String kind) {
        return kinds.get(kind);
    }

    /**
     * {@return the figures of a subject of {@code kind} by name ({@code item:ID}, {@code indicator:ID},
     * {@code dimension:ID}) and their slots}
     *
     * @param kind the subject kind
     */
    public Map<String, Integer> slots(String kind) {
        return kinds.get(kind).slots;
    }

    /** {@return the grade bands, best first} */
    Band[] bands() {
        return bands;
    }

    /** {@return a cap of the whole scheme's deductions or bonuses, rounded down and as the scheme rounds} */
    long[] cap(Optional<BigDecimal> cap) {
        return cap.map(c -> new long[] {unscaled(c, RoundingMode.FLOOR), unscaled(c, mode)})
                .orElse(new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
    }

    // ---------------------------------------------------------------- predicates

    /** A predicate over a subject's columns and figures. */
    interface Test {
        /**
         * {@return whether it holds for subject {@code s}}
         *
         * @param store the columns
         * @param s the subject's index
         * @param kind the layout of the subject's kind
         * @param figures the figures of the subjects of its kind, by slot and position ({@link ColumnarScorer#ABSENT} when not scored)
         * @param pos the subject's position among its kind
         * @param base the base
         * @param total the total
         */
        boolean holds(ColumnStore store, int s, Kind kind, long[][] figures, int pos, long base, long total);
    }

    /** Compiles {@code predicate}. */
    Test test(Predicate predicate, Map<String, Integer> keyIndex) {
        if (predicate instanceof Predicate.Not not) {
            Test inner = test(not.negated(), keyIndex);
            return (store, s, kind, figures, pos, base, total) -> !inner.holds(store, s, kind, figures, pos, base, total);
        }
        if (predicate instanceof Predicate.AllOf all) {
            Test[] parts = all.all().stream().map(p -> test(p, keyIndex)).toArray(Test[]::new);
            return (store, s, kind, figures, pos, base, total) -> {
                for (Test part : parts) {
                    if (!part.holds(store, s, kind, figures, pos, base, total)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (predicate instanceof Predicate.AnyOf any) {
            Test[] parts = any.any().stream().map(p -> test(p, keyIndex)).toArray(Test[]::new);
            return (store, s, kind, figures, pos, base, total) -> {
                for (Test part : parts) {
                    if (part.holds(store, s, kind, figures, pos, base, total)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (predicate instanceof Predicate.KeyTest key) {
            return keyTest(key, scheme.keys().get(keyIndex.get(key.key())), keyIndex.get(key.key()));
        }
        if (predicate instanceof Predicate.ResultTest result) {
            return resultTest(result);
        }
        limit("的否决或门槛条件使用了 " + predicate.getClass().getSimpleName(), "has a veto or gate using "
                + predicate.getClass().getSimpleName());
        return (store, s, kind, figures, pos, base, total) -> false;
    }

    /**
     * A key test as {@code PredicateCheck} does it. Without a record the key's evidence is what
     * {@link Combiner} gives for none (0 for a count, false for a flag, nothing otherwise), the same
     * for every subject, so that outcome is decided here once; so is a test that can never compare,
     * such as a text against a count.
     */
    private static Test keyTest(Predicate.KeyTest test, EvidenceKey key, int k) {
        CompareOp op = test.op();
        KeyEvidence none = Combiner.combine(key, List.of(), ZoneOffset.UTC);
        int mode = ColumnStore.modeOf(key);
        if (test.value() instanceof Boolean expected) {
            boolean absent = none.flag().map(f -> op.holds(Boolean.compare(f, expected))).orElse(op == CompareOp.NE);
            if (mode != ColumnStore.FLAG) {
                return constant(absent);
            }
            return (store, s, kind, figures, pos, base, total) -> store.denominators(k)[s] == 0 ? absent
                    : op.holds(Boolean.compare(store.numerators(k)[s] > 0, expected));
        }
        if (test.value() instanceof String expected) {
            int index = key.values().indexOf(expected);
            if (mode != ColumnStore.TEXT) {
                return constant(op == CompareOp.NE);
            }
            return (store, s, kind, figures, pos, base, total) -> store.denominators(k)[s] == 0 ? op == CompareOp.NE
                    : op.holds(store.numerators(k)[s] == index ? 0 : 1);
        }
        BigDecimal expected = (BigDecimal) test.value();
        boolean absent = none.exact().map(e -> op.holds(e.compareTo(expected))).orElse(op == CompareOp.NE);
        if (mode == ColumnStore.TEXT) {
            return constant(absent);
        }
        return (store, s, kind, figures, pos, base, total) -> {
            long d = store.denominators(k)[s];
            if (d == 0) {
                return absent;
            }
            long n = store.numerators(k)[s];
            return op.holds(mode == ColumnStore.CASES
                    ? BigDecimal.valueOf(ColumnStore.unpack(n).length).compareTo(expected)
                    : ColumnStore.compare(n, d, expected));
        };
    }

    private static Test constant(boolean holds) {
        return (store, s, kind, figures, pos, base, total) -> holds;
    }

    private Test resultTest(Predicate.ResultTest test) {
        CompareOp op = test.op();
        BigDecimal expected = test.value();
        String figure = test.figure();
        return (store, s, kind, figures, pos, base, total) -> {
            long value;
            if (figure.equals("total")) {
                value = total;
            } else if (figure.equals("base")) {
                value = base;
            } else {
                Integer slot = kind.slots.get(figure);
                if (slot == null || figures[slot][pos] == ColumnarScorer.ABSENT) {
                    return false;
                }
                value = figures[slot][pos];
            }
            return op.holds(BigDecimal.valueOf(value, scale).compareTo(expected));
        };
    }
}
