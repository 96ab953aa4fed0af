package dev.mofan.core.campaign;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate for a designation the committee names (命名授牌), as a {@link Committee} sees it.
 *
 * @param entry the register entry's id
 * @param subject the org or division
 * @param total the subject's total in the reviewed period, when it has a complete scorecard
 * @param grade its final grade in the reviewed period (after quotas), when it has one
 * @param rank its rank in the reviewed period's race of its kind (the quota group, else the first
 *     peer group ranking its kind's totals as a whole), tie-breaks applied; empty when unranked
 */
public record Candidate(String entry, String subject, Optional<BigDecimal> total, Optional<String> grade,
        Optional<Integer> rank) {

    /**
     * Refuses nulls.
     *
     * @param entry the register entry's id
     * @param subject the org or division
     * @param total the subject's total in the reviewed period, when it has a complete scorecard
     * @param grade its final grade in the reviewed period (after quotas), when it has one
     * @param rank its rank in the reviewed period's race of its kind, tie-breaks applied; empty when unranked
     */
    public Candidate {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(rank, "rank");
    }
}
