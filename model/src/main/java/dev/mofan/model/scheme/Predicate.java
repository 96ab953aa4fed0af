package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition over evidence, a scorecard's figures or a roll-up's input grades, as plain data
 * (SCORING.md, Predicates): used by vetoes and grade gates (evidence and figures), by a period
 * roll-up's grade rules (grades), and by designation and weak-organisation rules (results of this
 * and earlier assessments, vetoes, and the register).
 */
public sealed interface Predicate {

    /**
     * The combined evidence of {@code key} compared with {@code value}.
     *
     * @param key the evidence key whose combined records are compared
     * @param op how they compare
     * @param value a {@link BigDecimal}, a {@link Boolean} or a {@link String}, as the key's type asks
     */
    record KeyTest(String key, CompareOp op, Object value) implements Predicate {
        /**
         * Checks the key id and that the value is a number, a boolean or a text.
         *
         * @param key the evidence key whose combined records are compared
         * @param op how they compare
         * @param value a {@link BigDecimal}, a {@link Boolean} or a {@link String}, as the key's type asks
         */
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
     *
     * @param figure the figure, such as {@code total} or {@code dimension:political}
     * @param op how it compares
     * @param value the number it is compared with
     */
    record ResultTest(String figure, CompareOp op, BigDecimal value) implements Predicate {
        /**
         * Checks that every part is present.
         *
         * @param figure the figure, such as {@code total} or {@code dimension:political}
         * @param op how it compares
         * @param value the number it is compared with
         */
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
     * @param op how an input's grade compares with {@code grade}, in band order
     * @param grade the id of the band compared with
     * @param periods how many of the latest inputs are looked at; empty for all
     * @param times how many of them must compare so; empty for all
     */
    record GradeTest(GradeOp op, String grade, Optional<Integer> periods, Optional<Integer> times)
            implements Predicate {
        /**
         * Checks the grade id and that the counts are at least 1, {@code times} not above {@code periods}.
         *
         * @param op how an input's grade compares with {@code grade}, in band order
         * @param grade the id of the band compared with
         * @param periods how many of the latest inputs are looked at; empty for all
         * @param times how many of them must compare so; empty for all
         */
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

    /**
     * In designation and weak-organisation rules: holds when the subject was vetoed, with
     * {@code effect} when given, in any of the last {@code periods} assessments (the reviewed one
     * alone when empty). "No veto in the cycle" is {@code not: {vetoed: any, periods: 3}}.
     *
     * @param effect the veto's effect; empty for any
     * @param periods how many of the latest assessments are looked at
     */
    record VetoTest(Optional<VetoEffect> effect, Optional<Integer> periods) implements Predicate {
        /**
         * Checks the count is at least 1.
         *
         * @param effect the veto's effect; empty for any
         * @param periods how many of the latest assessments are looked at
         */
        public VetoTest {
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(periods, "periods");
            if (periods.orElse(1) < 1) {
                throw new IllegalArgumentException("periods is at least 1");
            }
        }
    }

    /**
     * In designation and weak-organisation rules, over the register as it stood before the review:
     * without {@code of}, holds when the subject holds the designation {@code kind} (named, under
     * review or warned); with {@code of}, compares the share of the subject's descendants of org
     * kind {@code of} that hold it with {@code share} ("at least 50% of its branches four-strong").
     * A subject without such descendants has no share, and the test does not hold.
     *
     * @param kind the designation kind, possibly declared by another scheme
     * @param of the descendants' org kind
     * @param op with {@code of}: how the share compares
     * @param share with {@code of}: a share from 0 to 1
     */
    record DesignationTest(String kind, Optional<String> of, Optional<CompareOp> op, Optional<BigDecimal> share)
            implements Predicate {
        /**
         * Checks the ids, and that {@code of}, {@code op} and {@code share} come together.
         *
         * @param kind the designation kind, possibly declared by another scheme
         * @param of the descendants' org kind
         * @param op with {@code of}: how the share compares
         * @param share with {@code of}: a share from 0 to 1
         */
        public DesignationTest {
            Identifiers.require(kind, "designation kind");
            Objects.requireNonNull(of, "of");
            of.ifPresent(o -> Identifiers.require(o, "org kind"));
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(share, "share");
            if (of.isPresent() != op.isPresent() || op.isPresent() != share.isPresent()) {
                throw new IllegalArgumentException("of, op and value come together");
            }
            if (share.isPresent() && (share.get().signum() < 0 || share.get().compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("A share is from 0 to 1, not " + share.get());
            }
        }
    }

    /**
     * Holds when every one of {@code all} holds.
     *
     * @param all the predicates that must all hold
     */
    record AllOf(List<Predicate> all) implements Predicate {
        /**
         * Copies the list.
         *
         * @param all the predicates that must all hold
         */
        public AllOf {
            all = List.copyOf(all);
        }
    }

    /**
     * Holds when at least one of {@code any} holds.
     *
     * @param any the predicates of which one must hold
     */
    record AnyOf(List<Predicate> any) implements Predicate {
        /**
         * Copies the list.
         *
         * @param any the predicates of which one must hold
         */
        public AnyOf {
            any = List.copyOf(any);
        }
    }

    /**
     * Holds when {@code negated} does not.
     *
     * @param negated the predicate that must not hold
     */
    record Not(Predicate negated) implements Predicate {
        /**
         * Checks that the negated predicate is present.
         *
         * @param negated the predicate that must not hold
         */
        public Not {
            Objects.requireNonNull(negated, "negated");
        }
    }
}
