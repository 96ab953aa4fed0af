package dev.mofan.core.engine.internal;

import dev.mofan.core.internal.Decimals;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.org.Subject;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.PeerGroup.Quota;
import dev.mofan.model.scheme.PeerGroup.Standing;
import dev.mofan.model.scheme.PeerGroup.Streak;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Ranks the peer groups of one figure (the subjects' own totals, or one roll-up) and applies
 * their grade quotas (SCORING.md step 10): competition ranks with the group's tie-break,
 * percentile, leaders and laggards, movement and streaks against the earlier reports in which the
 * group ranked, and the final grade from each subject's quota group, every decision in the
 * ranking's trace.
 */
final class Ranker {

    private final Scheme scheme;
    private final OrgDirectory directory;
    private final Function<PeerGroup, List<Report>> history;
    /** A scorecard's figure by name, for tie-breaks. */
    private final BiFunction<Scorecard, String, Optional<BigDecimal>> figures;
    /** Each earlier report's rankings by group, partition and subject, built when first asked. */
    private final Map<Report, Map<String, Ranking>> indexed = new IdentityHashMap<>();

    /**
     * A subject as a group ranks it: its scorecard (for the total and the tie-break figures), the
     * figure ranked and the grade the figure has before quotas.
     */
    record Entry(Scorecard card, BigDecimal figure, Optional<String> grade) {
    }

    /**
     * The rankings of one figure's groups, by group in the order asked, and the final grade each
     * subject got in its quota group.
     */
    record Ranked(Map<PeerGroup, List<Ranking>> rankings, Map<String, Optional<String>> finalGrades) {
    }

    /** One member of a partition, in rank order once ranked. */
    private static final class Member {
        final Scorecard card;
        final BigDecimal figure;
        final Optional<String> grade;
        final List<BigDecimal> keys;
        int rank;
        int tied;
        final List<TraceStep> trace = new ArrayList<>();
        final TreeSet<String> flags = new TreeSet<>();

        Member(Entry entry, List<BigDecimal> keys) {
            this.card = entry.card();
            this.figure = entry.figure();
            this.grade = entry.grade();
            this.keys = keys;
        }
    }

    /**
     * @param history for each group, the earlier reports in which it ranked, oldest first (for
     *     movement and streaks)
     */
    Ranker(Scheme scheme, OrgDirectory directory, Function<PeerGroup, List<Report>> history,
            BiFunction<Scorecard, String, Optional<BigDecimal>> figures) {
        this.figures = figures;
        this.scheme = scheme;
        this.directory = directory;
        this.history = history;
    }

    /** Ranks {@code entries} in each of {@code groups}, all ranking the same figure. */
    Ranked rank(List<PeerGroup> groups, List<Entry> entries) {
        // Each group's partitions, ranked; quota groups decide the final grades first.
        Map<PeerGroup, Map<String, List<Member>>> ranked = new LinkedHashMap<>();
        Map<String, Optional<String>> finalGrade = new HashMap<>();
        for (PeerGroup group : groups) {
            Map<String, List<Member>> partitions = partitions(group, entries);
            partitions.values().forEach(members -> order(group, members));
            ranked.put(group, partitions);
            if (!group.quotas().isEmpty()) {
                partitions.forEach((partition, members) -> quotas(group, members, finalGrade));
            }
        }
        Map<PeerGroup, List<Ranking>> all = new LinkedHashMap<>();
        for (Map.Entry<PeerGroup, Map<String, List<Member>>> entry : ranked.entrySet()) {
            PeerGroup group = entry.getKey();
            List<Ranking> rankings = new ArrayList<>();
            List<Report> earlier = history.apply(group);
            entry.getValue().forEach((partition, members) -> {
                Optional<String> part = partition.isEmpty() ? Optional.empty() : Optional.of(partition);
                for (Member member : members) {
                    standings(group, member, members.size());
                    Optional<Integer> movement = movement(earlier, group, part, member);
                    streaks(earlier, group, part, member);
                    Optional<String> grade = finalGrade.getOrDefault(member.card.subject(), member.grade);
                    rankings.add(new Ranking(member.card.subject(), group.id(), part, member.figure,
                            member.card.total(), member.rank, movement, percentile(member.rank, members.size()),
                            grade, List.copyOf(member.flags), member.trace));
                }
            });
            all.put(group, List.copyOf(rankings));
        }
        return new Ranked(all, finalGrade);
    }

    /** The group's members by partition ("" for a group ranked whole), partitions sorted by id. */
    private Map<String, List<Member>> partitions(PeerGroup group, List<Entry> entries) {
        Map<String, List<Member>> partitions = new TreeMap<>();
        for (Entry entry : entries) {
            Scorecard card = entry.card();
            if (!members(group, card)) {
                continue;
            }
            Subject subject = directory.subject(card.subject()).orElseThrow();
            String partition = group.within() == PeerGroup.Within.UNIT ? unitOf(subject) : "";
            List<BigDecimal> keys = new ArrayList<>();
            keys.add(entry.figure());
            for (String figure : group.tieBreak()) {
                keys.add(figures.apply(card, figure).orElse(null));
            }
            partitions.computeIfAbsent(partition, p -> new ArrayList<>()).add(new Member(entry, keys));
        }
        return partitions;
    }

    /** Whether the subject of {@code card} is of the group's kinds and has its tag. */
    boolean members(PeerGroup group, Scorecard card) {
        if (!group.kinds().contains(card.kind())) {
            return false;
        }
        return group.tag().isEmpty() || directory.subject(card.subject()).orElseThrow().tags()
                .contains(group.tag().get());
    }

    /** A subject's unit: its own id for a unit, the unit above an org, a division's unit, else its own id. */
    private String unitOf(Subject subject) {
        if (subject instanceof Division division) {
            return division.unit();
        }
        OrgUnit org = (OrgUnit) subject;
        return directory.tree().unitOf(org.id()).map(OrgUnit::id).orElse(org.id());
    }

    /** Sorts by total, then the tie-break figures (higher first; a missing one last), then id; competition ranks. */
    private void order(PeerGroup group, List<Member> members) {
        Comparator<Member> byKeys = (a, b) -> {
            for (int i = 0; i < a.keys.size(); i++) {
                int c = compareDescending(a.keys.get(i), b.keys.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        members.sort(byKeys.thenComparing(m -> m.card.subject()));
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            boolean tiedWithPrevious = i > 0 && byKeys.compare(members.get(i - 1), member) == 0;
            member.rank = tiedWithPrevious ? members.get(i - 1).rank : i + 1;
        }
        Map<Integer, Integer> sharing = new HashMap<>();
        members.forEach(m -> sharing.merge(m.rank, 1, Integer::sum));
        for (Member member : members) {
            member.tied = sharing.get(member.rank);
            String where = group.id() + " (" + members.size() + ")";
            String by = group.tieBreak().isEmpty() ? "" : ", ties broken by " + String.join(", ", group.tieBreak());
            String byZh = group.tieBreak().isEmpty() ? "" : "，同分时依次比较 " + String.join("、", group.tieBreak());
            String shared = member.tied > 1 ? ", shared by " + member.tied : "";
            String sharedZh = member.tied > 1 ? "，并列 " + member.tied + " 个" : "";
            String figure = group.rollup().isPresent() ? group.figure() : "total";
            String figureZh = group.rollup().map(id -> "汇总 " + id).orElse("总分");
            member.trace.add(TraceStep.of("rank",
                    "rank " + member.rank + " of " + members.size() + " in " + where + " by " + figure + " "
                            + Decimals.text(member.figure) + by + shared,
                    "在 " + where + " 中按" + figureZh + " " + Decimals.text(member.figure) + byZh + " 排第 " + member.rank
                            + " 名" + sharedZh)
                    .with("rank", (long) member.rank).with("of", (long) members.size()));
        }
    }

    private static int compareDescending(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null && b == null ? 0 : a == null ? 1 : -1;
        }
        return b.compareTo(a);
    }

    /** Leader if among the first {@code leaders} by rank; laggard if among the last by rank from the bottom. */
    private void standings(PeerGroup group, Member member, int n) {
        group.leaders().ifPresent(cut -> {
            int k = cut.size(n);
            if (member.rank <= k) {
                member.flags.add(Standing.LEADER.id());
                member.trace.add(TraceStep.of("leader", "leader: rank " + member.rank + " within the first " + k,
                        "领跑者：第 " + member.rank + " 名，在前 " + k + " 名之内").with("cut", (long) k));
            }
        });
        group.laggards().ifPresent(cut -> {
            int k = cut.size(n);
            int fromBottom = n - (member.rank + member.tied - 1) + 1;
            if (fromBottom <= k) {
                member.flags.add(Standing.LAGGARD.id());
                member.trace.add(TraceStep.of("laggard", "laggard: " + fromBottom + " from the bottom, within the last "
                        + k, "落后者：倒数第 " + fromBottom + " 名，在后 " + k + " 名之内").with("cut", (long) k));
            }
        });
    }

    /**
     * Quotas in band order: a band holds at most {@code floor(share × n)} members; those beyond it
     * in rank order move down one band, ties at the cut together, and on into the next band's quota.
     */
    private void quotas(PeerGroup group, List<Member> members, Map<String, Optional<String>> finalGrade) {
        Map<String, Optional<String>> grade = new HashMap<>();
        members.forEach(m -> grade.put(m.card.subject(), m.grade));
        List<GradeBand> bands = scheme.grades();
        for (int b = 0; b < bands.size() - 1; b++) {
            String band = bands.get(b).id();
            Optional<Quota> quota = group.quotas().stream().filter(q -> q.grade().equals(band)).findFirst();
            if (quota.isEmpty()) {
                continue;
            }
            int allowed = quota.get().share().multiply(BigDecimal.valueOf(members.size()))
                    .setScale(0, RoundingMode.FLOOR).intValueExact();
            List<Member> holders = members.stream().filter(m -> grade.get(m.card.subject()).equals(Optional.of(band)))
                    .toList();
            int kept = 0;
            boolean full = false;
            for (int i = 0; i < holders.size(); ) {
                int rank = holders.get(i).rank;
                int j = i;
                while (j < holders.size() && holders.get(j).rank == rank) {
                    j++;
                }
                full |= kept + (j - i) > allowed;
                if (!full) {
                    kept += j - i;
                } else {
                    String below = bands.get(b + 1).id();
                    for (Member moved : holders.subList(i, j)) {
                        grade.put(moved.card.subject(), Optional.of(below));
                        moved.trace.add(TraceStep.of("quota",
                                band + " holds at most floor(" + Decimals.text(quota.get().share()) + " × "
                                        + members.size() + ") = " + allowed + "; rank " + rank
                                        + (j - i > 1 ? " (" + (j - i) + " tied)" : "") + " is beyond it → " + below,
                                band + " 名额至多 floor(" + Decimals.text(quota.get().share()) + " × " + members.size()
                                        + ") = " + allowed + " 个；第 " + rank + " 名" + (j - i > 1 ? "（并列 " + (j - i)
                                        + " 个）" : "") + "超出名额 → 降为 " + below)
                                .with("grade", band).with("allowed", (long) allowed).with("to", below));
                    }
                }
                i = j;
            }
        }
        members.forEach(m -> finalGrade.put(m.card.subject(), grade.get(m.card.subject())));
    }

    private BigDecimal percentile(int rank, int n) {
        if (n == 1) {
            return BigDecimal.valueOf(100).setScale(scheme.scale());
        }
        return BigDecimal.valueOf(100L * (n - rank)).divide(BigDecimal.valueOf(n - 1), scheme.scale(),
                scheme.rounding().mode());
    }

    /** previousRank − rank, from the latest earlier report's ranking in the same group and partition. */
    private Optional<Integer> movement(List<Report> earlier, PeerGroup group, Optional<String> partition,
            Member member) {
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        return find(earlier.get(earlier.size() - 1), group, partition, member).map(previous -> {
            int movement = previous.rank() - member.rank;
            member.trace.add(TraceStep.of("movement", "previous rank " + previous.rank() + ", movement " + movement,
                    "上期第 " + previous.rank() + " 名，变化 " + movement).with("movement", (long) movement));
            return movement;
        });
    }

    /** A streak flag when this period and the {@code periods − 1} before it all had the standing. */
    private void streaks(List<Report> earlier, PeerGroup group, Optional<String> partition, Member member) {
        for (Streak streak : group.streaks()) {
            if (!member.flags.contains(streak.when().id()) || earlier.size() < streak.periods() - 1) {
                continue;
            }
            boolean held = true;
            for (int back = 1; back < streak.periods() && held; back++) {
                Report report = earlier.get(earlier.size() - back);
                held = find(report, group, partition, member).map(r -> r.flags().contains(streak.when().id()))
                        .orElse(false);
            }
            if (held) {
                member.flags.add(streak.flag());
                member.trace.add(TraceStep.of("streak", streak.flag() + ": " + streak.when().id() + " "
                        + streak.periods() + " periods running", streak.flag() + "：连续 " + streak.periods() + " 期为"
                        + streak.when().label().text(Language.ZH)).with("flag", streak.flag()));
            }
        }
    }

    private Optional<Ranking> find(Report report, PeerGroup group, Optional<String> partition, Member member) {
        Map<String, Ranking> index = indexed.computeIfAbsent(report, r -> {
            Map<String, Ranking> byKey = new HashMap<>();
            r.rankings().forEach(ranking -> byKey.put(key(ranking.peerGroup(), ranking.partition(), ranking.subject()),
                    ranking));
            return byKey;
        });
        return Optional.ofNullable(index.get(key(group.id(), partition, member.card.subject())));
    }

    private static String key(String group, Optional<String> partition, String subject) {
        return group + '\u0000' + partition.orElse("") + '\u0000' + subject;
    }
}
