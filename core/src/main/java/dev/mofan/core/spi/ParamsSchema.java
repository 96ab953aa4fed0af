package dev.mofan.core.spi;

import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters a rule reads, described so that the JSON Schema of the scheme format can check an
 * item's {@code params} before the scheme reaches a reader ({@code mofan schema scheme},
 * docs/schema/). A provider gives it by {@link ScoringRuleProvider#paramsSchema()}; one that does
 * not is {@link #UNDESCRIBED}, and its items' parameters are then any object. The description is for
 * forms and editors; the rule's {@code configure} stays the judge of every value.
 *
 * <pre>{@code
 * ParamsSchema.of(
 *         Param.number("per", Label.of("每次得分", "points per occurrence")).required().above(BigDecimal.ZERO),
 *         Param.number("cap", Label.of("最多计次", "occurrences counted at most")).above(BigDecimal.ZERO));
 * }</pre>
 *
 * @param params the parameters, in the order a form shows them; names unique
 * @param described false only for {@link #UNDESCRIBED}: then any parameters are allowed
 */
public record ParamsSchema(List<Param> params, boolean described) {

    /** A rule that did not describe its parameters: any object passes the schema. */
    public static final ParamsSchema UNDESCRIBED = new ParamsSchema(List.of(), false);

    /** A rule that takes no parameters: only an empty object passes. */
    public static final ParamsSchema NONE = new ParamsSchema(List.of(), true);

    /**
     * Copies the list and refuses a name given twice.
     *
     * @param params the parameters, in the order a form shows them; names unique
     * @param described false only for {@link #UNDESCRIBED}: then any parameters are allowed
     */
    public ParamsSchema {
        params = List.copyOf(params);
        Set<String> names = new HashSet<>();
        for (Param param : params) {
            if (!names.add(param.name())) {
                throw new IllegalArgumentException("Parameter '" + param.name() + "' is described twice");
            }
        }
        if (!described && !params.isEmpty()) {
            throw new IllegalArgumentException("An undescribed schema lists no parameters");
        }
    }

    /**
     * {@return exactly these parameters; any other is refused}
     *
     * @param params the parameters, in the order a form shows them
     */
    public static ParamsSchema of(Param... params) {
        return new ParamsSchema(List.of(params), true);
    }

    /** What kind of JSON value a parameter takes. */
    public enum Kind {
        /** A number, exact ({@code 0.5}). */
        NUMBER,
        /** A whole number ({@code 3}). */
        INTEGER,
        /** A text, optionally one of listed values. */
        TEXT,
        /** {@code true} or {@code false}. */
        FLAG,
        /** An object whose values are all numbers, such as {@code levels: {city: 3}}. */
        NUMBERS,
        /** A list of objects, each with parameters of its own, such as {@code tiers}. */
        OBJECTS
    }

    /**
     * One parameter.
     *
     * @param name the property name in {@code params}
     * @param kind the kind of value
     * @param description what it means, in Chinese and English
     * @param mandatory whether an item must give it
     * @param minimum the least value of a number, if bounded below
     * @param exclusiveMinimum whether the minimum itself is refused ({@code > 0} rather than {@code ≥ 0})
     * @param maximum the greatest value of a number, if bounded above
     * @param values the texts allowed for a text; empty for any text
     * @param each the parameters of each object of an {@link Kind#OBJECTS} list; else empty
     */
    public record Param(String name, Kind kind, Label description, boolean mandatory, Optional<BigDecimal> minimum,
            boolean exclusiveMinimum, Optional<BigDecimal> maximum, List<String> values, Optional<ParamsSchema> each) {

        /**
         * Refuses nulls and copies the list.
         *
         * @param name the property name in {@code params}
         * @param kind the kind of value
         * @param description what it means, in Chinese and English
         * @param mandatory whether an item must give it
         * @param minimum the least value of a number, if bounded below
         * @param exclusiveMinimum whether the minimum itself is refused ({@code > 0} rather than {@code ≥ 0})
         * @param maximum the greatest value of a number, if bounded above
         * @param values the texts allowed for a text; empty for any text
         * @param each the parameters of each object of an {@link Kind#OBJECTS} list; else empty
         */
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
            values = List.copyOf(values);
            Objects.requireNonNull(each, "each");
            if (each.isPresent() != (kind == Kind.OBJECTS)) {
                throw new IllegalArgumentException("Parameter '" + name + "': only a list of objects describes each");
            }
        }

        /**
         * {@return an optional number}
         *
         * @param name the property name in {@code params}
         * @param description what it means, in Chinese and English
         */
        public static Param number(String name, Label description) {
            return plain(name, Kind.NUMBER, description, List.of());
        }

        /**
         * {@return an optional whole number}
         *
         * @param name the property name in {@code params}
         * @param description what it means, in Chinese and English
         */
        public static Param integer(String name, Label description) {
            return plain(name, Kind.INTEGER, description, List.of());
        }

        /**
         * {@return an optional text, one of {@code values} when any are given}
         *
         * @param name the property name in {@code params}
         * @param description what it means, in Chinese and English
         * @param values the texts allowed; none for any text
         */
        public static Param text(String name, Label description, String... values) {
            return plain(name, Kind.TEXT, description, List.of(values));
        }

        /**
         * {@return an optional boolean}
         *
         * @param name the property name in {@code params}
         * @param description what it means, in Chinese and English
         */
        public static Param flag(String name, Label description) {
            return plain(name, Kind.FLAG, description, List.of());
        }

        /**
         * {@return an optional object of numbers}
         *
         * @param name the property name in {@code params}
         * @param description what it means, in Chinese and English
         */
        public static Param numbers(String name, Label description) {
            return plain(name, Kind.NUMBERS, description, List.of());
        }

        /**
         * {@return an optional list of objects, each described by {@code each}}
         *
         * @param name the property name in {@code params}
         * @param description what it means, in Chinese and English
         * @param each the parameters of each object
         */
        public static Param objects(String name, Label description, ParamsSchema each) {
            return new Param(name, Kind.OBJECTS, description, false, Optional.empty(), false, Optional.empty(),
                    List.of(), Optional.of(each));
        }

        private static Param plain(String name, Kind kind, Label description, List<String> values) {
            return new Param(name, kind, description, false, Optional.empty(), false, Optional.empty(), values,
                    Optional.empty());
        }

        /** {@return this parameter, required} */
        public Param required() {
            return new Param(name, kind, description, true, minimum, exclusiveMinimum, maximum, values, each);
        }

        /**
         * {@return this number (or each number of an object of numbers), at least {@code min}}
         *
         * @param min the least value allowed
         */
        public Param atLeast(BigDecimal min) {
            return new Param(name, kind, description, mandatory, Optional.of(min), false, maximum, values, each);
        }

        /**
         * {@return this number (or each number of an object of numbers), greater than {@code min}}
         *
         * @param min the bound, itself refused
         */
        public Param above(BigDecimal min) {
            return new Param(name, kind, description, mandatory, Optional.of(min), true, maximum, values, each);
        }

        /**
         * {@return this number (or each number of an object of numbers), at most {@code max}}
         *
         * @param max the greatest value allowed
         */
        public Param atMost(BigDecimal max) {
            return new Param(name, kind, description, mandatory, minimum, exclusiveMinimum, Optional.of(max), values,
                    each);
        }
    }
}
