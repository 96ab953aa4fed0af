package dev.mofan.core.engine.internal;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Rollup;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What follows scoring in one period (SCORING.md steps 9 and 10): the groups that rank own totals
 * first, their quotas giving the final grades; then each roll-up in declaration order, and right
 * after it the groups that rank it, so that a roll-up reads the final grades of what it rolls up.
 */
public final class RollupsAndRankings {

    /**
     * The report's roll-ups (by roll-up, then subject), the subjects a roll-up group could not rank,
     * and the rankings (by peer group in scheme order).
     */
    public record Result(List<RollupScore> rollups, List<Unranked> unranked, List<Ranking> rankings) {
    }

    private static final String TOTAL = PeerGroup.TOTAL;

    private final Scheme scheme;
    private final OrgDirectory directory;
    private final Period period;
    private final List<Scorecard> cards;
    private final List<Report> earlier;
    private final Map<String, Scorecard> cardOf = new HashMap<>();
    /** This period's final grades by figure, then subject: only subjects of a quota group are there. */
    private final Map<String, Map<String, Optional<String>>> finalGrades = new HashMap<>();
    /** This period's roll-ups by id, then subject. */
    private final Map<String, Map<String, RollupScore>> rollupsNow = new LinkedHashMap<>();
    private final Map<Report, Index> indexes = new IdentityHashMap<>();
    /** The earlier reports by their period, and by its last day. */
    private final Map<Period, Report> byPeriod = new HashMap<>();
    private final Map<LocalDate, Report> byEnd = new HashMap<>();

    /** One earlier report's scorecards, roll-ups and rankings by subject, built when first read. */
    private record Index(Map<String, Scorecard> cards, Map<String, RollupScore> rollups,
            Map<String, Ranking> rankings) {
    }

    private RollupsAndRankings(Scheme scheme, OrgDirectory directory, Period period, List<Scorecard> cards,
            List<Report> earlier) {
        this.scheme = scheme;
        this.directory = directory;
        this.period = period;
        this.cards = cards;
        this.earlier = earlier;
        cards.forEach(card -> cardOf.put(card.subject(), card));
        for (Report report : earlier) {
            Period p = Period.parse(report.period());
            byPeriod.put(p, report);
            byEnd.put(p.end(), report);
        }
    }

    /**
     * {@return the roll-ups and rankings of {@code cards}, the scorecards of {@code period}; {@code earlier}
     * are the reports of the periods right before it, oldest first}
     *
     * @param scheme the scheme
     * @param directory the org directory
     * @param period the evaluated period
     * @param cards the period's scorecards
     * @param earlier the reports of the periods right before, oldest first
     */
    public static Result compute(Scheme scheme, OrgDirectory directory, Period period, List<Scorecard> cards,
            List<Report> earlier) {
        return compute(scheme, directory, period, cards, earlier, Figures::of);
    }

    /**
     * {@return the roll-ups and rankings of {@code cards}, tie-break figures read by {@code figures}}: for
     * summary scorecards, whose item figures are held elsewhere
     *
     * @param scheme the scheme
     * @param directory the org directory
     * @param period the evaluated period
     * @param cards the period's scorecards
     * @param earlier the reports of the periods right before, oldest first
     * @param figures a scorecard's figure by name ({@code item:ID}, {@code dimension:ID}, …), empty when not scored
     */
    public static Result compute(Scheme scheme, OrgDirectory directory, Period period, List<Scorecard> cards,
            List<Report> earlier, BiFunction<Scorecard, String, Optional<BigDecimal>> figures) {
        return new RollupsAndRankings(scheme, directory, period, cards, earlier).compute(figures);
    }

    private Result compute(BiFunction<Scorecard, String, Optional<BigDecimal>> figures) {
        Ranker ranker = new Ranker(scheme, directory, this::history, figures);
        Map<PeerGroup, List<Ranking>> byGroup = new HashMap<>();
        List<Ranker.Entry> totals = new ArrayList<>();
        for (Scorecard card : cards) {
            if (!card.incomplete()) {
                totals.add(new Ranker.Entry(card, card.total(), card.grade()));
            }
        }
        Ranker.Ranked ranked = ranker.rank(groupsRanking(TOTAL), totals);
        byGroup.putAll(ranked.rankings());
        finalGrades.put(TOTAL, ranked.finalGrades());

        RollupCalculator calculator = new RollupCalculator(scheme, directory, new Reader());
        List<RollupScore> rollups = new ArrayList<>();
        List<Unranked> unranked = new ArrayList<>();
        for (Rollup rollup : scheme.rollups()) {
            List<RollupScore> scores = calculator.compute(rollup);
            Map<String, RollupScore> bySubject = new LinkedHashMap<>();
            scores.forEach(score -> bySubject.put(score.subject(), score));
            rollupsNow.put(rollup.id(), bySubject);
            rollups.addAll(scores);
            String figure = PeerGroup.ROLLUP_PREFIX + rollup.id();
            List<PeerGroup> groups = groupsRanking(figure);
            List<Ranker.Entry> entries = new ArrayList<>();
            for (RollupScore score : scores) {
                Scorecard card = cardOf.get(score.subject());
                if (score.total().isPresent()) {
                    entries.add(new Ranker.Entry(card, score.total().get(), score.grade()));
                    continue;
                }
                for (PeerGroup group : groups) {
                    if (ranker.members(group, card)) {
                        Messages why = Messages.of(EngineProblems.UNRANKED_ROLLUP, rollup.id(), group.id());
                        unranked.add(new Unranked(score.subject(), why.code(), why.en(), why.zh()));
                    }
                }
            }
            Ranker.Ranked byRollup = ranker.rank(groups, entries);
            byGroup.putAll(byRollup.rankings());
            finalGrades.put(figure, byRollup.finalGrades());
        }
        List<Ranking> rankings = new ArrayList<>();
        for (PeerGroup group : scheme.peerGroups()) {
            rankings.addAll(byGroup.getOrDefault(group, List.of()));
        }
        return new Result(List.copyOf(rollups), List.copyOf(unranked), List.copyOf(rankings));
    }

    /** The group whose quotas give the final grade of {@code figure} for subjects of {@code kind}, if any. */
    private Optional<PeerGroup> quotaGroup(String figure, String kind) {
        return scheme.peerGroups().stream()
                .filter(g -> !g.quotas().isEmpty() && g.figure().equals(figure) && g.kinds().contains(kind))
                .findFirst();
    }

    private List<PeerGroup> groupsRanking(String figure) {
        return scheme.peerGroups().stream().filter(group -> group.figure().equals(figure)).toList();
    }

    /**
     * The earlier reports in which {@code group} ranked: all of them, or for a group ranking a
     * period roll-up, those of the periods that end a year or cycle of it.
     */
    private List<Report> history(PeerGroup group) {
        Optional<PeriodRollup> byPeriod = group.rollup().flatMap(scheme::rollup)
                .filter(PeriodRollup.class::isInstance).map(PeriodRollup.class::cast);
        if (byPeriod.isEmpty()) {
            return earlier;
        }
        return earlier.stream().filter(report -> {
            Period p = Period.parse(report.period());
            return byPeriod.get().periodOf(p).filter(over -> over.end().equals(p.end())).isPresent();
        }).toList();
    }

    private Index index(Report report) {
        return indexes.computeIfAbsent(report, r -> {
            Map<String, Scorecard> byCard = new HashMap<>();
            r.scorecards().forEach(card -> byCard.put(card.subject(), card));
            Map<String, RollupScore> byRollup = new HashMap<>();
            r.rollups().forEach(score -> byRollup.put(score.id() + '\u0000' + score.subject(), score));
            Map<String, Ranking> byRanking = new HashMap<>();
            r.rankings().forEach(ranking -> byRanking.put(ranking.peerGroup() + '\u0000' + ranking.subject(), ranking));
            return new Index(byCard, byRollup, byRanking);
        });
    }

    /** The earlier report whose period is {@code wanted}, or, with {@code byEnd}, ends when it does. */
    private Optional<Report> earlierReport(Period wanted, boolean sameEnd) {
        return Optional.ofNullable(sameEnd ? byEnd.get(wanted.end()) : byPeriod.get(wanted));
    }

    /** The results a roll-up reads, now and in the earlier reports. */
    private final class Reader implements RollupCalculator.Results {

        @Override
        public Period period() {
            return period;
        }

        @Override
        public List<Scorecard> cards() {
            return cards;
        }

        @Override
        public Optional<Scorecard> card(Period wanted, String subject) {
            if (wanted.equals(period)) {
                return Optional.ofNullable(cardOf.get(subject));
            }
            return earlierReport(wanted, false).map(report -> index(report).cards().get(subject));
        }

        @Override
        public Optional<RollupScore> rollup(Period wanted, String id, String subject) {
            if (wanted.end().equals(period.end())) {
                return Optional.ofNullable(rollupsNow.getOrDefault(id, Map.of()).get(subject));
            }
            return earlierReport(wanted, true).map(report -> index(report).rollups().get(id + '\u0000' + subject));
        }

        @Override
        public Optional<String> finalGrade(Period wanted, String figure, String subject, Optional<String> before) {
            boolean now = figure.equals(TOTAL) ? wanted.equals(period) : wanted.end().equals(period.end());
            if (now) {
                Map<String, Optional<String>> grades = finalGrades.getOrDefault(figure, Map.of());
                return grades.containsKey(subject) ? grades.get(subject) : before;
            }
            Optional<Report> report = earlierReport(wanted, !figure.equals(TOTAL));
            Optional<PeerGroup> quotaGroup = directory.subject(subject).flatMap(s -> quotaGroup(figure, s.kindId()));
            if (report.isEmpty() || quotaGroup.isEmpty()) {
                return before;
            }
            Ranking ranking = index(report.get()).rankings().get(quotaGroup.get().id() + '\u0000' + subject);
            return ranking == null ? before : ranking.grade();
        }
    }
}
