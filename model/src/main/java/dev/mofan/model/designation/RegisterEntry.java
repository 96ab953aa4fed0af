package dev.mofan.model.designation;

import dev.mofan.model.text.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One subject's designation of one kind (or its weak-organisation case), with its whole history:
 * the state is where the history leads, and the history only ever grows.
 *
 * @param id unique in the register
 * @param subject the org or division
 * @param kind the designation or weak-organisation rule, as a scheme declares it ({@code model-organ})
 * @param history the steps, in order: the first starts the entry, each next one is legal from the
 *     state before it, on the same day or later
 */
public record RegisterEntry(String id, String subject, String kind, List<RegisterStep> history) {

    /**
     * Checks the ids and replays the history through the state machine.
     *
     * @param id unique in the register
     * @param subject the org or division
     * @param kind the designation or weak-organisation rule, as a scheme declares it ({@code model-organ})
     * @param history the steps, in order: the first starts the entry, each next one is legal from the state before it,
     *     on the same day or later
     */
    public RegisterEntry {
        Identifiers.require(id, "entry id");
        Identifiers.require(subject, "subject");
        Identifiers.require(kind, "kind");
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("Entry " + id + " has no history");
        }
        replay(history);
    }

    /** {@return the state the history leads to} */
    public RegisterState state() {
        return replay(history);
    }

    /** {@return the last step} */
    public RegisterStep last() {
        return history.get(history.size() - 1);
    }

    /** {@return the deadline in force: that of the last step that set one, while the entry is warned or rectifying} */
    public Optional<java.time.LocalDate> deadline() {
        RegisterState state = state();
        if (state != RegisterState.WARNED && state != RegisterState.RECTIFYING) {
            return Optional.empty();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).deadline().isPresent()) {
                return history.get(i).deadline();
            }
        }
        return Optional.empty();
    }

    /**
     * {@return this entry with {@code step} appended, checked like every other step}
     *
     * @param step the step to append
     */
    public RegisterEntry then(RegisterStep step) {
        List<RegisterStep> longer = new ArrayList<>(history);
        longer.add(step);
        return new RegisterEntry(id, subject, kind, longer);
    }

    private static RegisterState replay(List<RegisterStep> history) {
        RegisterStep first = history.get(0);
        RegisterState state = first.action().starts().orElseThrow(() -> new IllegalArgumentException(
                "An entry starts with nominate or identify, not " + first.action().id()));
        for (int i = 1; i < history.size(); i++) {
            RegisterStep step = history.get(i);
            RegisterState before = state;
            state = step.action().from(state).orElseThrow(() -> new IllegalArgumentException(
                    step.action().id() + " cannot follow state " + before.id()));
            if (step.date().isBefore(history.get(i - 1).date())) {
                throw new IllegalArgumentException("Step " + i + " is dated " + step.date() + ", before the step before it");
            }
        }
        Objects.requireNonNull(state);
        return state;
    }
}
