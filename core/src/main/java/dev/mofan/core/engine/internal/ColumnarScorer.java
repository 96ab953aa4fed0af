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
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.MissingPolicy;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores every subject of a {@link ColumnStore} as {@link SubjectScorer} does, from columns
 * instead of records: each item's points come from its own rule, asked once per distinct value of
 * its column and remembered ({@link PointsMemo}); sums, adjustments, vetoes and grades are done in
 * whole units of the scheme's scale, which is exact because every figure they add is already
 * rounded to it. Subjects whose evidence did not fit the columns are scored by {@link SubjectScorer}
 * from their records, so every subject gets the figures the traced engine gives it.
 */
public final class ColumnarScorer {

    /** A figure that was not scored (its item failed, or it was excluded). */
    public static final long ABSENT = Long.MIN_VALUE;
    /** The most bits a figure may take, so that sums of thousands of them stay within a long. */
    private static final int MOST_BITS = 50;
    /** While summing: an item left out for want of evidence (then {@link #ABSENT}). */
    private static final long EXCLUDED = Long.MIN_VALUE + 2;

    /**
     * Every subject's figures, in whole units of the scheme's scale.
     *
     * @param plan the layout they were scored by
     * @param subjects the subjects, in the engine's order
     * @param total each subject's total
     * @param base each subject's base
     * @param bonus each subject's bonus
     * @param deductions each subject's deductions
     * @param grade each subject's grade's index in the scheme's bands, -1 for none
     * @param position each subject's position among the subjects of its kind
     * @param figures by kind, the item, indicator and dimension points of its subjects, by slot and position
     * @param vetoes the indexes (in its kind's vetoes) of the vetoes each subject hit; null for none
     * @param fromRecords the subjects scored from their records
     * @param incomplete the subjects with an item that failed (or a dimension excluded): no grade, unranked
     * @param recordHits the veto hits of the subjects scored from their records, with the records they cite
     * @param errors the items that failed, in subject and item order
     * @param unranked the subjects left out of rankings, and why
     */
    public record Output(ColumnarPlan plan, List<Subject> subjects, long[] total, long[] base, long[] bonus,
            long[] deductions, int[] grade, int[] position, Map<String, long[][]> figures, int[][] vetoes,
            BitSet fromRecords, BitSet incomplete, Map<Integer, List<VetoHit>> recordHits, List<ItemError> errors,
            List<Unranked> unranked) {

        /**
         * {@return a figure of subject {@code s} by slot, {@link #ABSENT} when not scored}
         *
         * @param s the subject's index
         * @param slot the figure's slot in its kind
         */
        public long figure(int s, int slot) {
            return figures.get(subjects.get(s).kindId())[slot][position[s]];
        }
    }

    private final CompiledScheme compiled;
    private final ColumnarPlan plan;
    private final ColumnStore store;
    private final int scale;
    private final RoundingMode mode;
    private final Map<PointsMemo, PointsMemo.Table> found = new IdentityHashMap<>();
    private final Map<String, Messages> failures = new HashMap<>();
    private final Output out;

    private ColumnarScorer(CompiledScheme compiled, ColumnarPlan plan, ColumnStore store) {
        this.compiled = compiled;
        this.plan = plan;
        this.store = store;
        this.scale = plan.scale();
        this.mode = plan.mode();
        int n = store.subjects().size();
        this.out = new Output(plan, store.subjects(), new long[n], new long[n], new long[n], new long[n], new int[n],
                new int[n], new HashMap<>(), new int[n][], new BitSet(), new BitSet(), new HashMap<>(),
                new ArrayList<>(), new ArrayList<>());
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

    /**
     * Scores kind by kind, column by column: every item over the kind's subjects, then the sums,
     * adjustments and totals as whole columns; vetoes and grades subject by subject. Errors and
     * unranked subjects are then put in subject order, as the engine lists them.
     */
    private Output scoreAll() {
        List<Subject> subjects = store.subjects();
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        for (int s = 0; s < subjects.size(); s++) {
            List<Integer> members = byKind.computeIfAbsent(subjects.get(s).kindId(), k -> new ArrayList<>());
            out.position()[s] = members.size();
            members.add(s);
        }
        boolean supported = plan.limits().isEmpty();
        Map<Integer, List<ItemError>> errors = new TreeMap<>();
        Map<Integer, Unranked> unranked = new TreeMap<>();
        for (Map.Entry<String, List<Integer>> entry : byKind.entrySet()) {
            Kind kind = plan.kind(entry.getKey());
            int[] members = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            long[][] figures = new long[kind.figures][members.length];
            out.figures().put(entry.getKey(), figures);
            int[] fit = Arrays.stream(members).filter(s -> supported && !store.unfit(s)).toArray();
            for (int s : members) {
                if (!supported || store.unfit(s)) {
                    fromRecords(s, kind, figures, errors, unranked);
                }
            }
            fromColumns(kind, fit, figures, errors, unranked);
        }
        errors.values().forEach(out.errors()::addAll);
        out.unranked().addAll(unranked.values());
        found.forEach(PointsMemo::merge);
        return new Output(plan, subjects, out.total(), out.base(), out.bonus(), out.deductions(), out.grade(),
                out.position(), Map.copyOf(out.figures()), out.vetoes(), out.fromRecords(), out.incomplete(),
                Map.copyOf(out.recordHits()), List.copyOf(out.errors()), List.copyOf(out.unranked()));
    }

    // ---------------------------------------------------------------- from columns

    private void fromColumns(Kind kind, int[] fit, long[][] figures, Map<Integer, List<ItemError>> errors,
            Map<Integer, Unranked> unranked) {
        if (fit.length == 0) {
            return;
        }
        int[] at = new int[fit.length];
        for (int j = 0; j < fit.length; j++) {
            at[j] = out.position()[fit[j]];
        }
        boolean[] failing = new boolean[kind.items.length];
        for (int i = 0; i < kind.items.length; i++) {
            failing[i] = items(kind, i, fit, at, figures[i]);
        }
        for (int i = 0; i < kind.items.length; i++) {
            if (failing[i]) {
                failed(kind, i, fit, at, figures[i], errors, unranked);
            }
        }
        long[] base = kind.excludes ? renormalised(kind, fit, at, figures, unranked) : sums(kind, fit, at, figures, failing);
        if (kind.parts.length > 0) {
            composite(kind, fit, at, figures, base);
        }
        long[] deductions = adjustments(kind.deductions, fit, plan.cap(compiled.scheme().deductionCap()));
        long[] bonus = adjustments(kind.bonuses, fit, plan.cap(compiled.scheme().bonusCap()));
        List<GradeBand> grades = compiled.scheme().grades();
        for (int j = 0; j < fit.length; j++) {
            int s = fit[j];
            long total = Math.addExact(Math.max(0, base[j] - deductions[j]), bonus[j]);
            int[] hits = null;
            int cap = -1;
            boolean zero = false;
            for (int v = 0; v < kind.vetoes.length; v++) {
                if (!kind.vetoes[v].when().holds(store, s, kind, figures, at[j], base[j], total)) {
                    continue;
                }
                hits = hits == null ? new int[] {v} : append(hits, v);
                VetoEffect effect = kind.vetoes[v].veto().effect();
                if (effect == VetoEffect.ZERO) {
                    zero = true;
                } else if (effect == VetoEffect.CAP_GRADE) {
                    cap = Math.max(cap, grades.indexOf(compiled.scheme().grade(
                            kind.vetoes[v].veto().grade().orElseThrow()).orElseThrow()));
                }
            }
            total = zero ? 0 : total;
            int grade = -1;
            if (!out.incomplete().get(s)) {
                grade = grade(s, kind, figures, at[j], base[j], total);
                grade = grade >= 0 && cap > grade ? cap : grade;
            }
            out.total()[s] = total;
            out.base()[s] = base[j];
            out.bonus()[s] = bonus[j];
            out.deductions()[s] = deductions[j];
            out.grade()[s] = grade;
            out.vetoes()[s] = hits;
        }
    }

    /** Indicators, dimensions and the base, column by column, for a kind whose items are never left out. */
    private long[] sums(Kind kind, int[] fit, int[] at, long[][] figures, boolean[] failing) {
        int item = 0;
        int indicator = 0;
        long[] base = new long[fit.length];
        for (int d = 0; d < kind.dimensionEnd.length; d++) {
            long[] dimension = figures[kind.dimensionSlot(d)];
            for (; indicator < kind.dimensionEnd[d]; indicator++) {
                long[] sum = figures[kind.indicatorSlot(indicator)];
                for (; item < kind.indicatorEnd[indicator]; item++) {
                    long[] points = figures[item];
                    boolean skip = failing[item];
                    for (int j = 0; j < fit.length; j++) {
                        long p = points[at[j]];
                        sum[at[j]] += skip && p == ABSENT ? 0 : p;
                    }
                }
                scoped(sum, at, fit, kind.indicatorDeductions[indicator], kind.indicatorBonuses[indicator],
                        kind.indicatorMax[indicator]);
                for (int j = 0; j < fit.length; j++) {
                    dimension[at[j]] += sum[at[j]];
                }
            }
            scoped(dimension, at, fit, kind.dimensionDeductions[d], kind.dimensionBonuses[d], kind.dimensionMax[d]);
            for (int j = 0; j < fit.length; j++) {
                base[j] += dimension[at[j]];
            }
        }
        return base;
    }

    /**
     * Indicators, dimensions and the base subject by subject, for a kind with items left out without
     * evidence (SCORING.md step 3): a level's sum over what was scored, renormalised once to its
     * maximum ({@code sum × max / (max − the excluded maxima)}, rounded to the scale) when some of it
     * was left out, not scored at all when all of it was; then its scoped deductions and bonuses. A
     * dimension left out entirely makes the scorecard incomplete, unless an item failed before it.
     */
    private long[] renormalised(Kind kind, int[] fit, int[] at, long[][] figures, Map<Integer, Unranked> unranked) {
        long[] base = new long[fit.length];
        long[][] indicatorLost = new long[kind.indicatorEnd.length][];
        long[][] indicatorGained = new long[kind.indicatorEnd.length][];
        long[] none = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int j = 0; j < kind.indicatorEnd.length; j++) {
            indicatorLost[j] = adjustments(kind.indicatorDeductions[j], fit, none);
            indicatorGained[j] = adjustments(kind.indicatorBonuses[j], fit, none);
        }
        long[][] dimensionLost = new long[kind.dimensionEnd.length][];
        long[][] dimensionGained = new long[kind.dimensionEnd.length][];
        for (int d = 0; d < kind.dimensionEnd.length; d++) {
            dimensionLost[d] = adjustments(kind.dimensionDeductions[d], fit, none);
            dimensionGained[d] = adjustments(kind.dimensionBonuses[d], fit, none);
        }
        boolean capped = !compiled.scheme().allowScopedBonusAboveMax();
        for (int f = 0; f < fit.length; f++) {
            int pos = at[f];
            int firstFailed = firstFailedItem(kind, figures, pos);
            int item = 0;
            int indicator = 0;
            String excludedDimension = null;
            for (int d = 0; d < kind.dimensionEnd.length; d++) {
                Level dimension = new Level();
                for (; indicator < kind.dimensionEnd[d]; indicator++) {
                    Level level = new Level();
                    for (; item < kind.indicatorEnd[indicator]; item++) {
                        long p = figures[item][pos];
                        level.add(p == EXCLUDED ? ABSENT : p, p == EXCLUDED, kind.itemMax[item]);
                        figures[item][pos] = p == EXCLUDED ? ABSENT : p;
                    }
                    long points = close(level, kind.indicatorMax[indicator], indicatorLost[indicator][f],
                            indicatorGained[indicator][f], capped && kind.indicatorDeductions[indicator].length
                                    + kind.indicatorBonuses[indicator].length > 0);
                    figures[kind.indicatorSlot(indicator)][pos] = points;
                    dimension.add(points, points == ABSENT,
                            kind.indicatorMax[indicator] == ColumnarPlan.NO_MAX ? 0 : kind.indicatorMax[indicator]);
                }
                long points = close(dimension, kind.dimensionMax[d], dimensionLost[d][f], dimensionGained[d][f],
                        capped && kind.dimensionDeductions[d].length + kind.dimensionBonuses[d].length > 0);
                figures[kind.dimensionSlot(d)][pos] = points;
                if (points == ABSENT && excludedDimension == null && (firstFailed < 0 || firstFailed >= item)) {
                    excludedDimension = kind.plan.dimensions().get(d).dimension().id();
                }
                base[f] += points == ABSENT ? 0 : points;
            }
            if (excludedDimension != null) {
                int s = fit[f];
                out.incomplete().set(s);
                Messages because = Messages.of(EngineProblems.UNRANKED_EXCLUDED, excludedDimension);
                unranked.put(s, new Unranked(store.subjects().get(s).id(), because.code(), because.en(), because.zh()));
            }
        }
        return base;
    }

    /** The index of the first item that failed for the subject at {@code pos} (its figure absent, not excluded), or -1. */
    private static int firstFailedItem(Kind kind, long[][] figures, int pos) {
        for (int i = 0; i < kind.items.length; i++) {
            if (figures[i][pos] == ABSENT) {
                return i;
            }
        }
        return -1;
    }

    /** The children of an indicator or dimension as they were scored, in whole units of the scale. */
    private static final class Level {
        long sum;
        long excludedMax;
        int children;
        int excluded;

        void add(long points, boolean isExcluded, long max) {
            children++;
            if (isExcluded) {
                excluded++;
                excludedMax += max;
            } else if (points != ABSENT) {
                sum += points;
            }
        }
    }

    /**
     * A level's points as {@code SubjectScorer.close} gives them; {@link #ABSENT} when all of it was
     * left out. {@code capped}: it has scoped adjustments and the scheme keeps them within its maximum.
     */
    private long close(Level level, long max, long lost, long gained, boolean capped) {
        if (level.excluded == level.children) {
            return ABSENT;
        }
        long points = level.sum;
        if (level.excluded > 0 && max != ColumnarPlan.NO_MAX) {
            points = BigDecimal.valueOf(level.sum).multiply(BigDecimal.valueOf(max))
                    .divide(BigDecimal.valueOf(max - level.excludedMax), 0, mode).longValueExact();
        }
        long adjusted = Math.max(0, points - lost) + gained;
        return capped && max != ColumnarPlan.NO_MAX && adjusted > max ? max : adjusted;
    }

    /**
     * An indicator's or dimension's deductions (floored at 0) and bonuses, in place: {@code max(0,
     * points − lost) + gained}, capped at its maximum unless the scheme allows a scoped bonus above it.
     */
    private void scoped(long[] points, int[] at, int[] fit, Adjust[] deductions, Adjust[] bonuses, long max) {
        if (deductions.length == 0 && bonuses.length == 0) {
            return;
        }
        long[] none = {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] lost = adjustments(deductions, fit, none);
        long[] gained = adjustments(bonuses, fit, none);
        boolean capped = !compiled.scheme().allowScopedBonusAboveMax() && max != ColumnarPlan.NO_MAX;
        for (int j = 0; j < fit.length; j++) {
            long adjusted = Math.max(0, points[at[j]] - lost[j]) + gained[j];
            points[at[j]] = capped && adjusted > max ? max : adjusted;
        }
    }

    /**
     * A composite scheme's base (SCORING.md step 6): each part the sum of its dimensions less its own
     * deductions (capped), floored at 0, into its slot; the base {@code Σ weight × part}, rounded once.
     */
    private void composite(Kind kind, int[] fit, int[] at, long[][] figures, long[] base) {
        BigDecimal[] weighted = new BigDecimal[fit.length];
        Arrays.fill(weighted, BigDecimal.ZERO);
        for (ColumnarPlan.PartLayout part : kind.parts) {
            long[] lost = adjustments(part.deductions(), fit, part.cap());
            long[] points = figures[part.slot()];
            for (int j = 0; j < fit.length; j++) {
                long sum = 0;
                for (int d : part.dimensions()) {
                    long dimension = figures[kind.dimensionSlot(d)][at[j]];
                    sum += dimension == ABSENT ? 0 : dimension;          // an excluded dimension counts 0
                }
                points[at[j]] = Math.max(0, sum - lost[j]);
                weighted[j] = weighted[j].add(part.part().weight().multiply(BigDecimal.valueOf(points[at[j]])));
            }
        }
        for (int j = 0; j < fit.length; j++) {
            base[j] = weighted[j].setScale(0, mode).longValueExact();
        }
    }

    /**
     * Scores item {@code i} for every fitting subject into {@code points}; those it fails for get
     * {@link PointsMemo#FAILED}, made {@link #ABSENT} by {@link #failed}.
     *
     * @return whether it failed for some subject
     */
    private boolean items(Kind kind, int i, int[] fit, int[] at, long[] points) {
        int k = kind.itemKey[i];
        long[] nums = kind.itemCounts[i] ? store.valueCounts(k) : store.numerators(k);
        long[] dens = kind.itemCounts[i] ? store.valuePresence(k) : store.denominators(k);
        PointsMemo.Table table = kind.memos[i].table();
        long absent = switch (kind.missing[i]) {
            case ZERO -> 0;
            case SCORE -> points(kind, i, 0, 0, fit.length == 0 ? "" : store.subjects().get(fit[0]).id());
            case EXCLUDE -> EXCLUDED;
            default -> PointsMemo.FAILED;
        };
        boolean failing = false;
        for (int j = 0; j < fit.length; j++) {
            int s = fit[j];
            long d = dens[s];
            long p;
            if (d == 0) {
                p = absent;
            } else {
                p = table.get(nums[s], d);
                if (p == PointsMemo.UNKNOWN) {
                    p = points(kind, i, nums[s], d, store.subjects().get(s).id());
                }
            }
            failing |= p == PointsMemo.FAILED;
            points[at[j]] = p;
        }
        return failing;
    }

    /** Records the subjects item {@code i} failed for: an error each, incomplete, unranked at the first failure. */
    private void failed(Kind kind, int i, int[] fit, int[] at, long[] points, Map<Integer, List<ItemError>> errors,
            Map<Integer, Unranked> unranked) {
        int k = kind.itemKey[i];
        for (int j = 0; j < fit.length; j++) {
            if (points[at[j]] != PointsMemo.FAILED) {
                continue;
            }
            int s = fit[j];
            String subject = store.subjects().get(s).id();
            long d = (kind.itemCounts[i] ? store.valuePresence(k) : store.denominators(k))[s];
            long n = d == 0 ? 0 : (kind.itemCounts[i] ? store.valueCounts(k) : store.numerators(k))[s];
            Messages why = d == 0 && kind.missing[i] != MissingPolicy.SCORE ? Messages.of(EngineProblems.NO_EVIDENCE)
                    : failure(kind, i, n, d, subject);
            errors.computeIfAbsent(s, x -> new ArrayList<>())
                    .add(new ItemError(subject, kind.items[i].id(), why.code(), why.en(), why.zh()));
            if (!out.incomplete().get(s)) {
                out.incomplete().set(s);
                Messages because = Messages.of(EngineProblems.UNRANKED_FAILED, kind.items[i].id());
                unranked.put(s, new Unranked(subject, because.code(), because.en(), because.zh()));
            }
            points[at[j]] = ABSENT;
        }
    }

    private static int[] append(int[] array, int value) {
        int[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = value;
        return longer;
    }

    private int grade(int s, Kind kind, long[][] figures, int pos, long base, long total) {
        Band[] bands = plan.bands();
        for (int g = 0; g < bands.length; g++) {
            if (total < bands[g].min()) {
                continue;
            }
            boolean met = true;
            for (Test gate : bands[g].gates()) {
                met &= gate.holds(store, s, kind, figures, pos, base, total);
            }
            if (met) {
                return g;
            }
        }
        return -1;
    }

    /** The whole scheme's deductions or bonuses of every fitting subject: each rounded and capped, then their sum capped. */
    private long[] adjustments(Adjust[] adjusts, int[] fit, long[] cap) {
        long[] sum = new long[fit.length];
        for (Adjust adjust : adjusts) {
            // By level: the cases counted per level, packed; else the cases' total value.
            long[] nums = adjust.byLevel() ? store.levelCases(adjust.key()) : store.caseNumerators(adjust.key());
            long[] dens = adjust.byLevel() ? null : store.caseDenominators(adjust.key());
            PointsMemo.Table table = adjust.memo().table();
            for (int j = 0; j < fit.length; j++) {
                long d = dens == null ? 1 : dens[fit[j]];
                long n = d == 0 ? 0 : nums[fit[j]];
                d = d == 0 ? 1 : d;
                long points = table.get(n, d);
                if (points == PointsMemo.UNKNOWN) {
                    points = adjustment(adjust, n, d);
                }
                sum[j] = Math.addExact(sum[j], points);        // never a wrapped-around total
            }
        }
        for (int j = 0; j < fit.length; j++) {
            sum[j] = sum[j] > cap[0] ? cap[1] : sum[j];
        }
        return sum;
    }

    /**
     * One adjustment's points, rounded once and capped, remembered: {@code per} times a case total
     * n/d, or, by level, the amount of each level times the cases packed in n.
     */
    private long adjustment(Adjust adjust, long n, long d) {
        PointsMemo.Table local = found.computeIfAbsent(adjust.memo(), m -> new PointsMemo.Table(16));
        long points = local.get(n, d);
        if (points == PointsMemo.UNKNOWN) {
            BigDecimal raw;
            if (adjust.byLevel()) {
                List<String> values = store.keys().get(adjust.key()).values();
                BigDecimal sum = BigDecimal.ZERO;
                for (int level = 0; level < values.size(); level++) {
                    long cases = (n >>> (8 * level)) & 0xFF;
                    BigDecimal amount = adjust.adjustment().levels().getOrDefault(values.get(level), BigDecimal.ZERO);
                    sum = amount.signum() > 0 ? sum.add(amount.multiply(BigDecimal.valueOf(cases))) : sum;
                }
                raw = sum.setScale(scale, mode);
            } else {
                raw = Fraction.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d))
                        .multiply(adjust.adjustment().per().orElseThrow()).round(scale, mode);
            }
            points = raw.unscaledValue().longValueExact();
            points = points > adjust.capFloor() ? adjust.capRounded() : points;
            remember(local, n, d, points);
        }
        return points;
    }

    /** The points of item {@code i} for the value n/d (d 0: no record) the shared table lacks, worked out once. */
    private long points(Kind kind, int i, long n, long d, String subject) {
        PointsMemo memo = kind.memos[i];
        long points = memo.table().get(n, d);
        if (points != PointsMemo.UNKNOWN) {
            return points;
        }
        PointsMemo.Table local = found.computeIfAbsent(memo, m -> new PointsMemo.Table(64));
        points = local.get(n, d);
        if (points == PointsMemo.UNKNOWN) {
            points = attempt(kind, i, n, d, subject).points();
            remember(local, n, d, points);
        }
        return points;
    }

    /** Keeps an answer for the rest of this evaluation, up to {@link PointsMemo#MOST} of them. */
    private static void remember(PointsMemo.Table local, long n, long d, long points) {
        if (local.size() < PointsMemo.MOST) {
            local.put(n, d, points);
        }
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
        KeyEvidence evidence = evidence(key, kind.itemCounts[i] ? ColumnStore.VALUES : store.mode(kind.itemKey[i]), n, d);
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
        if (points.unscaledValue().bitLength() > MOST_BITS) {
            // Sums of such points could overflow a long: an error, never a wrong total.
            return new Attempt(PointsMemo.FAILED, Messages.of(EngineProblems.BEYOND_COLUMNS, item.rule().id(),
                    Decimals.text(points)));
        }
        return new Attempt(points.unscaledValue().longValueExact(), null);
    }

    /**
     * The evidence a rule sees for a column's value: what {@link Combiner} gives for records that
     * combine to it. A flag, a number or a text is one record of that value; cases are one record per
     * level each case names; value counts are that many records of each value. Rules that promise
     * {@code COMBINED_VALUE}, {@code CASE_LEVELS} or {@code VALUE_COUNTS} read no more.
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
            case ColumnStore.VALUES -> {
                List<KeyEvidence.Recorded> records = new ArrayList<>();
                for (int value = 0; value < key.values().size(); value++) {
                    for (long c = (n >>> (8 * value)) & 0xFF; c > 0; c--) {
                        records.add(new KeyEvidence.Recorded("columns-" + value + "-" + c,
                                new Value.Text(key.values().get(value)), Optional.empty(), Optional.empty()));
                    }
                }
                yield new KeyEvidence(key, records, Optional.empty(), Optional.empty(), Optional.empty());
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
            return slot == null || out.figure(s, slot) == ABSENT ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(out.figure(s, slot), scale));
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

    private void fromRecords(int s, Kind kind, long[][] figures, Map<Integer, List<ItemError>> errors,
            Map<Integer, Unranked> unranked) {
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
        int pos = out.position()[s];
        for (long[] column : figures) {
            column[pos] = ABSENT;
        }
        for (ItemScore item : card.items()) {
            figures[kind.slots.get("item:" + item.id())][pos] = item.points().map(this::unscaled).orElse(ABSENT);
        }
        for (IndicatorScore indicator : card.indicators()) {
            figures[kind.slots.get("indicator:" + indicator.id())][pos] = indicator.points().map(this::unscaled)
                    .orElse(ABSENT);
        }
        for (DimensionScore dimension : card.dimensions()) {
            figures[kind.slots.get("dimension:" + dimension.id())][pos] = dimension.points().map(this::unscaled)
                    .orElse(ABSENT);
        }
        for (PartScore part : card.parts()) {
            figures[kind.slots.get("part:" + part.id())][pos] = unscaled(part.points());
        }
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
        if (!result.errors().isEmpty()) {
            errors.put(s, result.errors());
        }
        result.unranked().ifPresent(u -> unranked.put(s, u));
    }

    private long unscaled(BigDecimal value) {
        return value.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
}
