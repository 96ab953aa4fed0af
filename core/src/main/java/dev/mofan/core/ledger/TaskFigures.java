package dev.mofan.core.ledger;

import dev.mofan.model.result.Rate;
import java.util.Objects;
import java.util.Optional;

/**
 * The task ledger's figures for an org's subtree, a period and optionally a task type, judged on a
 * day: of the assignments of rounds inside the period, how many are completed (reported), on time,
 * overdue, and with the loop closed (跟踪问效).
 *
 * @param org the org whose subtree is counted
 * @param period the period the rounds lie in, such as {@code 2026}
 * @param type the task type counted (a scheme dimension such as {@code political}); empty for all
 * @param completed reported assignments of all counted
 * @param onTime reported by their due day
 * @param overdue not reported, past their due day
 * @param closedLoops followed up on (the loop closed)
 */
public record TaskFigures(String org, String period, Optional<String> type, Rate completed, long onTime,
        long overdue, long closedLoops) {

    /**
     * Refuses nulls and checks the counts fit.
     *
     * @param org the org whose subtree is counted
     * @param period the period the rounds lie in, such as {@code 2026}
     * @param type the task type counted (a scheme dimension such as {@code political}); empty for all
     * @param completed reported assignments of all counted
     * @param onTime reported by their due day
     * @param overdue not reported, past their due day
     * @param closedLoops followed up on (the loop closed)
     */
    public TaskFigures {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(completed, "completed");
        if (onTime < 0 || onTime > completed.numerator() || closedLoops < 0 || closedLoops > completed.numerator()
                || overdue < 0 || overdue > completed.denominator() - completed.numerator()) {
            throw new IllegalArgumentException("Counts do not fit " + completed.text());
        }
    }
}
