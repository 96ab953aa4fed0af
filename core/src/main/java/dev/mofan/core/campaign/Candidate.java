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
 */
public record Candidate(String entry, String subject, Optional<BigDecimal> total, Optional<String> grade) {

    /**
     * Refuses nulls.
     *
     * @param entry the register entry's id
     * @param subject the org or division
     * @param total the subject's total in the reviewed period, when it has a complete scorecard
     * @param grade its final grade in the reviewed period (after quotas), when it has one
     */
    public Candidate {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
    }
}
