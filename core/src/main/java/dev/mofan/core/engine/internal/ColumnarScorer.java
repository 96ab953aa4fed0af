package dev.mofan.core.engine.internal;

import dev.mofan.core.engine.internal.ColumnarPlan.Adjust;
import dev.mofan.core.engine.internal.ColumnarPlan.Band;
import dev.mofan.core.engine.internal.ColumnarPlan.Kind;
import dev.mofan.core.engine.internal.ColumnarPlan.Test;
import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.Fraction;
import dev.mofan.core.spi.KeyEvidence;
import dev.mofan.core.spi.RuleResult;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.Subject;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemError;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.VetoEffect;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores every subject of a {@link ColumnStore} as {@link SubjectScorer} does, from columns
 * instead of records: each item's points come from its own rule, asked once per distinct value of
 * its column and remembered ({@link PointsMemo}); sums, adjustments, vetoes and grades are done in
 * whole units of the scheme's scale, which is exact because every figure they add is already
 * rounded to it. Subjects whose evidence did not fit the columns are scored by {@link SubjectScorer}
 * from their records, so every subject gets the figures the traced engine gives it.
 */
public final class ColumnarScorer {

    /** A figure that was not scored (its item failed). */
    public static final long ABSENT = Long.MIN_VALUE;

    /**
     * Every subject's figures, in whole units of {@code scale}.
     *
     * @param plan the layout they were scored by
     * @param subjects the subjects, in the engine's order
     * @param total each subject's total
     * @param base each subject's base
     * @param bonus each subject's bonus
     * @param deductions each subject's deductions
     * @param grade each subject's grade's index in the scheme's bands, -1 for none
     * @param figures each subject's item, indicator and dimension points by slot of its kind
     * @param vetoes the indexes (in its kind's vetoes) of the vetoes each subject hit; null for none
     * @param fromRecords the subjects scored from their records
     * @param incomplete the subjects with an item that failed (or a dimension excluded): no grade, unranked
     * @param recordHits the veto hits of the subjects scored from their records, with the records they cite
     * @param errors the items that failed, in subject and item order
     * @param unranked the subjects left out of rankings, and why
     */
    public record Output(ColumnarPlan plan, List<Subject> subjects, long[] total, long[] base, long[] bonus,
            long[] deductions, int[] grade, long[][] figures, int[][] vetoes, BitSet fromRecords,
            BitSet incomplete, Map<Integer, List<VetoHit>> recordHits, List<ItemError> errors, List<Unranked> unranked) {
    }

    private final CompiledScheme compiled;
    private final ColumnarPlan plan;
    private final ColumnStore store;
    private final int scale;
    private final RoundingMode mode;
    private final Map<PointsMemo, PointsMemo.Table> found = new IdentityHashMap<>();
    private final Map<String, Messages> failures = new HashMap<>();

    private ColumnarScorer(CompiledScheme compiled, ColumnarPlan plan, ColumnStore store) {
        this.compiled = compiled;
        this.plan = plan;
        this.store = store;
        this.scale = plan.scale();
        this.mode = plan.mode();
    }

    /**
     * Scores every subject of {@code store}.
     *
     * @param compiled the compiled scheme
     * @param plan its columnar layout
     * @param store the columns
     * @return every subject's figures
     */
    public static Output score(CompiledScheme compiled, ColumnarPlan plan, ColumnStore store) {
        return new ColumnarScorer(compiled, plan, store).scoreAll();
    }

    private Output scoreAll() {
        List<Subject> subjects = store.subjects();
        int n = subjects.size();
        Output out = new Output(plan, subjects, new long[n], new long[n], new long[n], new long[n], new int[n],
                new long[n][], new int[n][], new BitSet(), new BitSet(), new HashMap<>(), new ArrayList<>(),
                new ArrayList<>());
        boolean supported = plan.limits().isEmpty();
        long[] deductionCap = plan.cap(compiled.scheme().deductionCap());
        long[] bonusCap = plan.cap(compiled.scheme().bonusCap());
        for (int s = 0; s < n; s++) {
            Kind kind = plan.kind(subjects.get(s).kindId());
            if (!supported || store.unfit(s)) {
                fromRecords(out, s, kind);
            } else {
                fromColumns(out, s, kind, deductionCap, bonusCap);
            }
        }
        found.forEach(PointsMemo::merge);
        return new Output(plan, subjects, out.total(), out.base(), out.bonus(), out.deductions(), out.grade(),
                out.figures(), out.vetoes(), out.fromRecords(), out.incomplete(), Map.copyOf(out.recordHits()),
                List.copyOf(out.errors()), List.copyOf(out.unranked()));
    }

    // ---------------------------------------------------------------- from columns

    private void fromColumns(Output out, int s, Kind kind, long[] deductionCap, long[] bonusCap) {
        String subject = store.subjects().get(s).id();
        long[] figures = new long[kind.figures];
        String failedItem = null;
        for (int i = 0; i < kind.items.length; i++) {
            int k = kind.itemKey[i];
            long d = store.denominators(k)[s];
            long p;
            if (d != 0) {
                p = points(kind, i, store.numerators(k)[s], d, subject);
            } else {
                p = switch (kind.missing[i]) {
                    case ZERO -> 0;
                    case SCORE -> points(kind, i, 0, 0, subject);
                    default -> PointsMemo.FAILED;
                };
            }
            if (p == PointsMemo.FAILED) {
                Messages why = d == 0 ? Messages.of(EngineProblems.NO_EVIDENCE) : failure(kind, i, store.numerators(k)[s], d,
                        subject);
                out.errors().add(new ItemError(subject, kind.items[i].id(), why.code(), why.en(), why.zh()));
                failedItem = failedItem == null ? kind.items[i].id() : failedItem;
                figures[i] = ABSENT;
            } else {
                figures[i] = p;
            }
        }
        long base = 0;
        int item = 0;
        int indicator = 0;
        for (int dim = 0; dim < kind.dimensionEnd.length; dim++) {
            long dimension = 0;
            for (; indicator < kind.dimensionEnd[dim]; indicator++) {
                long sum = 0;
                for (; item < kind.indicatorEnd[indicator]; item++) {
                    if (figures[item] != ABSENT) {
                        sum += figures[item];
                    }
                }
                figures[kind.indicatorSlot(indicator)] = sum;
                dimension += sum;
            }
            figures[kind.dimensionSlot(dim)] = dimension;
            base += dimension;
        }
        long deductions = adjustments(kind.deductions, s, deductionCap);
        long bonus = adjustments(kind.bonuses, s, bonusCap);
        long total = Math.max(0, base - deductions) + bonus;

        int[] hits = null;
        int cap = -1;
        boolean zero = false;
        for (int v = 0; v < kind.vetoes.length; v++) {
            if (!kind.vetoes[v].when().holds(store, s, kind, figures, base, total)) {
                continue;
            }
            hits = hits == null ? new int[] {v} : append(hits, v);
            VetoEffect effect = kind.vetoes[v].veto().effect();
            if (effect == VetoEffect.ZERO) {
                zero = true;
            } else if (effect == VetoEffect.CAP_GRADE) {
                cap = Math.max(cap, compiled.scheme().grades().indexOf(
                        compiled.scheme().grade(kind.vetoes[v].veto().grade().orElseThrow()).orElseThrow()));
            }
        }
        if (zero) {
            total = 0;
        }
        int grade = -1;
        if (failedItem == null) {
            grade = grade(s, kind, figures, base, total);
            if (grade >= 0 && cap > grade) {
                grade = cap;
            }
        } else {
            out.incomplete().set(s);
            Messages why = Messages.of(EngineProblems.UNRANKED_FAILED, failedItem);
            out.unranked().add(new Unranked(subject, why.code(), why.en(), why.zh()));
        }
        out.total()[s] = total;
        out.base()[s] = base;
        out.bonus()[s] = bonus;
        out.deductions()[s] = deductions;
        out.grade()[s] = grade;
        out.figures()[s] = figures;
        out.vetoes()[s] = hits;
    }

    private static int[] append(int[] array, int value) {
        int[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = value;
        return longer;
    }

    private int grade(int s, Kind kind, long[] figures, long base, long total) {
        Band[] bands = plan.bands();
        for (int g = 0; g < bands.length; g++) {
            if (total < bands[g].min()) {
                continue;
            }
            boolean met = true;
            for (Test gate : bands[g].gates()) {
                met &= gate.holds(store, s, kind, figures, base, total);
            }
            if (met) {
                return g;
            }
        }
        return -1;
    }

    /** The whole scheme's deductions or bonuses: each adjustment rounded and capped, then their sum capped. */
    private long adjustments(Adjust[] adjusts, int s, long[] cap) {
        long sum = 0;
        for (Adjust adjust : adjusts) {
            long[] dens = store.caseDenominators(adjust.key());
            long d = dens[s];
            long n = store.caseNumerators(adjust.key())[s];
            if (d == 0) {
                n = 0;
                d = 1;
            }
            PointsMemo.Table table = adjust.memo().table();
            long points = table.get(n, d);
            if (points == PointsMemo.UNKNOWN) {
                PointsMemo.Table local = found.computeIfAbsent(adjust.memo(), m -> new PointsMemo.Table(16));
                points = local.get(n, d);
                if (points == PointsMemo.UNKNOWN) {
                    BigDecimal raw = Fraction.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d))
                            .multiply(adjust.adjustment().per().orElseThrow()).round(scale, mode);
                    points = raw.unscaledValue().longValueExact();
                    if (points > adjust.capFloor()) {
                        points = adjust.capRounded();
                    }
                    local.put(n, d, points);
                }
            }
            sum += points;
        }
        return sum > cap[0] ? cap[1] : sum;
    }

    /** The points of item {@code i} for the value n/d (d 0: no record), remembered. */
    private long points(Kind kind, int i, long n, long d, String subject) {
        PointsMemo memo = kind.memos[i];
        long points = memo.table().get(n, d);
        if (points != PointsMemo.UNKNOWN) {
            return points;
        }
        PointsMemo.Table local = found.computeIfAbsent(memo, m -> new PointsMemo.Table(64));
        points = local.get(n, d);
        if (points == PointsMemo.UNKNOWN) {
            Attempt attempt = attempt(kind, i, n, d, subject);
            points = attempt.points();
            local.put(n, d, points);
        }
        return points;
    }

    /** Why item {@code i} failed for the value n/d. */
    private Messages failure(Kind kind, int i, long n, long d, String subject) {
        return failures.computeIfAbsent(i + "|" + kind.plan.kind() + "|" + n + "/" + d,
                key -> attempt(kind, i, n, d, subject).failure());
    }

    private record Attempt(long points, Messages failure) {
    }

    /** Asks the rule, as {@code SubjectScorer} does, with the evidence the column holds. */
    private Attempt attempt(Kind kind, int i, long n, long d, String subject) {
        Item item = kind.items[i];
        EvidenceKey key = store.keys().get(kind.itemKey[i]);
        KeyEvidence evidence = evidence(key, store.mode(kind.itemKey[i]), n, d);
        RuleResult result;
        try {
            result = kind.rules[i].score(new SubjectScorer.Input(item.maxPoints(), Map.of(key.id(), evidence), subject,
                    false));
        } catch (RuntimeException | StackOverflowError e) {
            return new Attempt(PointsMemo.FAILED, Messages.of(EngineProblems.RULE_FAILED, item.rule().id(),
                    String.valueOf(e)));
        }
        if (result == null) {
            return new Attempt(PointsMemo.FAILED, Messages.of(EngineProblems.RULE_FAILED, item.rule().id(),
                    Label.of("未返回结果", "no result")));
        }
        BigDecimal points = result.points().round(scale, mode);
        if (points.signum() < 0 || item.maxPoints().filter(max -> points.compareTo(max) > 0).isPresent()) {
            return new Attempt(PointsMemo.FAILED, Messages.of(EngineProblems.OUT_OF_RANGE, item.rule().id(),
                    Decimals.brief(result.points()), item.maxPoints().map(Decimals::text).orElse("∞")));
        }
        return new Attempt(points.unscaledValue().longValueExact(), null);
    }

    /**
     * The evidence a rule sees for a column's value: what {@link Combiner} gives for records that
     * combine to it. A flag, a number or a text is one record of that value; cases are one record per
     * level each case names. Rules that promise {@code COMBINED_VALUE} or {@code CASE_LEVELS} read no more.
     */
    static KeyEvidence evidence(EvidenceKey key, int mode, long n, long d) {
        if (d == 0) {
            return Combiner.combine(key, List.of(), ZoneOffset.UTC);
        }
        return switch (mode) {
            case ColumnStore.FLAG -> {
                Fraction exact = n > 0 ? Fraction.ONE : Fraction.ZERO;
                yield new KeyEvidence(key, List.of(new KeyEvidence.Recorded("columns", new Value.Flag(n > 0),
                        Optional.empty(), Optional.of(exact))), Optional.of(exact), Optional.of(n > 0), Optional.empty());
            }
            case ColumnStore.TEXT -> {
                String text = key.values().get((int) n);
                yield new KeyEvidence(key, List.of(new KeyEvidence.Recorded("columns", new Value.Text(text),
                        Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty(), Optional.of(text));
            }
            case ColumnStore.CASES -> {
                long[] masks = ColumnStore.unpack(n);
                List<KeyEvidence.Recorded> records = new ArrayList<>();
                for (int c = 0; c < masks.length; c++) {
                    for (int level = 0; level < key.values().size(); level++) {
                        if ((masks[c] & (1L << level)) != 0) {
                            records.add(new KeyEvidence.Recorded("columns-" + c + "-" + level,
                                    new Value.Text(key.values().get(level)), Optional.of("case-" + c), Optional.empty()));
                        }
                    }
                }
                yield new KeyEvidence(key, records, Optional.of(Fraction.of(BigDecimal.valueOf(masks.length))),
                        Optional.empty(), Optional.empty());
            }
            default -> {
                Fraction exact = Fraction.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d));
                yield new KeyEvidence(key, List.of(new KeyEvidence.Recorded("columns",
                        new Value.Number(exact.approximate()), Optional.empty(), Optional.of(exact))), Optional.of(exact),
                        Optional.empty(), Optional.empty());
            }
        };
    }

    /**
     * {@return the vetoes subject {@code s} hit, each with what its condition found, in both languages}
     * A subject scored from columns cites no record ids: the columns hold values, not records.
     *
     * @param out the scored subjects
     * @param store the columns they were scored from
     * @param s the subject's index
     */
    public static List<VetoHit> vetoHits(Output out, ColumnStore store, int s) {
        int[] hits = out.vetoes()[s];
        if (hits == null) {
            return List.of();
        }
        if (out.fromRecords().get(s)) {
            return out.recordHits().get(s);
        }
        Kind kind = out.plan().kind(store.subjects().get(s).kindId());
        long[] figures = out.figures()[s];
        int scale = out.plan().scale();
        long totalBefore = Math.max(0, out.base()[s] - out.deductions()[s]) + out.bonus()[s];
        PredicateCheck check = new PredicateCheck(key -> {
            int k = store.keyIndex(key);
            return evidence(store.keys().get(k), store.mode(k), store.numerators(k)[s], store.denominators(k)[s]);
        }, figure -> {
            if (figure.equals("total") || figure.equals("base")) {
                return Optional.of(BigDecimal.valueOf(figure.equals("total") ? totalBefore : out.base()[s], scale));
            }
            Integer slot = kind.slots.get(figure);
            return slot == null || figures[slot] == ABSENT ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(figures[slot], scale));
        });
        List<VetoHit> found = new ArrayList<>();
        for (int v : hits) {
            PredicateCheck.Outcome outcome = check.test(kind.vetoes[v].veto().when());
            found.add(new VetoHit(kind.vetoes[v].veto().id(), kind.vetoes[v].veto().effect().id(), outcome.en(),
                    outcome.zh(), List.of()));
        }
        return List.copyOf(found);
    }

    // ---------------------------------------------------------------- from records

    private void fromRecords(Output out, int s, Kind kind) {
        Subject subject = store.subjects().get(s);
        SubjectScorer.Result result = SubjectScorer.score(compiled, subject.id(), kind.plan, store.records(s), false);
        Scorecard card = result.scorecard();
        out.fromRecords().set(s);
        out.total()[s] = unscaled(card.total());
        out.base()[s] = unscaled(card.base());
        out.bonus()[s] = unscaled(card.bonus());
        out.deductions()[s] = unscaled(card.deductions());
        List<GradeBand> grades = compiled.scheme().grades();
        out.grade()[s] = card.grade().flatMap(compiled.scheme()::grade).map(grades::indexOf).orElse(-1);
        long[] figures = new long[kind.figures];
        Arrays.fill(figures, ABSENT);
        for (ItemScore item : card.items()) {
            figures[kind.slots.get("item:" + item.id())] = item.points().map(this::unscaled).orElse(ABSENT);
        }
        for (IndicatorScore indicator : card.indicators()) {
            figures[kind.slots.get("indicator:" + indicator.id())] = indicator.points().map(this::unscaled).orElse(ABSENT);
        }
        for (DimensionScore dimension : card.dimensions()) {
            figures[kind.slots.get("dimension:" + dimension.id())] = dimension.points().map(this::unscaled).orElse(ABSENT);
        }
        out.figures()[s] = figures;
        if (!card.vetoes().isEmpty()) {
            List<String> ids = card.vetoes().stream().map(VetoHit::id).toList();
            int[] hits = new int[ids.size()];
            for (int v = 0, h = 0; v < kind.vetoes.length; v++) {
                if (ids.contains(kind.vetoes[v].veto().id())) {
                    hits[h++] = v;
                }
            }
            out.vetoes()[s] = hits;
            out.recordHits().put(s, card.vetoes());
        }
        if (card.incomplete()) {
            out.incomplete().set(s);
        }
        out.errors().addAll(result.errors());
        result.unranked().ifPresent(out.unranked()::add);
    }

    private long unscaled(BigDecimal value) {
        return value.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
}
