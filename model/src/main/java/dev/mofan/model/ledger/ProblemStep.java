package dev.mofan.model.ledger;

import dev.mofan.model.text.Identifiers;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a problem's history.
 *
 * @param action what the step did
 * @param date the day it was taken
 * @param owner who is to rectify it (an org id), given when assigning; a reopening keeps the owner
 *     unless it names another
 * @param deadline by when it is to be rectified: given when assigning and reopening, and only then
 * @param note what was said, if anything
 */
public record ProblemStep(ProblemAction action, LocalDate date, Optional<String> owner, Optional<LocalDate> deadline,
        Optional<String> note) {

    /**
     * Checks the parts, and that an owner and a deadline come with the steps that set them.
     *
     * @param action what the step did
     * @param date the day it was taken
     * @param owner who is to rectify it (an org id), given when assigning; a reopening keeps the owner unless it names
     *     another
     * @param deadline by when it is to be rectified: given when assigning and reopening, and only then
     * @param note what was said, if anything
     */
    public ProblemStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(owner, "owner");
        owner.ifPresent(o -> Identifiers.require(o, "owner"));
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(note, "note");
        if (action.setsDeadline() != deadline.isPresent()) {
            throw new IllegalArgumentException("A deadline comes with assign and reopen, and only with them");
        }
        if (action == ProblemAction.ASSIGN && owner.isEmpty()) {
            throw new IllegalArgumentException("Assigning names an owner");
        }
        if (!action.setsDeadline() && owner.isPresent()) {
            throw new IllegalArgumentException("Only assign and reopen name an owner");
        }
    }
}
