package dev.mofan.model.ledger;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A problem in the problem ledger (问题台账), such as one of the “三难” problems: where it was found,
 * when, and every step it took since, in order (append-only). The steps follow the state machine of
 * {@link ProblemAction}, on dates that never go back.
 *
 * @param id the problem's id, unique in its ledger
 * @param org the org where it was found (the org it counts for)
 * @param category a free id grouping problems, such as {@code three-difficulties} (三难)
 * @param title what the problem is, in both languages
 * @param found the day it was found
 * @param steps every step taken since it was found, in order
 */
public record LedgerProblem(String id, String org, String category, Label title, LocalDate found,
        List<ProblemStep> steps) {

    /**
     * Checks every part, and that the steps are legal in order and dated from {@code found} on.
     *
     * @param id the problem's id, unique in its ledger
     * @param org the org where it was found (the org it counts for)
     * @param category a free id grouping problems, such as {@code three-difficulties} (三难)
     * @param title what the problem is, in both languages
     * @param found the day it was found
     * @param steps every step taken since it was found, in order
     */
    public LedgerProblem {
        Identifiers.require(id, "problem id");
        Identifiers.require(org, "org");
        Identifiers.require(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(found, "found");
        steps = List.copyOf(steps);
        ProblemState state = ProblemState.FOUND;
        LocalDate last = found;
        for (ProblemStep step : steps) {
            ProblemState from = state;
            state = step.action().from(state).orElseThrow(() -> new IllegalArgumentException("Problem " + id + ": "
                    + step.action().id() + " cannot follow state " + from.id()));
            if (step.date().isBefore(last)) {
                throw new IllegalArgumentException("Problem " + id + ": step dates go back to " + step.date());
            }
            last = step.date();
        }
    }
}
