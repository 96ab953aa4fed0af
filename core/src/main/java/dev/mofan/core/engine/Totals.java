package dev.mofan.core.engine;

import dev.mofan.core.engine.internal.ColumnarScorer;
import dev.mofan.core.engine.internal.ColumnarScorer.Output;
import dev.mofan.core.engine.internal.CompiledScheme;
import dev.mofan.core.engine.internal.CompiledScheme.DimensionPlan;
import dev.mofan.core.engine.internal.CompiledScheme.IndicatorPlan;
import dev.mofan.core.engine.internal.CompiledScheme.KindPlan;
import dev.mofan.core.engine.internal.RollupsAndRankings;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemError;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Every subject's total, base, bonus, deductions, grade and vetoes for one period, scored from
 * {@link EvidenceColumns} and held in arrays (whole units of the scheme's scale): what
 * {@link Evaluator#totals(EvidenceColumns)} gives. The figures are the traced engine's to the last
 * digit; what is left out is the explanation, which {@link Evaluator#explain} rebuilds for one
 * subject from its records. {@link #report} turns them into a summary {@link Report}, ranked and
 * rolled up.
 *
 * <p>Subjects are indexed as in the columns: assessed orgs in tree order, then divisions by id.
 * Immutable and thread-safe.
 */
public final class Totals {

    private final Evaluator evaluator;
    private final CompiledScheme compiled;
    private final EvidenceColumns columns;
    private final Output out;
    private final BigDecimal[] decimals = new BigDecimal[1 << 14];

    Totals(Evaluator evaluator, EvidenceColumns columns, Output out) {
        this.evaluator = evaluator;
        this.compiled = evaluator.compiled();
        this.columns = columns;
        this.out = out;
    }

    /** {@return the number of subjects} */
    public int size() {
        return out.subjects().size();
    }

    /**
     * {@return the id of subject {@code index}}
     *
     * @param index the subject's index
     */
    public String subject(int index) {
        return out.subjects().get(index).id();
    }

    /**
     * {@return the kind of subject {@code index}}
     *
     * @param index the subject's index
     */
    public String kind(int index) {
        return out.subjects().get(index).kindId();
    }

    /**
     * {@return the index of subject {@code id}, or -1}
     *
     * @param id the subject's id
     */
    public int indexOf(String id) {
        return columns.indexOf(id);
    }

    /** {@return the scheme's decimals: totals are whole units of 10^-scale} */
    public int scale() {
        return compiled.scheme().scale();
    }

    /**
     * {@return the total of subject {@code index} in whole units of 10^-{@link #scale()}}: the cheapest
     * figure to sort or sum
     *
     * @param index the subject's index
     */
    public long unscaledTotal(int index) {
        return out.total()[index];
    }

    /**
     * {@return the total of subject {@code index} (SCORING.md step 6, after vetoes)}
     *
     * @param index the subject's index
     */
    public BigDecimal total(int index) {
        return decimal(out.total()[index]);
    }

    /**
     * {@return the base of subject {@code index}: the sum of its dimensions}
     *
     * @param index the subject's index
     */
    public BigDecimal base(int index) {
        return decimal(out.base()[index]);
    }

    /**
     * {@return the bonus of subject {@code index}, capped}
     *
     * @param index the subject's index
     */
    public BigDecimal bonus(int index) {
        return decimal(out.bonus()[index]);
    }

    /**
     * {@return the deductions of subject {@code index}, capped}
     *
     * @param index the subject's index
     */
    public BigDecimal deductions(int index) {
        return decimal(out.deductions()[index]);
    }

    /**
     * {@return the grade of subject {@code index}, if it reached one and is complete}
     *
     * @param index the subject's index
     */
    public Optional<String> grade(int index) {
        int grade = out.grade()[index];
        return grade < 0 ? Optional.empty() : Optional.of(compiled.scheme().grades().get(grade).id());
    }

    /**
     * {@return whether a veto (一票否决) hit subject {@code index}}
     *
     * @param index the subject's index
     */
    public boolean vetoed(int index) {
        return out.vetoes()[index] != null;
    }

    /**
     * {@return whether subject {@code index} is incomplete (an item failed): no grade, unranked}
     *
     * @param index the subject's index
     */
    public boolean incomplete(int index) {
        return out.incomplete().get(index);
    }

    /**
     * {@return whether subject {@code index} was scored from its records, its evidence not fitting the columns}
     *
     * @param index the subject's index
     */
    public boolean fromRecords(int index) {
        return out.fromRecords().get(index);
    }

    /**
     * {@return a figure of subject {@code index}: {@code total}, {@code base}, {@code part:ID},
     * {@code dimension:ID}, {@code indicator:ID} or {@code item:ID}, as vetoes and gates name them;
     * empty when it was not scored (a failed or excluded item, an excluded level) or the subject's
     * kind has no such figure}
     *
     * @param index the subject's index
     * @param figure the figure's name
     */
    public Optional<BigDecimal> figure(int index, String figure) {
        if (figure.equals("total")) {
            return Optional.of(total(index));
        }
        if (figure.equals("base")) {
            return Optional.of(base(index));
        }
        Integer slot = slots(index).get(figure);
        if (slot == null || out.figure(index, slot) == ColumnarScorer.ABSENT) {
            return Optional.empty();
        }
        return Optional.of(decimal(out.figure(index, slot)));
    }

    /** {@return how many subjects reached each grade, by grade id in band order; subjects without a grade left out} */
    public Map<String, Integer> gradeCounts() {
        int[] byBand = new int[compiled.scheme().grades().size()];
        for (int grade : out.grade()) {
            if (grade >= 0) {
                byBand[grade]++;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int g = 0; g < byBand.length; g++) {
            counts.put(compiled.scheme().grades().get(g).id(), byBand[g]);
        }
        return counts;
    }

    /** {@return the items that failed, in subject and item order} */
    public List<ItemError> errors() {
        return out.errors();
    }

    /** {@return the subjects left out of rankings (an item failed), and why} */
    public List<Unranked> unranked() {
        return out.unranked();
    }

    /**
     * {@return a summary report: a scorecard per subject with its total, grade, vetoes (with what
     * their conditions found), base, bonus, deductions, dimension and indicator scores, and the
     * scheme's roll-ups and rankings, compared with {@code earlier}} Items, adjustments, parts,
     * self-assessment differences and traces are left out: explain a subject
     * ({@link Evaluator#explain}) for them. A subject scored from columns cites no record ids in its
     * veto hits, nor do the roll-ups that repeat them: columns hold values, not records. Built on
     * both cores when the evaluator is {@link Evaluator#parallel(boolean) parallel}. The fingerprint is the
     * evidence's for columns read from records, empty for columns given by a builder.
     *
     * @param directory the org directory the columns were made for
     * @param earlier this scheme's reports of the periods right before, oldest first
     * @throws ValidationException (codes {@code evaluate.earlier-scheme}, {@code evaluate.earlier-period})
     *         for earlier reports that are not this scheme's reports of the periods right before
     */
    public Report report(OrgDirectory directory, List<Report> earlier) {
        Objects.requireNonNull(directory, "directory");
        evaluator.checkEarlier(earlier, columns.period());
        Scheme scheme = compiled.scheme();
        Map<String, Layout> layouts = new HashMap<>();
        out.figures().keySet().forEach(kind -> layouts.put(kind, layout(kind)));
        IntStream subjects = IntStream.range(0, size());
        List<Scorecard> cards = (evaluator.inParallel() ? subjects.parallel() : subjects)
                .mapToObj(s -> summary(s, layouts.get(kind(s)))).toList();
        RollupsAndRankings.Result after = RollupsAndRankings.compute(scheme, directory, columns.period(), cards,
                List.copyOf(earlier), (card, figure) -> figure(indexOf(card.subject()), figure));
        List<Unranked> unranked = new ArrayList<>(out.unranked());
        unranked.addAll(after.unranked());
        return new Report(columns.fingerprint(), scheme.id(), scheme.version(), compiled.derivedMaxima(),
                columns.period().text(), columns.asOf(), cards, after.rollups(), unranked, after.rankings(),
                columns.unused(), out.errors());
    }

    /** Subject {@code s}'s summary scorecard. */
    private Scorecard summary(int s, Layout layout) {
        int pos = out.position()[s];
        List<DimensionScore> dimensions = new ArrayList<>(layout.dimensions.length);
        List<IndicatorScore> indicators = new ArrayList<>(layout.indicators.length);
        for (int i = 0; i < layout.indicators.length; i++) {
            IndicatorScore shape = layout.indicators[i];
            Optional<BigDecimal> points = points(layout.figures[layout.indicatorSlots[i]][pos]);
            indicators.add(new IndicatorScore(shape.id(), shape.dimension(), points, shape.maxPoints(), points.isEmpty()));
        }
        for (int d = 0; d < layout.dimensions.length; d++) {
            DimensionScore shape = layout.dimensions[d];
            Optional<BigDecimal> points = points(layout.figures[layout.dimensionSlots[d]][pos]);
            dimensions.add(new DimensionScore(shape.id(), points, shape.maxPoints(), points.isEmpty()));
        }
        return new Scorecard(subject(s), kind(s), total(s), grade(s), vetoed(s),
                ColumnarScorer.vetoHits(out, columns.store(), s), incomplete(s), base(s), bonus(s), deductions(s),
                List.of(), dimensions, indicators, List.of(), List.of(), List.of(), decimal(0), List.of());
    }

    /** A kind's dimension and indicator scores without points, their slots, and its figures. */
    private record Layout(DimensionScore[] dimensions, int[] dimensionSlots, IndicatorScore[] indicators,
            int[] indicatorSlots, long[][] figures) {
    }

    private Layout layout(String kind) {
        KindPlan plan = compiled.plan(kind).orElseThrow();
        Map<String, Integer> slots = out.plan().slots(kind);
        List<DimensionScore> dimensions = new ArrayList<>();
        List<IndicatorScore> indicators = new ArrayList<>();
        for (DimensionPlan dimension : plan.dimensions()) {
            for (IndicatorPlan indicator : dimension.indicators()) {
                indicators.add(new IndicatorScore(indicator.indicator().id(), dimension.dimension().id(),
                        Optional.empty(), indicator.maxPoints().map(this::round), true));
            }
            dimensions.add(new DimensionScore(dimension.dimension().id(), Optional.empty(),
                    dimension.maxPoints().map(this::round), true));
        }
        return new Layout(dimensions.toArray(DimensionScore[]::new),
                dimensions.stream().mapToInt(d -> slots.get("dimension:" + d.id())).toArray(),
                indicators.toArray(IndicatorScore[]::new),
                indicators.stream().mapToInt(i -> slots.get("indicator:" + i.id())).toArray(),
                out.figures().get(kind));
    }

    private Optional<BigDecimal> points(long unscaled) {
        return unscaled == ColumnarScorer.ABSENT ? Optional.empty() : Optional.of(decimal(unscaled));
    }

    private Map<String, Integer> slots(int index) {
        return out.plan().slots(kind(index));
    }

    private BigDecimal decimal(long unscaled) {
        // A million scorecards repeat the same few thousand figures: share them (decimals are immutable, and
        // two threads racing here only make two equal ones).
        if (unscaled >= 0 && unscaled < decimals.length) {
            BigDecimal cached = decimals[(int) unscaled];
            if (cached == null) {
                cached = BigDecimal.valueOf(unscaled, compiled.scheme().scale());
                decimals[(int) unscaled] = cached;
            }
            return cached;
        }
        return BigDecimal.valueOf(unscaled, compiled.scheme().scale());
    }

    private BigDecimal round(BigDecimal value) {
        return value.setScale(compiled.scheme().scale(), compiled.scheme().rounding().mode());
    }
}
