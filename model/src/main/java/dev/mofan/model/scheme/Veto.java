package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-vote veto (一票否决): when its predicate holds, its effect applies whatever the total.
 *
 * @param id the veto's id, unique in the scheme
 * @param name the veto's name, in both languages
 * @param when the predicate that fires the veto
 * @param effect what the veto does: zero the total, cap the grade or make the subject ineligible
 * @param grade the band the grade is capped at; present exactly for {@link VetoEffect#CAP_GRADE}
 * @param subjects the kinds it applies to; empty means every kind
 */
public record Veto(String id, Label name, Predicate when, VetoEffect effect, Optional<String> grade,
        List<String> subjects) {

    /**
     * Checks every part.
     *
     * @param id the veto's id, unique in the scheme
     * @param name the veto's name, in both languages
     * @param when the predicate that fires the veto
     * @param effect what the veto does: zero the total, cap the grade or make the subject ineligible
     * @param grade the band the grade is capped at; present exactly for {@link VetoEffect#CAP_GRADE}
     * @param subjects the kinds it applies to; empty means every kind
     */
    public Veto {
        Identifiers.require(id, "veto id");
        Objects.requireNonNull(name, "name");
        SchemeChecks.decidedHere(Objects.requireNonNull(when, "when"), "Veto " + id);
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(grade, "grade");
        if (grade.isPresent() != (effect == VetoEffect.CAP_GRADE)) {
            throw new IllegalArgumentException("Veto " + id + " names a grade exactly when its effect is cap-grade");
        }
        subjects = SchemeChecks.ids(subjects, "subject kind");
    }
}
