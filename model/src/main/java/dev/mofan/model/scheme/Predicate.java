package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A condition over evidence or a scorecard's figures, as plain data (SCORING.md, Predicates): used
 * by vetoes and grade gates, and later by designations and flags.
 */
public sealed interface Predicate {

    /**
     * The combined evidence of {@code key} compared with {@code value}.
     *
     * @param value a {@link BigDecimal}, a {@link Boolean} or a {@link String}, as the key's type asks
     */
    record KeyTest(String key, CompareOp op, Object value) implements Predicate {
        /** Checks the key id and that the value is a number, a boolean or a text. */
        public KeyTest {
            Identifiers.require(key, "key");
            Objects.requireNonNull(op, "op");
            if (!(value instanceof BigDecimal || value instanceof Boolean || value instanceof String)) {
                throw new IllegalArgumentException("A key test compares with a number, a boolean or a text, but got "
                        + value);
            }
        }
    }

    /**
     * A figure of the scorecard being decided ({@code total}, {@code base}, {@code dimension:ID},
     * {@code indicator:ID}, {@code item:ID}) compared with {@code value}.
     */
    record ResultTest(String figure, CompareOp op, BigDecimal value) implements Predicate {
        /** Checks that every part is present. */
        public ResultTest {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Holds when every one of {@code all} holds. */
    record AllOf(List<Predicate> all) implements Predicate {
        /** Copies the list. */
        public AllOf {
            all = List.copyOf(all);
        }
    }

    /** Holds when at least one of {@code any} holds. */
    record AnyOf(List<Predicate> any) implements Predicate {
        /** Copies the list. */
        public AnyOf {
            any = List.copyOf(any);
        }
    }

    /** Holds when {@code negated} does not. */
    record Not(Predicate negated) implements Predicate {
        /** Checks that the negated predicate is present. */
        public Not {
            Objects.requireNonNull(negated, "negated");
        }
    }
}
