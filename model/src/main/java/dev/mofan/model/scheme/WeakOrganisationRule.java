package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.List;
import java.util.Objects;

/**
 * How weak and lax organisations (软弱涣散基层党组织) are identified, rectified and cleared: review
 * identifies a subject when {@code identifyIf} holds and gives it a rectification deadline (整改提升);
 * at a later review it is accepted and closed (评估验收、销号) when {@code closeIf} holds, and past its
 * deadline without that, rectification goes on to a new deadline.
 *
 * @param id the rule's id, as register entries name it
 * @param name the rule's name, such as 软弱涣散基层党组织
 * @param subjects the subject kinds it applies to, at least one
 * @param identifyIf when a subject is identified
 * @param closeIf when a subject under rectification is accepted
 * @param rectificationDays days from identification (or a failed re-assessment) to the deadline
 */
public record WeakOrganisationRule(String id, Label name, List<String> subjects, Predicate identifyIf,
        Predicate closeIf, int rectificationDays) implements DesignationRule {

    /**
     * Checks every part.
     *
     * @param id the rule's id, as register entries name it
     * @param name the rule's name, such as 软弱涣散基层党组织
     * @param subjects the subject kinds it applies to, at least one
     * @param identifyIf when a subject is identified
     * @param closeIf when a subject under rectification is accepted
     * @param rectificationDays days from identification (or a failed re-assessment) to the deadline
     */
    public WeakOrganisationRule {
        Identifiers.require(id, "weak-organisation rule id");
        Objects.requireNonNull(name, "name");
        subjects = SchemeChecks.ids(subjects, "subject kind");
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("Rule " + id + " names no subject kind");
        }
        Objects.requireNonNull(identifyIf, "identifyIf");
        Objects.requireNonNull(closeIf, "closeIf");
        if (rectificationDays < 1 || rectificationDays > Designation.MAX_DAYS) {
            throw new IllegalArgumentException("rectificationDays must be 1–" + Designation.MAX_DAYS + " but was "
                    + rectificationDays);
        }
    }
}
