package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The invariants the scheme's records share; the full checks with paths are the loader's. */
final class SchemeChecks {

    private SchemeChecks() {
    }

    static BigDecimal positive(BigDecimal value, String what) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be greater than 0 but was " + value);
        }
        return value;
    }

    static Optional<BigDecimal> positive(Optional<BigDecimal> value, String what) {
        value.ifPresent(v -> positive(v, what));
        return value;
    }

    static List<String> ids(List<String> ids, String what) {
        for (String id : ids) {
            Identifiers.require(id, what);
        }
        return List.copyOf(ids);
    }

    /**
     * Refuses a predicate of a veto, gate or roll-up grade rule that reads the register or vetoes
     * ({@code vetoed}, {@code designated}): only designation and weak-organisation rules may.
     */
    static Predicate decidedHere(Predicate predicate, String where) {
        if (predicate instanceof Predicate.VetoTest || predicate instanceof Predicate.DesignationTest) {
            throw new IllegalArgumentException(where + " cannot read vetoes or the register: only designation and "
                    + "weak-organisation rules do");
        }
        if (predicate instanceof Predicate.Not not) {
            decidedHere(not.negated(), where);
        } else if (predicate instanceof Predicate.AllOf all) {
            all.all().forEach(p -> decidedHere(p, where));
        } else if (predicate instanceof Predicate.AnyOf any) {
            any.any().forEach(p -> decidedHere(p, where));
        }
        return predicate;
    }
}
