package dev.mofan.core.campaign;

import dev.mofan.core.designation.FinalGrades;
import dev.mofan.core.designation.Review;
import dev.mofan.core.designation.ReviewAction;
import dev.mofan.core.designation.ReviewResult;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.model.designation.Register;
import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterEntry;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.designation.RegisterStep;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Designation;
import dev.mofan.model.scheme.DesignationRule;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Several schemes assessed over successive periods on one org directory (创建活动): for each
 * period, each scheme in the given order is evaluated on that period's evidence with its earlier
 * reports (so that movement, streaks and roll-ups such as 三年一总评 come out), its report is
 * reviewed against its designations and weak-organisation rules with one register shared by all
 * the schemes (so that the five-type scheme's model organs can read the four-strong scheme's
 * branches), and the {@link Committee} names candidates of the designations it names itself
 * (命名授牌). Every period is judged and reviewed on its last day.
 *
 * <p>Immutable and thread-safe; the same inputs always give the same run.
 *
 * <pre>{@code
 * CampaignRun run = Campaign.of(List.of(BundledSchemes.get("four-strong-branch"), BundledSchemes.get("five-type-organ")))
 *         .committee(Committee.limited(Map.of("model-organ", 50)))
 *         .run(province, List.of(Period.year(2024), Period.year(2025), Period.year(2026)),
 *                 (scheme, period) -> evidenceFor(scheme, period), Register.EMPTY);
 * }</pre>
 */
public final class Campaign {

    /** Best total first, then the better rank (the race's tie-breaks), then by id; no total last. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing((Candidate c) -> c.total().orElse(null), Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing((Candidate c) -> c.rank().orElse(null), Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(Candidate::subject);

    private final List<Scheme> schemes;
    private final List<Evaluator> evaluators;
    private final Committee committee;

    private Campaign(List<Scheme> schemes, List<Evaluator> evaluators, Committee committee) {
        this.schemes = schemes;
        this.evaluators = evaluators;
        this.committee = committee;
    }

    /**
     * {@return a campaign of {@code schemes}, reviewed in this order each period, whose committee
     * names no one}
     *
     * @param schemes the schemes; one whose designations read another's register comes after it
     * @throws IllegalArgumentException if there is none, two share an id or a designation or
     *     weak-organisation rule id (the register they share is kept by those ids), or they differ in period kind
     */
    public static Campaign of(List<Scheme> schemes) {
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("A campaign assesses at least one scheme");
        }
        Set<String> ids = new HashSet<>();
        Map<String, String> rules = new HashMap<>();
        for (Scheme scheme : schemes) {
            if (!ids.add(scheme.id())) {
                throw new IllegalArgumentException("The scheme " + scheme.id() + " is given twice");
            }
            for (DesignationRule rule : scheme.designations()) {
                String other = rules.putIfAbsent(rule.id(), scheme.id());
                if (other != null) {
                    throw new IllegalArgumentException("The schemes " + other + " and " + scheme.id()
                            + " both declare '" + rule.id() + "': one register cannot tell their entries apart");
                }
            }
            if (scheme.period() != schemes.get(0).period()) {
                throw new IllegalArgumentException("The scheme " + scheme.id() + " is assessed by " + scheme.period().id()
                        + ", " + schemes.get(0).id() + " by " + schemes.get(0).period().id()
                        + ": a campaign's schemes share their period");
            }
        }
        List<Scheme> copy = List.copyOf(schemes);
        return new Campaign(copy, copy.stream().map(Evaluator::of).toList(), Committee.none());
    }

    /**
     * {@return this campaign with {@code committee} deciding on the candidates of manual designations}
     *
     * @param committee the committee
     */
    public Campaign committee(Committee committee) {
        return new Campaign(schemes, evaluators, Objects.requireNonNull(committee, "committee"));
    }

    /**
     * {@return this campaign scoring each period's subjects in parallel, or one by one}
     *
     * @param parallel whether to score subjects in parallel on the common fork-join pool
     *     ({@link Evaluator#parallel(boolean)})
     */
    public Campaign parallel(boolean parallel) {
        return new Campaign(schemes, evaluators.stream().map(e -> e.parallel(parallel)).toList(), committee);
    }

    /**
     * {@return this campaign scoring lean: every figure the reviews, roll-ups and rankings read, but no
     * trace on the scorecards} A campaign keeps every period's reports for the roll-ups and the
     * reviews that look back; without traces they take a fraction of the memory. Explain a subject
     * afterwards with {@link Evaluator#explain}.
     */
    public Campaign lean() {
        return new Campaign(schemes, evaluators.stream().map(Evaluator::lean).toList(), committee);
    }

    /** {@return the schemes, in review order} */
    public List<Scheme> schemes() {
        return schemes;
    }

    /**
     * Runs the campaign.
     *
     * @param directory the org directory, the same for every period
     * @param periods consecutive periods of the schemes' kind, oldest first
     * @param evidence each period's evidence for each scheme
     * @param register the register before the first period ({@link Register#EMPTY} to start afresh)
     * @return every period's reports, actions and register
     * @throws IllegalArgumentException if there is no period, a period is of another kind, or they are not consecutive
     * @throws IllegalStateException if the committee names a candidate it was not offered, or one twice
     */
    public CampaignRun run(OrgDirectory directory, List<Period> periods, EvidenceSource evidence, Register register) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(register, "register");
        checkPeriods(periods);
        Map<String, List<Report>> earlier = new HashMap<>();
        List<CampaignRound> rounds = new ArrayList<>();
        Register current = register;
        for (Period period : periods) {
            LocalDate asOf = period.end();
            List<Report> reports = new ArrayList<>();
            List<ReviewAction> actions = new ArrayList<>();
            for (int s = 0; s < schemes.size(); s++) {
                Scheme scheme = schemes.get(s);
                List<Report> before = earlier.computeIfAbsent(scheme.id(), id -> new ArrayList<>());
                Report report = evaluators.get(s).evaluate(directory, evidence.evidence(scheme, period), period, asOf,
                        List.copyOf(before));
                before.add(report);
                reports.add(report);
                ReviewResult review = Review.of(scheme, directory, before, current, asOf);
                actions.addAll(review.actions());
                current = name(scheme, report, period, asOf, review.register(), actions);
            }
            rounds.add(new CampaignRound(period, asOf, reports, actions, current));
        }
        return new CampaignRun(rounds, current);
    }

    /** The committee's namings for the scheme's manual designations, appended to {@code actions}. */
    private Register name(Scheme scheme, Report report, Period period, LocalDate asOf, Register register,
            List<ReviewAction> actions) {
        Map<String, Scorecard> cards = new HashMap<>();
        report.scorecards().forEach(card -> cards.put(card.subject(), card));
        Map<String, Optional<String>> grades = FinalGrades.of(scheme, report);
        Map<String, Integer> ranks = new HashMap<>();
        for (String kind : scheme.subjects()) {
            FinalGrades.race(scheme, kind).ifPresent(race -> report.rankings().stream()
                    .filter(r -> r.peerGroup().equals(race.id()))
                    .forEach(r -> ranks.putIfAbsent(r.subject(), r.rank())));
        }
        Register named = register;
        for (DesignationRule rule : scheme.designations()) {
            if (!(rule instanceof Designation designation) || designation.naming() != Designation.Naming.MANUAL) {
                continue;
            }
            List<Candidate> candidates = new ArrayList<>();
            for (RegisterEntry entry : register.entries()) {
                if (entry.kind().equals(designation.id()) && entry.state() == RegisterState.CANDIDATE) {
                    Scorecard card = cards.get(entry.subject());
                    Optional<BigDecimal> total = card == null || card.incomplete() ? Optional.empty()
                            : Optional.of(card.total());
                    candidates.add(new Candidate(entry.id(), entry.subject(), total,
                            grades.getOrDefault(entry.subject(), Optional.empty()),
                            Optional.ofNullable(ranks.get(entry.subject()))));
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            candidates.sort(BEST_FIRST);
            Set<Candidate> offered = new HashSet<>(candidates);
            Set<Candidate> decided = new HashSet<>();
            for (Committee.Decision decision : committee.decide(designation, List.copyOf(candidates))) {
                Candidate candidate = decision.candidate();
                if (!offered.contains(candidate) || !decided.add(candidate)) {
                    throw new IllegalStateException("The committee named " + candidate.entry() + " (" + candidate.subject()
                            + "), which is not one of the candidates offered, or named it twice");
                }
                named = named.step(candidate.entry(), new RegisterStep(RegisterAction.NAME, asOf,
                        Optional.of(period.text()), Optional.empty(), List.of(decision.reason())));
                actions.add(new ReviewAction(candidate.entry(), candidate.subject(), designation.id(),
                        RegisterAction.NAME, Optional.of(RegisterState.CANDIDATE), RegisterState.NAMED,
                        Optional.empty(), List.of(decision.reason())));
            }
        }
        return named;
    }

    private void checkPeriods(List<Period> periods) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("A campaign runs over at least one period");
        }
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            if (period.kind() != schemes.get(0).period()) {
                throw new IllegalArgumentException("The period " + period.text() + " is not a " + schemes.get(0).period().id()
                        + ", the period of " + schemes.get(0).id());
            }
            if (i > 0 && !periods.get(i - 1).next().equals(period)) {
                throw new IllegalArgumentException("The period " + period.text() + " does not follow "
                        + periods.get(i - 1).text() + ": a campaign's periods are consecutive");
            }
        }
    }
}
