package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.link.Partnership;
import dev.mofan.model.member.Member;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.org.Subject;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.PeerGroup.Quota;
import dev.mofan.model.scheme.PeerGroup.Standing;
import dev.mofan.model.scheme.PeerGroup.Streak;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import dev.mofan.model.scheme.VetoEffect;
import dev.mofan.testkit.ScoringProperties.Case;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rankings and quotas (SCORING.md step 10, docs/rankings.md) over generated schemes that rank
 * ({@link SchemeArbitrary#ranked()}), org directories and evidence: each figure of
 * {@code rankings[]} is recomputed from the scorecards it ranks, and across consecutive periods
 * from the earlier reports. Nothing here asks the engine how it ranks: ranks are counted from the
 * figures, partitions from the org tree, quotas from the documented procedure.
 */
class RankingProperties {

    // ---------------------------------------------------------------- cases

    /** One scheme, directory and evaluated period with evidence of each of three consecutive periods. */
    record Run(Scheme scheme, OrgDirectory directory, List<Period> periods, List<Evidence> evidence) {

        /** The reports of the three periods, each given the ones before it as earlier reports. */
        List<Report> reports() {
            Evaluator evaluator = Evaluator.of(scheme);
            List<Report> reports = new ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                Period period = periods.get(p);
                reports.add(evaluator.evaluate(directory, evidence.get(p), period, period.end(), List.copyOf(reports)));
            }
            return reports;
        }
    }

    /**
     * Directories of 6 to 40 orgs, so that groups have several members to rank (the evidence is
     * mostly about a few subjects and leaves the others tied).
     */
    private static Arbitrary<OrgDirectory> directories() {
        return new OrgDirectoryArbitrary(MofanArbitraries.orgTrees().ofMinSize(6).ofMaxSize(40));
    }

    /** Whether the directory has at least three subjects of kinds the scheme assesses: a race to rank. */
    private static boolean assessesSeveral(Scheme scheme, OrgDirectory directory) {
        long orgs = directory.tree().units().stream().filter(org -> scheme.subjects().contains(org.kindId())).count();
        long divisions = scheme.subjects().contains(Division.KIND_ID) ? directory.divisions().size() : 0;
        return orgs + divisions >= 3;
    }

    private static Arbitrary<Case> cases(Arbitrary<Scheme> schemes, boolean uniqueIds) {
        return Combinators.combine(schemes, directories())
                .filter(RankingProperties::assessesSeveral)
                .flatAs((scheme, directory) -> MofanArbitraries.periods(scheme.period()).flatMap(period -> {
                    EvidenceArbitrary evidence = MofanArbitraries.evidence(scheme, directory, period);
                    return (uniqueIds ? evidence.withUniqueIds() : evidence)
                            .map(records -> new Case(scheme, directory, period, records));
                }));
    }

    @Provide
    Arbitrary<Case> rankedCases() {
        return cases(MofanArbitraries.schemes().ranked(), false);
    }

    @Provide
    Arbitrary<Case> rankedCasesWithUniqueIds() {
        return cases(MofanArbitraries.schemes().ranked(), true);
    }

    /** Schemes with a quota group: at least two bands and a peer group with quotas. */
    @Provide
    Arbitrary<Case> casesWithQuotas() {
        return cases(MofanArbitraries.schemes().ranked()
                .filter(scheme -> scheme.peerGroups().stream().anyMatch(group -> !group.quotas().isEmpty())), false);
    }

    /**
     * Schemes with quotas on two bands in a row, where a subject moved out of one band may be moved
     * on out of the next (a cascade); half of the cases, the others any scheme with quotas.
     */
    @Provide
    Arbitrary<Case> casesWithCascades() {
        Arbitrary<Scheme> cascading = MofanArbitraries.schemes().ranked().filter(RankingProperties::mayCascade);
        return Arbitraries.oneOf(cases(cascading, false), casesWithQuotas());
    }

    /** Whether a peer group has quotas on two consecutive bands. */
    private static boolean mayCascade(Scheme scheme) {
        List<String> bands = scheme.grades().stream().map(GradeBand::id).toList();
        return scheme.peerGroups().stream().anyMatch(group -> group.quotas().stream()
                .anyMatch(q -> group.quotas().stream().anyMatch(next -> bands.indexOf(next.grade())
                        == bands.indexOf(q.grade()) + 1)));
    }

    @Provide
    Arbitrary<Run> runs() {
        return Combinators.combine(MofanArbitraries.schemes().ranked(), directories())
                .filter(RankingProperties::assessesSeveral)
                .flatAs((scheme, directory) -> MofanArbitraries.periods(scheme.period()).flatMap(first -> {
                    Period second = first.next();
                    Period third = second.next();
                    return Combinators.combine(MofanArbitraries.evidence(scheme, directory, first),
                                    MofanArbitraries.evidence(scheme, directory, second),
                                    MofanArbitraries.evidence(scheme, directory, third))
                            .as((e0, e1, e2) -> new Run(scheme, directory, List.of(first, second, third),
                                    List.of(e0, e1, e2)));
                }));
    }

    // ---------------------------------------------------------------- ranks

    @Property(tries = 200)
    @Label("ranks follow the totals and the tie-break figures: in each partition rank = 1 + the members strictly "
            + "ahead (1, 2, 2, 4), so a higher total never ranks worse and equal figures share a rank; every complete "
            + "scorecard of a group's kinds and tag is ranked exactly once in it, in its unit's partition, and no "
            + "incomplete one")
    void ranksFollowTheRankedFigures(@ForAll("rankedCases") Case c) {
        Report report = c.evaluate();
        Map<String, Scorecard> cards = cards(report);
        Set<String> unranked = new HashSet<>();
        report.unranked().stream().map(Unranked::subject).forEach(unranked::add);
        for (Scorecard card : report.scorecards()) {
            if (card.incomplete()) {
                assertTrue(unranked.contains(card.subject()), card.subject() + " is incomplete but not unranked");
            }
        }
        for (PeerGroup group : c.scheme().peerGroups()) {
            List<Ranking> rankings = rankingsOf(report, group);
            Set<String> expected = new HashSet<>();
            for (Scorecard card : report.scorecards()) {
                if (isMember(group, c.directory(), card)) {
                    expected.add(card.subject());
                }
            }
            Set<String> ranked = new HashSet<>();
            for (Ranking ranking : rankings) {
                assertTrue(ranked.add(ranking.subject()), ranking.subject() + " ranked twice in " + group.id());
                Scorecard card = cards.get(ranking.subject());
                assertFalse(card.incomplete(), ranking.subject() + " is incomplete but ranked");
                assertFalse(unranked.contains(ranking.subject()), ranking.subject() + " is unranked but ranked");
                assertEquals(partitionOf(group, c.directory(), ranking.subject()), ranking.partition(),
                        ranking.subject() + " in " + group.id());
                assertEquals(card.total(), ranking.total(), ranking.subject());
                assertEquals(card.total(), ranking.figure(), ranking.subject());
            }
            assertEquals(expected, ranked, "the members of " + group.id());

            for (List<Ranking> partition : partitions(rankings).values()) {
                for (Ranking ranking : partition) {
                    List<Optional<BigDecimal>> keys = keys(group, cards.get(ranking.subject()));
                    int ahead = 0;
                    for (Ranking other : partition) {
                        int order = compare(keys(group, cards.get(other.subject())), keys);
                        if (order < 0) {
                            ahead++;
                        }
                        String pair = group.id() + ": " + other.subject() + " " + keys(group,
                                cards.get(other.subject())) + " rank " + other.rank() + ", " + ranking.subject() + " "
                                + keys + " rank " + ranking.rank();
                        if (order == 0) {
                            assertEquals(other.rank(), ranking.rank(), "equal figures share a rank: " + pair);
                        }
                        if (other.total().compareTo(ranking.total()) > 0) {
                            assertTrue(other.rank() < ranking.rank(), "a higher total ranks better: " + pair);
                        }
                    }
                    assertEquals(1 + ahead, ranking.rank(), group.id() + " " + ranking.subject() + " " + keys);
                }
            }
        }
    }

    @Property(tries = 100)
    @Label("rankings are listed group by group in the scheme's order, partitions by id, then by rank and subject id")
    void rankingsAreListedInTheirDocumentedOrder(@ForAll("rankedCases") Case c) {
        Report report = c.evaluate();
        List<String> groups = c.scheme().peerGroups().stream().map(PeerGroup::id).toList();
        Comparator<Ranking> documented = Comparator.comparing((Ranking r) -> groups.indexOf(r.peerGroup()))
                .thenComparing(r -> r.partition().orElse(""))
                .thenComparing(Ranking::rank)
                .thenComparing(Ranking::subject);
        List<Ranking> sorted = new ArrayList<>(report.rankings());
        sorted.sort(documented);
        assertEquals(sorted.stream().map(RankingProperties::where).toList(),
                report.rankings().stream().map(RankingProperties::where).toList());
    }

    @Property(tries = 100)
    @Label("percentile = 100 × (n − rank) / (n − 1) at the scheme's scale and rounding, 100 for a partition of one")
    void percentileFollowsTheRank(@ForAll("rankedCases") Case c) {
        Report report = c.evaluate();
        Scheme scheme = c.scheme();
        for (PeerGroup group : scheme.peerGroups()) {
            for (List<Ranking> partition : partitions(rankingsOf(report, group)).values()) {
                int n = partition.size();
                for (Ranking ranking : partition) {
                    BigDecimal expected = n == 1 ? BigDecimal.valueOf(100).setScale(scheme.scale())
                            : BigDecimal.valueOf(100L * (n - ranking.rank())).divide(BigDecimal.valueOf(n - 1),
                                    scheme.scale(), scheme.rounding().mode());
                    assertEquals(expected, ranking.percentile(), where(ranking) + " of " + n);
                }
            }
        }
    }

    // ---------------------------------------------------------------- leaders and laggards

    @Property(tries = 200)
    @Label("the leader flag is exactly rank ≤ the cut (count, at most n, or floor(share × n)); the laggard flag "
            + "exactly fewer members strictly behind than the cut; nothing else is flagged without earlier reports")
    void leadersAndLaggardsAreTheCuts(@ForAll("rankedCases") Case c) {
        Report report = c.evaluate();
        for (PeerGroup group : c.scheme().peerGroups()) {
            for (List<Ranking> partition : partitions(rankingsOf(report, group)).values()) {
                int n = partition.size();
                for (Ranking ranking : partition) {
                    long behind = partition.stream().filter(other -> other.rank() > ranking.rank()).count();
                    boolean leader = group.leaders().map(cut -> ranking.rank() <= size(cut, n)).orElse(false);
                    boolean laggard = group.laggards().map(cut -> behind < size(cut, n)).orElse(false);
                    List<String> flags = new ArrayList<>();
                    if (laggard) {
                        flags.add(Standing.LAGGARD.id());
                    }
                    if (leader) {
                        flags.add(Standing.LEADER.id());
                    }
                    assertEquals(flags, ranking.flags(), where(ranking) + " of " + n + ", " + behind + " behind");
                }
            }
        }
    }

    // ---------------------------------------------------------------- quotas

    @Property(tries = 200)
    @Label("no quota is ever exceeded: in each partition of a quota group, at most floor(share × n) final grades "
            + "are a band with a quota")
    void noQuotaIsExceeded(@ForAll("casesWithCascades") Case c) {
        Report report = c.evaluate();
        for (PeerGroup group : c.scheme().peerGroups()) {
            for (List<Ranking> partition : partitions(rankingsOf(report, group)).values()) {
                int n = partition.size();
                for (Quota quota : group.quotas()) {
                    long holding = partition.stream().filter(r -> r.grade().equals(Optional.of(quota.grade())))
                            .count();
                    assertTrue(holding <= floor(quota.share(), n), group.id() + " " + partition.get(0).partition()
                            + ": " + holding + " in " + quota.grade() + ", at most floor(" + quota.share() + " × " + n
                            + ")");
                }
            }
        }
    }

    @Property(tries = 200)
    @Label("quotas only move subjects down, one band at a time through bands with quotas only, subjects sharing a "
            + "rank and a grade together; outside a quota group the final grade is the scorecard's; every ranking of "
            + "a subject shows the same final grade")
    void quotasOnlyMoveDownThroughQuotaBands(@ForAll("casesWithQuotas") Case c) {
        Report report = c.evaluate();
        Scheme scheme = c.scheme();
        Map<String, Scorecard> cards = cards(report);
        Set<String> inQuotaGroup = new HashSet<>();
        for (PeerGroup group : scheme.peerGroups()) {
            if (group.quotas().isEmpty()) {
                continue;
            }
            Set<String> bands = new HashSet<>();
            group.quotas().forEach(q -> bands.add(q.grade()));
            for (List<Ranking> partition : partitions(rankingsOf(report, group)).values()) {
                for (Ranking ranking : partition) {
                    inQuotaGroup.add(ranking.subject());
                    Optional<String> before = cards.get(ranking.subject()).grade();
                    if (before.isEmpty()) {
                        assertEquals(Optional.empty(), ranking.grade(), where(ranking) + ": no grade gets none");
                        continue;
                    }
                    int from = band(scheme, before);
                    int to = band(scheme, ranking.grade());
                    assertTrue(to >= from, where(ranking) + ": " + before.get() + " moved up to " + ranking.grade());
                    for (int b = from; b < to; b++) {
                        assertTrue(bands.contains(scheme.grades().get(b).id()), where(ranking) + ": moved from "
                                + before.get() + " to " + ranking.grade().get() + " through "
                                + scheme.grades().get(b).id() + ", which has no quota");
                    }
                    for (Ranking other : partition) {
                        if (other.rank() == ranking.rank() && cards.get(other.subject()).grade().equals(before)) {
                            assertEquals(ranking.grade(), other.grade(), where(ranking) + " and " + other.subject()
                                    + " share rank " + ranking.rank() + " and grade " + before.get());
                        }
                    }
                }
            }
        }
        for (Ranking ranking : report.rankings()) {
            Scorecard card = cards.get(ranking.subject());
            if (!inQuotaGroup.contains(ranking.subject())) {
                assertEquals(card.grade(), ranking.grade(), where(ranking) + " is in no quota group");
            }
        }
        Map<String, Optional<String>> finalGrade = new HashMap<>();
        for (Ranking ranking : report.rankings()) {
            Optional<String> earlier = finalGrade.putIfAbsent(ranking.subject(), ranking.grade());
            if (earlier != null) {
                assertEquals(earlier, ranking.grade(), where(ranking) + ": one final grade in every ranking");
            }
        }
    }

    /**
     * docs/rankings.md, Quotas: "For each band with a quota, best band first: the band may hold at
     * most floor(share × n) members; its members are taken in rank order, a tie group at a time; the
     * first tie group that would exceed the quota, and every member after it, moves down one band".
     * So a holder of a band stays exactly when the holders ranked at or above its rank fit the quota.
     */
    @Property(tries = 400)
    @Label("quotas move exactly the subjects the documented procedure moves: a holder of a band with a quota stays "
            + "when the holders ranked at or above it fit floor(share × n), else moves one band down, best band first")
    void quotasMoveExactlyWhomTheyMust(@ForAll("casesWithCascades") Case c) {
        Report report = c.evaluate();
        Scheme scheme = c.scheme();
        Map<String, Scorecard> cards = cards(report);
        for (PeerGroup group : scheme.peerGroups()) {
            if (group.quotas().isEmpty()) {
                continue;
            }
            for (List<Ranking> partition : partitions(rankingsOf(report, group)).values()) {
                int n = partition.size();
                Map<String, Integer> grade = new LinkedHashMap<>();
                partition.forEach(r -> grade.put(r.subject(), band(scheme, cards.get(r.subject()).grade())));
                for (int b = 0; b < scheme.grades().size(); b++) {
                    String band = scheme.grades().get(b).id();
                    Optional<Quota> quota = group.quotas().stream().filter(q -> q.grade().equals(band)).findFirst();
                    if (quota.isEmpty()) {
                        continue;
                    }
                    long allowed = floor(quota.get().share(), n);
                    int current = b;
                    List<Ranking> holders = partition.stream().filter(r -> grade.get(r.subject()) == current).toList();
                    List<String> moved = new ArrayList<>();
                    for (Ranking holder : holders) {
                        long atOrAbove = holders.stream().filter(h -> h.rank() <= holder.rank()).count();
                        if (atOrAbove > allowed) {
                            moved.add(holder.subject());
                        }
                    }
                    moved.forEach(subject -> grade.put(subject, current + 1));
                }
                for (Ranking ranking : partition) {
                    int expected = grade.get(ranking.subject());
                    assertEquals(expected < 0 ? Optional.empty() : Optional.of(scheme.grades().get(expected).id()),
                            ranking.grade(), where(ranking) + " was " + cards.get(ranking.subject()).grade()
                                    .orElse("-") + "; partition " + summary(partition, cards));
                }
            }
        }
    }

    @Property(tries = 150)
    @Label("a veto is never undone: a vetoed subject's final grade is never better than its scorecard grade nor "
            + "than a cap-grade veto's band, and a zero veto ranks it on a total of 0")
    void aVetoIsNeverUndone(@ForAll("rankedCases") Case c) {
        Report report = c.evaluate();
        Scheme scheme = c.scheme();
        Map<String, Scorecard> cards = cards(report);
        Map<String, Veto> vetoes = new HashMap<>();
        scheme.vetoes().forEach(veto -> vetoes.put(veto.id(), veto));
        for (Ranking ranking : report.rankings()) {
            Scorecard card = cards.get(ranking.subject());
            if (!card.vetoed()) {
                continue;
            }
            if (card.grade().isEmpty()) {
                assertEquals(Optional.empty(), ranking.grade(), where(ranking));
                continue;
            }
            int finalBand = band(scheme, ranking.grade());
            assertTrue(finalBand >= band(scheme, card.grade()), where(ranking) + ": vetoed " + card.grade().get()
                    + " became " + ranking.grade());
            for (VetoHit hit : card.vetoes()) {
                if (hit.effect().equals(VetoEffect.CAP_GRADE.id())) {
                    Optional<String> cap = vetoes.get(hit.id()).grade();
                    assertTrue(finalBand >= band(scheme, cap), where(ranking) + ": capped at " + cap.orElseThrow()
                            + " by " + hit.id() + " but " + ranking.grade());
                }
                if (hit.effect().equals(VetoEffect.ZERO.id())) {
                    assertEquals(0, ranking.figure().signum(), where(ranking) + ": zeroed by " + hit.id());
                }
            }
        }
    }

    // ---------------------------------------------------------------- input order

    @Property(tries = 100)
    @Label("the order of the evidence records, of the orgs and of the directory's members, divisions and links "
            + "changes no ranking")
    void inputOrderChangesNoRanking(@ForAll("rankedCasesWithUniqueIds") Case c, @ForAll Random random) {
        List<EvidenceRecord> records = new ArrayList<>(c.evidence().records());
        Collections.shuffle(records, random);
        OrgDirectory directory = c.directory();
        List<OrgUnit> orgs = new ArrayList<>(directory.tree().units());
        Collections.shuffle(orgs, random);
        List<Division> divisions = new ArrayList<>(directory.divisions());
        Collections.shuffle(divisions, random);
        List<Member> members = new ArrayList<>(directory.members());
        Collections.shuffle(members, random);
        List<Partnership> links = new ArrayList<>(directory.links());
        Collections.shuffle(links, random);
        OrgDirectory reordered = OrgDirectory.of(OrgTree.of(orgs), members, divisions, links);
        assertEquals(directory, reordered);
        Report given = c.evaluate();
        Report shuffled = Evaluator.of(c.scheme()).evaluate(reordered, Evidence.of(records), c.period());
        assertEquals(given.rankings(), shuffled.rankings());
        assertEquals(given.unranked(), shuffled.unranked());
    }

    // ---------------------------------------------------------------- movement and streaks

    @Property(tries = 150)
    @Label("over three consecutive periods: movement = previous rank − rank against the period before in the same "
            + "group and partition, empty for a new entrant or without an earlier report; a streak flag exactly when "
            + "its standing held in each of its periods")
    void movementAndStreaksFollowTheEarlierReports(@ForAll("runs") Run run) {
        List<Report> reports = run.reports();
        for (int p = 0; p < reports.size(); p++) {
            Report report = reports.get(p);
            for (PeerGroup group : run.scheme().peerGroups()) {
                for (Ranking ranking : rankingsOf(report, group)) {
                    Optional<Ranking> previous = p == 0 ? Optional.empty()
                            : find(reports.get(p - 1), ranking);
                    assertEquals(previous.map(r -> r.rank() - ranking.rank()), ranking.movement(),
                            run.periods().get(p) + " " + where(ranking) + " rank " + ranking.rank() + ", before "
                                    + previous.map(Ranking::rank));
                    Set<String> streakFlags = new HashSet<>();
                    for (Streak streak : group.streaks()) {
                        boolean held = p + 1 >= streak.periods();
                        for (int back = 0; back < streak.periods() && held; back++) {
                            Optional<Ranking> then = back == 0 ? Optional.of(ranking)
                                    : find(reports.get(p - back), ranking);
                            held = then.map(r -> r.flags().contains(streak.when().id())).orElse(false);
                        }
                        if (held) {
                            streakFlags.add(streak.flag());
                        }
                    }
                    Set<String> shown = new HashSet<>(ranking.flags());
                    shown.remove(Standing.LEADER.id());
                    shown.remove(Standing.LAGGARD.id());
                    assertEquals(streakFlags, shown, run.periods().get(p) + " " + where(ranking) + " "
                            + ranking.flags());
                    assertEquals(ranking.flags().stream().sorted().toList(), ranking.flags(), "flags are sorted");
                }
            }
        }
    }

    // ---------------------------------------------------------------- by hand

    /** The scorecards by subject. */
    private static Map<String, Scorecard> cards(Report report) {
        Map<String, Scorecard> cards = new HashMap<>();
        report.scorecards().forEach(card -> cards.put(card.subject(), card));
        return cards;
    }

    /** Whether a scorecard belongs in a group: complete, of one of its kinds, with its tag if it has one. */
    private static boolean isMember(PeerGroup group, OrgDirectory directory, Scorecard card) {
        if (card.incomplete() || !group.kinds().contains(card.kind())) {
            return false;
        }
        Subject subject = directory.subject(card.subject()).orElseThrow();
        return group.tag().map(tag -> subject.tags().contains(tag)).orElse(true);
    }

    /** A subject's partition: none for a group ranked whole; else its unit (at or above an org), or its own id. */
    private static Optional<String> partitionOf(PeerGroup group, OrgDirectory directory, String id) {
        if (group.within() == PeerGroup.Within.ALL) {
            return Optional.empty();
        }
        Subject subject = directory.subject(id).orElseThrow();
        if (subject instanceof Division division) {
            return Optional.of(division.unit());
        }
        return Optional.of(directory.tree().unitOf(id).map(OrgUnit::id).orElse(id));
    }

    private static List<Ranking> rankingsOf(Report report, PeerGroup group) {
        return report.rankings().stream().filter(r -> r.peerGroup().equals(group.id())).toList();
    }

    /** A group's rankings by partition, sorted by partition. */
    private static Map<String, List<Ranking>> partitions(List<Ranking> rankings) {
        Map<String, List<Ranking>> partitions = new TreeMap<>();
        rankings.forEach(r -> partitions.computeIfAbsent(r.partition().orElse(""), p -> new ArrayList<>()).add(r));
        return partitions;
    }

    private static Optional<Ranking> find(Report report, Ranking ranking) {
        return report.rankings().stream().filter(r -> r.subject().equals(ranking.subject())
                && r.peerGroup().equals(ranking.peerGroup()) && r.partition().equals(ranking.partition())).findFirst();
    }

    /** What a group ranks by: the total, then each tie-break figure (empty where the scorecard has none). */
    private static List<Optional<BigDecimal>> keys(PeerGroup group, Scorecard card) {
        List<Optional<BigDecimal>> keys = new ArrayList<>();
        keys.add(Optional.of(card.total()));
        group.tieBreak().forEach(figure -> keys.add(figure(card, figure)));
        return keys;
    }

    /** A scorecard's figure by its name in a tie-break: total, base, part:ID, dimension:ID, indicator:ID, item:ID. */
    private static Optional<BigDecimal> figure(Scorecard card, String name) {
        if (name.equals("total")) {
            return Optional.of(card.total());
        }
        if (name.equals("base")) {
            return Optional.of(card.base());
        }
        String kind = name.substring(0, name.indexOf(':'));
        String id = name.substring(name.indexOf(':') + 1);
        return switch (kind) {
            case "part" -> card.parts().stream().filter(p -> p.id().equals(id)).map(PartScore::points).findFirst();
            case "dimension" -> card.dimensions().stream().filter(d -> d.id().equals(id)).findFirst()
                    .flatMap(DimensionScore::points);
            case "indicator" -> card.indicators().stream().filter(i -> i.id().equals(id)).findFirst()
                    .flatMap(IndicatorScore::points);
            case "item" -> card.items().stream().filter(i -> i.id().equals(id)).findFirst().flatMap(ItemScore::points);
            default -> throw new AssertionError("not a figure: " + name);
        };
    }

    /** Negative when {@code a} ranks ahead of {@code b}: higher figures first, a missing figure last. */
    private static int compare(List<Optional<BigDecimal>> a, List<Optional<BigDecimal>> b) {
        for (int i = 0; i < a.size(); i++) {
            Optional<BigDecimal> x = a.get(i);
            Optional<BigDecimal> y = b.get(i);
            int order = x.isPresent() && y.isPresent() ? y.get().compareTo(x.get())
                    : x.isPresent() == y.isPresent() ? 0 : x.isPresent() ? -1 : 1;
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** How many members of {@code n} a leaders or laggards cut holds: min(count, n), or floor(share × n). */
    private static long size(PeerGroup.Cut cut, int n) {
        return cut.count().map(count -> (long) Math.min(count, n)).orElseGet(() -> floor(cut.share().orElseThrow(), n));
    }

    private static long floor(BigDecimal share, int n) {
        return share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** The index of a band, best first; −1 for no grade. */
    private static int band(Scheme scheme, Optional<String> grade) {
        if (grade.isEmpty()) {
            return -1;
        }
        List<String> ids = scheme.grades().stream().map(GradeBand::id).toList();
        int index = ids.indexOf(grade.get());
        assertTrue(index >= 0, "unknown grade " + grade.get());
        return index;
    }

    private static String where(Ranking ranking) {
        return ranking.peerGroup() + ranking.partition().map(p -> "/" + p).orElse("") + " " + ranking.subject();
    }

    /** A partition as subject=rank:grade before→after, for messages. */
    private static String summary(List<Ranking> partition, Map<String, Scorecard> cards) {
        List<String> parts = new ArrayList<>();
        for (Ranking r : partition) {
            parts.add(r.subject() + "=" + r.rank() + ":" + cards.get(r.subject()).grade().orElse("-") + "→"
                    + r.grade().orElse("-"));
        }
        return String.join(", ", parts);
    }
}
