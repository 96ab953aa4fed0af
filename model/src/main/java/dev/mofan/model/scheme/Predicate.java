package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition over evidence, a scorecard's figures or a roll-up's input grades, as plain data
 * (SCORING.md, Predicates): used by vetoes and grade gates (evidence and figures) and by a period
 * roll-up's grade rules (grades), and later by designations and flags.
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

    /**
     * Grades of a roll-up's inputs compared with the band {@code grade}: holds when at least
     * {@code times} of the last {@code periods} inputs (all of them when absent) have a grade that
     * compares so; without {@code times}, when every one of them does. An input without a grade
     * (missing, incomplete, below every band) never compares. "优秀 in at least 2 of 3 years" is
     * {@code atLeast excellent, times 2}; "never below 合格" is {@code atLeast qualified}.
     *
     * @param periods how many of the latest inputs are looked at; empty for all
     * @param times how many of them must compare so; empty for all
     */
    record GradeTest(GradeOp op, String grade, Optional<Integer> periods, Optional<Integer> times)
            implements Predicate {
        /** Checks the grade id and that the counts are at least 1, {@code times} not above {@code periods}. */
        public GradeTest {
            Objects.requireNonNull(op, "op");
            Identifiers.require(grade, "grade");
            Objects.requireNonNull(periods, "periods");
            Objects.requireNonNull(times, "times");
            if (periods.orElse(1) < 1 || times.orElse(1) < 1) {
                throw new IllegalArgumentException("periods and times are at least 1");
            }
            if (periods.isPresent() && times.isPresent() && times.get() > periods.get()) {
                throw new IllegalArgumentException("times " + times.get() + " exceeds periods " + periods.get());
            }
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
