package dev.mofan.core.ledger;

import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.ProblemState;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a problem stands on a day: the steps dated that day or before it replayed.
 *
 * @param problem the problem
 * @param asOf the day
 * @param state its state on the day
 * @param owner who is to rectify it, once assigned
 * @param deadline the deadline of the latest assignment or reopening
 * @param overdue assigned (not yet reported rectified) and the deadline passed before the day
 */
public record ProblemStatus(LedgerProblem problem, LocalDate asOf, ProblemState state, Optional<String> owner,
        Optional<LocalDate> deadline, boolean overdue) {

    /**
     * Refuses nulls.
     *
     * @param problem the problem
     * @param asOf the day
     * @param state its state on the day
     * @param owner who is to rectify it, once assigned
     * @param deadline the deadline of the latest assignment or reopening
     * @param overdue assigned (not yet reported rectified) and the deadline passed before the day
     */
    public ProblemStatus {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** {@return whether it is open: found and not closed} */
    public boolean open() {
        return state != ProblemState.CLOSED;
    }
}
