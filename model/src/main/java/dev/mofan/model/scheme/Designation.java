package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A designation (命名) a scheme declares — 模范机关, 标兵处室, 四强党支部, 标准化示范党支部 or any other —
 * with its eligibility (创建条件) and how named subjects are re-examined (复查评估): revoked (退出) when
 * {@code revokeIf} holds, warned with a rectification deadline (限期整改) when {@code warnIf} holds
 * (by default: when no longer eligible), retained otherwise; expired after {@code validYears}.
 *
 * @param id the designation kind's id, as register entries name it
 * @param name the designation's name, such as 模范机关
 * @param subjects the subject kinds it applies to, at least one
 * @param naming whether review names eligible subjects at once, or proposes them as candidates for
 *     the committee to name
 * @param eligible the creation conditions (创建条件)
 * @param warnIf when a named subject is warned; empty for "not eligible any more"
 * @param revokeIf when a named subject is revoked; empty for "only when a warning ran out"
 * @param rectificationDays days from a warning to its deadline, 1 or more
 * @param validYears years a naming lasts; empty for no term
 */
public record Designation(String id, Label name, List<String> subjects, Naming naming, Predicate eligible,
        Optional<Predicate> warnIf, Optional<Predicate> revokeIf, int rectificationDays,
        Optional<Integer> validYears) implements DesignationRule {

    /** The longest rectification period or term a rule may set. */
    public static final int MAX_DAYS = 3660;

    /**
     * Checks every part.
     *
     * @param id the designation kind's id, as register entries name it
     * @param name the designation's name, such as 模范机关
     * @param subjects the subject kinds it applies to, at least one
     * @param naming whether review names eligible subjects at once, or proposes them as candidates for the committee to
     *     name
     * @param eligible the creation conditions (创建条件)
     * @param warnIf when a named subject is warned; empty for "not eligible any more"
     * @param revokeIf when a named subject is revoked; empty for "only when a warning ran out"
     * @param rectificationDays days from a warning to its deadline, 1 or more
     * @param validYears years a naming lasts; empty for no term
     */
    public Designation {
        Identifiers.require(id, "designation id");
        Objects.requireNonNull(name, "name");
        subjects = SchemeChecks.ids(subjects, "subject kind");
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("Designation " + id + " names no subject kind");
        }
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(eligible, "eligible");
        Objects.requireNonNull(warnIf, "warnIf");
        Objects.requireNonNull(revokeIf, "revokeIf");
        if (rectificationDays < 1 || rectificationDays > MAX_DAYS) {
            throw new IllegalArgumentException("rectificationDays must be 1–" + MAX_DAYS + " but was " + rectificationDays);
        }
        Objects.requireNonNull(validYears, "validYears");
        if (validYears.orElse(1) < 1 || validYears.orElse(1) > 10) {
            throw new IllegalArgumentException("validYears must be 1–10 but was " + validYears.get());
        }
    }

    /** Whether review names eligible subjects itself. */
    public enum Naming implements Term {
        /** Review proposes candidates; the committee names them (命名授牌). */
        MANUAL("审定后命名", "named by the committee"),
        /** Review names eligible subjects at once. */
        AUTOMATIC("符合条件即命名", "named when eligible");

        private final Label label;

        Naming(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }
}
