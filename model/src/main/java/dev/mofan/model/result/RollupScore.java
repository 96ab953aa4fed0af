package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's result for one declared roll-up (SCORING.md step 9): the annual result from its
 * quarters, the overall result of a cycle, or a unit's result with its branches'.
 *
 * @param subject the subject's id
 * @param kind {@code period} or {@code hierarchy}
 * @param id the roll-up's id in the scheme
 * @param period the period rolled up: the year or cycle for a period roll-up, the report's period
 *     for a hierarchy roll-up
 * @param total the rolled-up total at the scheme's scale; empty when an input it could not do
 *     without was missing
 * @param grade by the roll-up's grade rules, or the scheme's bands on its total; then capped by
 *     the vetoes carried; empty without a total or below every band (before quotas: a group ranking
 *     the roll-up gives its final grade)
 * @param vetoed whether a veto of an input carried over: the subject's own in a hierarchy roll-up,
 *     any period's in a period roll-up (a veto is never undone by rolling up)
 * @param vetoes the vetoes carried, each as the input had it
 * @param inputs what entered, in period order, or own first and then children in tree order
 * @param trace how the total and the grade were formed
 */
public record RollupScore(String subject, String kind, String id, String period, Optional<BigDecimal> total,
        Optional<String> grade, boolean vetoed, List<VetoHit> vetoes, List<RollupInput> inputs,
        List<TraceStep> trace) {

    /**
     * Refuses nulls and copies the lists.
     *
     * @param subject the subject's id
     * @param kind {@code period} or {@code hierarchy}
     * @param id the roll-up's id in the scheme
     * @param period the period rolled up: the year or cycle for a period roll-up, the report's period for a hierarchy
     *     roll-up
     * @param total the rolled-up total at the scheme's scale; empty when an input it could not do without was missing
     * @param grade by the roll-up's grade rules, or the scheme's bands on its total; then capped by the vetoes carried;
     *     empty without a total or below every band (before quotas: a group ranking the roll-up gives its final grade)
     * @param vetoed whether a veto of an input carried over: the subject's own in a hierarchy roll-up, any period's in
     *     a period roll-up (a veto is never undone by rolling up)
     * @param vetoes the vetoes carried, each as the input had it
     * @param inputs what entered, in period order, or own first and then children in tree order
     * @param trace how the total and the grade were formed
     */
    public RollupScore {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        vetoes = List.copyOf(vetoes);
        inputs = List.copyOf(inputs);
        trace = List.copyOf(trace);
    }
}
