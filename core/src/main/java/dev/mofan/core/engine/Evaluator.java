package dev.mofan.core.engine;

import dev.mofan.core.engine.internal.ColumnarPlan;
import dev.mofan.core.engine.internal.ColumnarScorer;
import dev.mofan.core.engine.internal.CompiledScheme;
import dev.mofan.core.engine.internal.EngineProblems;
import dev.mofan.core.engine.internal.EvidenceIndex;
import dev.mofan.core.engine.internal.RollupsAndRankings;
import dev.mofan.core.engine.internal.SubjectScorer;
import dev.mofan.core.format.SchemeFormat.CheckedScheme;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.internal.SchemeProblems;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.org.Subject;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.ItemError;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Scores every assessed subject of an org directory for one period from evidence, following
 * SCORING.md steps 1–10 (the scheme's roll-ups and its peer groups' rankings included), and
 * returns the {@link Report}.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(BundledSchemes.get("five-type-organ"));
 * Report report = evaluator.evaluate(directory, evidence, Period.year(2025));
 * }</pre>
 *
 * <p>Exact decimals, the scheme's rounding, traces that reconcile; a failing item makes its
 * scorecard incomplete, never a wrong total. Every evidence record is cited by a figure or listed
 * in {@link Report#unused()} with its reason. Deterministic: the same inputs give an equal report
 * whatever the order of the evidence, the thread count, the default locale or time zone.
 *
 * <p>Immutable and thread-safe; one evaluator may score many periods at once.
 */
public final class Evaluator {

    private final CompiledScheme compiled;
    private final boolean parallel;
    private final boolean traced;

    private Evaluator(CompiledScheme compiled, boolean parallel, boolean traced) {
        this.compiled = compiled;
        this.parallel = parallel;
        this.traced = traced;
    }

    /**
     * {@return an evaluator of {@code scheme} with the rules the service loader finds} The scheme is
     * checked as if it had been read from a document.
     *
     * @param scheme the scheme to score by
     * @throws ValidationException if the scheme is invalid
     */
    public static Evaluator of(Scheme scheme) {
        return of(SchemeFormat.ofDefaults().check(scheme));
    }

    /**
     * {@return an evaluator of {@code scheme} whose rules come from {@code rules}}
     *
     * @param scheme the scheme to score by
     * @param rules the rules the scheme's items may name
     * @throws ValidationException if the scheme is invalid
     */
    public static Evaluator of(Scheme scheme, RuleRegistry rules) {
        return of(SchemeFormat.ofDefaults().withRules(rules).check(scheme));
    }

    /**
     * {@return an evaluator of a scheme already checked, with its configured rules}
     *
     * @param checked the scheme, checked, with its items' rules configured
     */
    public static Evaluator of(CheckedScheme checked) {
        return new Evaluator(new CompiledScheme(checked.scheme(), checked.rules()), false, true);
    }

    /**
     * {@return this evaluator scoring subjects on the common fork-join pool ({@code true}) or on the calling thread}
     *
     * @param inParallel whether subjects are scored in parallel
     */
    public Evaluator parallel(boolean inParallel) {
        return new Evaluator(compiled, inParallel, traced);
    }

    /**
     * {@return this evaluator scoring lean: every figure of the report as before (totals, grades,
     * items, adjustments, vetoes, rankings, roll-ups, unused records, errors), but no trace on the
     * scorecards and their items} For a portal that recomputes totals and rankings often and shows a
     * subject's explanation only on demand: {@link #explain} rebuilds one scorecard with its trace,
     * by the same rules. Rules are told ({@code RuleInput.traced()}) so that they skip building steps.
     */
    public Evaluator lean() {
        return new Evaluator(compiled, parallel, false);
    }

    /** {@return whether the scorecards this evaluator makes carry their traces (not {@link #lean()})} */
    public boolean traced() {
        return traced;
    }

    /**
     * {@return the scorecard of {@code subject} for {@code period}, with its full trace, as a traced
     * evaluation would give it (dates judged as of the period's last day); empty if the directory has
     * no such subject of a kind the scheme assesses} The evidence is screened as a whole, so that its
     * unused records and corrections count as in the report; only this subject is scored.
     *
     * @param directory the org directory
     * @param evidence the evidence records
     * @param period the period, of the scheme's period kind
     * @param subject the id of the org or division to explain
     * @throws ValidationException (code {@code evaluate.period-kind}) for a period of another kind
     */
    public Optional<Scorecard> explain(OrgDirectory directory, Evidence evidence, Period period, String subject) {
        return explain(directory, evidence, period, period.end(), subject);
    }

    /**
     * {@return the scorecard of {@code subject} for {@code period} as of {@code asOf}, with its full
     * trace, as {@link #evaluate(OrgDirectory, Evidence, Period, LocalDate)} traced would give it; empty
     * if the directory has no such subject of a kind the scheme assesses}
     *
     * @param directory the org directory
     * @param evidence the evidence records
     * @param period the period, of the scheme's period kind
     * @param asOf the day dates are judged at
     * @param subject the id of the org or division to explain
     * @throws ValidationException (code {@code evaluate.period-kind}) for a period of another kind
     */
    public Optional<Scorecard> explain(OrgDirectory directory, Evidence evidence, Period period, LocalDate asOf,
            String subject) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(asOf, "asOf");
        checkPeriod(period);
        EvidenceIndex index = EvidenceIndex.build(compiled, directory, evidence, period, asOf);
        return subjects(directory).stream().filter(s -> s.id().equals(subject)).findFirst()
                .map(s -> SubjectScorer.score(compiled, s.id(), compiled.plan(s.kindId()).orElseThrow(),
                        index.of(s.id()), true).scorecard());
    }

    void checkPeriod(Period period) {
        Scheme scheme = compiled.scheme();
        if (period.kind() != scheme.period()) {
            throw new ValidationException(List.of(Violation.of("$.period", EngineProblems.PERIOD_KIND, period.text(),
                    period.kind(), scheme.id(), scheme.period())));
        }
    }

    /**
     * {@return every subject's total, grade and vetoes from {@code columns}: the figures
     * {@link #evaluate} gives, without the objects and traces of a report} Items are scored by their
     * own rules, each asked once per distinct value of its column; subjects kept as records are
     * scored from them. For a scheme the columnar path does not support ({@link #columnarLimits()}),
     * columns read from records are scored from the records; columns given by a builder are refused.
     *
     * @param columns the evidence as columns, made for this evaluator's scheme
     * @throws ValidationException (code {@code columns.scheme}) for columns of another scheme, (code
     *         {@code columns.unsupported}) for columns given by a builder for a scheme with limits
     */
    public Totals totals(EvidenceColumns columns) {
        Objects.requireNonNull(columns, "columns");
        CompiledScheme made = columns.store().compiled();
        if (made != compiled && !made.scheme().equals(compiled.scheme())) {
            throw new ValidationException(List.of(Violation.of("$.columns", EngineProblems.COLUMNS_SCHEME,
                    made.scheme().id(), compiled.scheme().id())));
        }
        // This evaluator's rules score them, whichever evaluator of the same scheme made the columns.
        // Records are kept for every subject only when the evaluator that read them had limits too.
        ColumnarPlan plan = compiled.columnar();
        if (!plan.limits().isEmpty() && (!columns.readFromRecords() || made.columnar().limits().isEmpty())) {
            throw new ValidationException(plan.limits().stream().map(limit -> Violation.of("$.columns",
                    EngineProblems.COLUMNS_UNSUPPORTED, compiled.scheme().id(), limit)).toList());
        }
        return new Totals(this, columns, ColumnarScorer.score(compiled, plan, columns.store()));
    }

    /**
     * {@return why this evaluator's scheme cannot be scored from columns alone, in both languages; empty
     * when it can} A rule that promises nothing about what it reads (see {@code RuleCapability}), an
     * item reading several keys, a graded key of more than 8 values read value by value or by level,
     * a maximum with more decimals than the scale, a figure beyond what a long holds: such a scheme
     * is scored from records.
     */
    public List<Label> columnarLimits() {
        return compiled.columnar().limits();
    }

    /** Whether subjects are scored in parallel ({@link #parallel(boolean)}). */
    boolean inParallel() {
        return parallel;
    }

    CompiledScheme compiled() {
        return compiled;
    }

    /** {@return the scheme this evaluator scores} */
    public Scheme scheme() {
        return compiled.scheme();
    }

    /**
     * {@return the report for {@code period}, judging dates as of its last day}
     *
     * @param directory the org directory whose subjects are scored
     * @param evidence the evidence records
     * @param period the period to score, of the scheme's period kind
     */
    public Report evaluate(OrgDirectory directory, Evidence evidence, Period period) {
        return evaluate(directory, evidence, period, period.end());
    }

    /**
     * {@return the report for {@code period}, judging dates (records made later are unused) as of {@code asOf}}
     *
     * @param directory the org directory whose subjects are scored
     * @param evidence the evidence records
     * @param period the period to score, of the scheme's period kind
     * @param asOf the day dates are judged at
     * @throws ValidationException (code {@code evaluate.period-kind}) if {@code period} is not of the
     *         scheme's period kind
     */
    public Report evaluate(OrgDirectory directory, Evidence evidence, Period period, LocalDate asOf) {
        return evaluate(directory, evidence, period, asOf, List.of());
    }

    /**
     * {@return the report for {@code period} as of {@code asOf}, its rankings compared with the reports of
     * the periods just before it: {@code earlier}, oldest first, each of this scheme, ending with
     * the period right before {@code period} (movement is against the last one; streaks look back
     * as far as they go; a period roll-up reads the periods of its year or cycle from them, and
     * counts those it does not find as missing)}
     *
     * @param directory the org directory whose subjects are scored
     * @param evidence the evidence records
     * @param period the period to score, of the scheme's period kind
     * @param asOf the day dates are judged at
     * @param earlier this scheme's reports of the periods right before {@code period}, oldest first
     * @throws ValidationException (codes {@code evaluate.period-kind}, {@code evaluate.earlier-scheme},
     *         {@code evaluate.earlier-period}) for a period of the wrong kind or earlier reports that
     *         are not this scheme's reports of the periods right before it
     */
    public Report evaluate(OrgDirectory directory, Evidence evidence, Period period, LocalDate asOf,
            List<Report> earlier) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(asOf, "asOf");
        Scheme scheme = compiled.scheme();
        checkPeriod(period);
        checkEarlier(earlier, period);
        EvidenceIndex index = EvidenceIndex.build(compiled, directory, evidence, period, asOf);
        List<Subject> subjects = subjects(directory);
        IntStream range = IntStream.range(0, subjects.size());
        SubjectScorer.Result[] results = (parallel ? range.parallel() : range)
                .mapToObj(i -> {
                    Subject subject = subjects.get(i);
                    return SubjectScorer.score(compiled, subject.id(), compiled.plan(subject.kindId()).orElseThrow(),
                            index.of(subject.id()), traced);
                })
                .toArray(SubjectScorer.Result[]::new);
        List<Scorecard> scorecards = new ArrayList<>(results.length);
        List<Unranked> unranked = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        for (SubjectScorer.Result result : results) {
            scorecards.add(result.scorecard());
            result.unranked().ifPresent(unranked::add);
            errors.addAll(result.errors());
        }
        RollupsAndRankings.Result after = RollupsAndRankings.compute(scheme, directory, period, scorecards,
                List.copyOf(earlier));
        unranked.addAll(after.unranked());
        return new Report(compiled.fingerprint(directory, evidence), scheme.id(), scheme.version(),
                compiled.derivedMaxima(), period.text(), asOf, scorecards, after.rollups(), unranked, after.rankings(),
                index.unused(), errors);
    }

    /**
     * {@return {@code report} (this scheme's, for {@code directory}) with its roll-ups and rankings computed
     * again against {@code earlier}, the reports of the periods right before it, oldest first: for a
     * portal that keeps its reports and ranks them when the next period's comes in, or with peer
     * groups or roll-ups it changed since} Its scorecards are kept as they are.
     *
     * @param directory the org directory the report was made for
     * @param report the report to rank again
     * @param earlier this scheme's reports of the periods right before the report's, oldest first
     * @throws ValidationException if a report is not this scheme's, the periods are not
     *         consecutive, ending right before the report's period, or a scorecard's subject is not
     *         in {@code directory} with the kind the report gives it
     */
    public Report rank(OrgDirectory directory, Report report, List<Report> earlier) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(report, "report");
        Scheme scheme = compiled.scheme();
        List<Violation> problems = new ArrayList<>();
        if (!report.schemeId().equals(scheme.id())) {
            problems.add(Violation.of("$.report.scheme.id", EngineProblems.EARLIER_SCHEME, report.schemeId(),
                    scheme.id()));
        }
        Optional<Period> period = Period.tryParse(report.period());
        if (period.isEmpty()) {
            problems.add(Violation.of("$.report.period", SchemeProblems.PERIOD_INVALID, report.period()));
        } else if (period.get().kind() != scheme.period()) {
            problems.add(Violation.of("$.report.period", EngineProblems.PERIOD_KIND, report.period(),
                    period.get().kind(), scheme.id(), scheme.period()));
        }
        for (int i = 0; i < report.scorecards().size(); i++) {
            Scorecard card = report.scorecards().get(i);
            Optional<Subject> subject = directory.subject(card.subject());
            if (subject.isEmpty()) {
                problems.add(Violation.of("$.report.scorecards[" + i + "].subject", EngineProblems.REPORT_SUBJECT,
                        card.subject()));
            } else if (!subject.get().kindId().equals(card.kind())) {
                problems.add(Violation.of("$.report.scorecards[" + i + "].kind", EngineProblems.REPORT_KIND,
                        card.subject(), card.kind(), subject.get().kindId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        checkEarlier(earlier, period.get());
        RollupsAndRankings.Result after = RollupsAndRankings.compute(scheme, directory, period.get(),
                report.scorecards(), List.copyOf(earlier));
        List<Unranked> unranked = new ArrayList<>();
        report.unranked().stream().filter(u -> !u.code().equals(EngineProblems.UNRANKED_ROLLUP.code()))
                .forEach(unranked::add);
        unranked.addAll(after.unranked());
        return new Report(report.fingerprint(), report.schemeId(), report.schemeVersion(), report.weights(),
                report.period(), report.asOf(), report.scorecards(), after.rollups(), unranked, after.rankings(),
                report.unused(), report.errors());
    }

    /** Earlier reports must be this scheme's, for the consecutive periods right before {@code period}. */
    void checkEarlier(List<Report> earlier, Period period) {
        List<Violation> problems = new ArrayList<>();
        Period expected = period;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            expected = expected.previous();
            Report report = earlier.get(i);
            String at = "$.earlier[" + i + "]";
            if (!report.schemeId().equals(compiled.scheme().id())) {
                problems.add(Violation.of(at + ".scheme.id", EngineProblems.EARLIER_SCHEME, report.schemeId(),
                        compiled.scheme().id()));
            }
            if (!report.period().equals(expected.text())) {
                problems.add(Violation.of(at + ".period", EngineProblems.EARLIER_PERIOD, report.period(),
                        expected.text()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The assessed subjects: orgs in tree order, then divisions by id. */
    List<Subject> subjects(OrgDirectory directory) {
        List<Subject> subjects = new ArrayList<>();
        for (OrgUnit org : directory.tree().units()) {
            if (compiled.plan(org.kindId()).isPresent()) {
                subjects.add(org);
            }
        }
        if (compiled.plan(Division.KIND_ID).isPresent()) {
            List<Division> divisions = new ArrayList<>(directory.divisions());
            divisions.sort(Comparator.comparing(Division::id));
            subjects.addAll(divisions);
        }
        return subjects;
    }
}
