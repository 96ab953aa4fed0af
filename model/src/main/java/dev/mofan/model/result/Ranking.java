package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's place in one peer group (SCORING.md step 10).
 *
 * @param subject the ranked subject's id
 * @param peerGroup the peer group's id
 * @param partition the unit whose members were ranked together, for a group ranked within units;
 *     empty for a group ranked as a whole
 * @param figure the figure ranked: the subject's total, or for a group ranking a roll-up, the roll-up's total
 * @param total the subject's own total this period (of what could be scored, when its scorecard is
 *     incomplete and a roll-up of it is ranked)
 * @param rank competition rank: 1 + the number of members ahead (1, 2, 2, 4)
 * @param movement {@code previousRank − rank} against the previous period's report (positive: moved
 *     up); empty for a new entrant or without a previous report
 * @param percentile {@code 100 × (n − rank) / (n − 1)} at the scheme's scale, 100 for n = 1
 * @param grade the final grade of the figure: after gates, vetoes and the quotas of the figure's quota
 *     group (for a group ranking a roll-up, the roll-up's grade after them)
 * @param flags {@code leader}, {@code laggard} and streak flags, sorted
 * @param trace how the rank, the flags and the final grade were decided
 */
public record Ranking(String subject, String peerGroup, Optional<String> partition, BigDecimal figure,
        BigDecimal total, int rank, Optional<Integer> movement, BigDecimal percentile, Optional<String> grade,
        List<String> flags, List<TraceStep> trace) {

    /**
     * Refuses nulls and copies the lists.
     *
     * @param subject the ranked subject's id
     * @param peerGroup the peer group's id
     * @param partition the unit whose members were ranked together, for a group ranked within units; empty for a group
     *     ranked as a whole
     * @param figure the figure ranked: the subject's total, or for a group ranking a roll-up, the roll-up's total
     * @param total the subject's own total this period (of what could be scored, when its scorecard is incomplete and a
     *     roll-up of it is ranked)
     * @param rank competition rank: 1 + the number of members ahead (1, 2, 2, 4)
     * @param movement {@code previousRank − rank} against the previous period's report (positive: moved up); empty for
     *     a new entrant or without a previous report
     * @param percentile {@code 100 × (n − rank) / (n − 1)} at the scheme's scale, 100 for n = 1
     * @param grade the final grade of the figure: after gates, vetoes and the quotas of the figure's quota group (for a
     *     group ranking a roll-up, the roll-up's grade after them)
     * @param flags {@code leader}, {@code laggard} and streak flags, sorted
     * @param trace how the rank, the flags and the final grade were decided
     */
    public Ranking {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(peerGroup, "peerGroup");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(percentile, "percentile");
        Objects.requireNonNull(grade, "grade");
        flags = List.copyOf(flags);
        trace = List.copyOf(trace);
    }
}
