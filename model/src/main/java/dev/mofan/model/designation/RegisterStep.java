package dev.mofan.model.designation;

import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in the history of a register entry.
 *
 * @param action what was done
 * @param date the day it was done (the review's as-of day, or the day of the committee's decision)
 * @param period the assessment period it rests on, such as {@code 2026}; empty for a decision on no period
 * @param deadline the rectification deadline: present exactly for warn, assign and extend
 * @param reasons why, in both languages: each predicate that decided it, with what it read
 */
public record RegisterStep(RegisterAction action, LocalDate date, Optional<String> period,
        Optional<LocalDate> deadline, List<Label> reasons) {

    /**
     * Checks the parts and that a deadline comes with the steps that set one, after the step.
     *
     * @param action what was done
     * @param date the day it was done (the review's as-of day, or the day of the committee's decision)
     * @param period the assessment period it rests on, such as {@code 2026}; empty for a decision on no period
     * @param deadline the rectification deadline: present exactly for warn, assign and extend
     * @param reasons why, in both languages: each predicate that decided it, with what it read
     */
    public RegisterStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isPresent() != action.setsDeadline()) {
            throw new IllegalArgumentException(action.id() + (action.setsDeadline() ? " sets" : " does not set")
                    + " a deadline");
        }
        if (deadline.isPresent() && deadline.get().isBefore(date)) {
            throw new IllegalArgumentException("deadline " + deadline.get() + " is before the step's day " + date);
        }
        reasons = List.copyOf(reasons);
    }
}
