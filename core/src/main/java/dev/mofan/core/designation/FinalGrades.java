package dev.mofan.core.designation;

import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.Scheme;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The final grades of a report (SCORING.md step 10): each subject's grade after the quotas of its
 * kind's quota group, else its scorecard's grade; none for an incomplete scorecard. This is the
 * grade designations read and the one a committee names on.
 */
public final class FinalGrades {

    private FinalGrades() {
    }

    /**
     * {@return the final grade of every subject with a scorecard in {@code report}, by subject id, unmodifiable}
     *
     * @param scheme the scheme the report was made with
     * @param report the report
     */
    public static Map<String, Optional<String>> of(Scheme scheme, Report report) {
        Map<String, Scorecard> bySubject = new HashMap<>();
        report.scorecards().forEach(card -> bySubject.put(card.subject(), card));
        Map<String, Optional<String>> grades = new HashMap<>();
        for (Scorecard card : report.scorecards()) {
            grades.put(card.subject(), card.incomplete() ? Optional.empty() : card.grade());
        }
        for (Ranking ranking : report.rankings()) {
            Scorecard card = bySubject.get(ranking.subject());
            if (card != null && !card.incomplete()
                    && quotaGroup(scheme, card.kind()).map(g -> g.id().equals(ranking.peerGroup())).orElse(false)) {
                grades.put(ranking.subject(), ranking.grade());
            }
        }
        return Map.copyOf(grades);
    }

    /**
     * {@return the race a subject of {@code kind} is ranked in by its total: its kind's quota group,
     * else the first peer group ranking the kind's totals as a whole, if there is one}
     *
     * @param scheme the scheme
     * @param kind a kind the scheme assesses
     */
    public static Optional<PeerGroup> race(Scheme scheme, String kind) {
        return quotaGroup(scheme, kind).or(() -> scheme.peerGroups().stream()
                .filter(g -> g.figure().equals(PeerGroup.TOTAL) && g.within() == PeerGroup.Within.ALL
                        && g.kinds().contains(kind)).findFirst());
    }

    private static Optional<PeerGroup> quotaGroup(Scheme scheme, String kind) {
        return scheme.peerGroups().stream().filter(g -> !g.quotas().isEmpty() && g.figure().equals(PeerGroup.TOTAL)
                && g.kinds().contains(kind)).findFirst();
    }
}
