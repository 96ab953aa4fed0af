package dev.mofan.core.designation;

import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step a review took on the register, with why.
 *
 * @param entry the register entry's id
 * @param subject the org or division
 * @param kind the designation or weak-organisation rule
 * @param action the step
 * @param from the state before; empty for a new entry
 * @param to the state after
 * @param deadline the rectification deadline the step set, if any
 * @param reasons each predicate that decided it, with what it read, in both languages
 */
public record ReviewAction(String entry, String subject, String kind, RegisterAction action,
        Optional<RegisterState> from, RegisterState to, Optional<LocalDate> deadline, List<Label> reasons) {

    /**
     * Refuses nulls and copies the reasons.
     *
     * @param entry the register entry's id
     * @param subject the org or division
     * @param kind the designation or weak-organisation rule
     * @param action the step
     * @param from the state before; empty for a new entry
     * @param to the state after
     * @param deadline the rectification deadline the step set, if any
     * @param reasons each predicate that decided it, with what it read, in both languages
     */
    public ReviewAction {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(deadline, "deadline");
        reasons = List.copyOf(reasons);
    }
}
