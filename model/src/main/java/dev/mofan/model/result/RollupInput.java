package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One input of a roll-up, as it entered: a period's result of the subject, the subject's own
 * total, or a child's total.
 *
 * @param role {@code period} (a period's result), {@code own} (the subject's own total) or
 *     {@code child} (a descendant's total)
 * @param subject whose result it is
 * @param period the period the result is for
 * @param total the input's total as found; empty when missing (what the missing policy made of it,
 *     left out or counted as 0, is in the roll-up's trace)
 * @param grade its final grade (after quotas, as {@code rankings[]} gives it); empty when missing or
 *     below every band
 * @param weight its weight: a period's declared weight (1 for an unweighted method), the own
 *     share, or a child's weight in the children's mean (its members, or 1)
 * @param missing whether the input was missing and the roll-up's missing policy applied
 */
public record RollupInput(String role, String subject, String period, Optional<BigDecimal> total,
        Optional<String> grade, BigDecimal weight, boolean missing) {

    /**
     * Refuses nulls.
     *
     * @param role {@code period} (a period's result), {@code own} (the subject's own total) or {@code child} (a
     *     descendant's total)
     * @param subject whose result it is
     * @param period the period the result is for
     * @param total the input's total as found; empty when missing (what the missing policy made of it, left out or
     *     counted as 0, is in the roll-up's trace)
     * @param grade its final grade (after quotas, as {@code rankings[]} gives it); empty when missing or below every
     *     band
     * @param weight its weight: a period's declared weight (1 for an unweighted method), the own share, or a child's
     *     weight in the children's mean (its members, or 1)
     * @param missing whether the input was missing and the roll-up's missing policy applied
     */
    public RollupInput {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(weight, "weight");
    }
}
