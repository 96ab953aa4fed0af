package dev.mofan.model.evidence;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of an evidence record as written: a flag, a number or a text. Whether it fits the
 * record's key (a count must be a whole number ≥ 0, a ratio a share or {@code "357/566"}) is judged
 * against the scheme when evidence is evaluated.
 */
public sealed interface Value {

    /**
     * A yes/no value.
     *
     * @param value {@code true} or {@code false}
     */
    record Flag(boolean value) implements Value {
    }

    /**
     * An exact decimal number.
     *
     * @param value the number
     */
    record Number(BigDecimal value) implements Value {
        /**
         * Checks that the number is present.
         *
         * @param value the number
         */
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A text, such as a grade, a severity or a ratio {@code "357/566"}.
     *
     * @param value the text
     */
    record Text(String value) implements Value {
        /**
         * Checks that the text is present.
         *
         * @param value the text
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@return a number value}
     *
     * @param number the number
     */
    static Value of(BigDecimal number) {
        return new Number(number);
    }

    /**
     * {@return a number value}
     *
     * @param number the number
     */
    static Value of(long number) {
        return new Number(BigDecimal.valueOf(number));
    }

    /**
     * {@return a flag value}
     *
     * @param flag the flag
     */
    static Value of(boolean flag) {
        return new Flag(flag);
    }

    /**
     * {@return a text value}
     *
     * @param text the text
     */
    static Value of(String text) {
        return new Text(text);
    }
}
