package dev.mofan.model.scheme;

import java.util.Arrays;
import java.util.Optional;

/**
 * A comparison of grades in a predicate, by band order (the scheme's first band is the best):
 * {@code atLeast excellent} holds for 优秀 and nothing else when 优秀 is the best band.
 */
public enum GradeOp {
    /** The same band or a better one. */
    AT_LEAST("atLeast"),
    /** The same band or a worse one. */
    AT_MOST("atMost"),
    /** A better band. */
    ABOVE("above"),
    /** A worse band. */
    BELOW("below"),
    /** The same band. */
    IS("is"),
    /** Any other band. */
    IS_NOT("isNot");

    private final String word;

    GradeOp(String word) {
        this.word = word;
    }

    /** {@return the word in documents, such as {@code atLeast}} */
    public String word() {
        return word;
    }

    /**
     * {@return the operator written as {@code word}, if any}
     *
     * @param word the word, such as {@code atLeast}
     */
    public static Optional<GradeOp> of(String word) {
        return Arrays.stream(values()).filter(op -> op.word.equals(word)).findFirst();
    }

    /**
     * {@return whether a band at position {@code actual} compares so with the band at {@code expected}
     * (positions in the scheme's order, 0 the best)}
     *
     * @param actual the position of the band a subject has
     * @param expected the position of the band it is compared with
     */
    public boolean holds(int actual, int expected) {
        return switch (this) {
            case AT_LEAST -> actual <= expected;
            case AT_MOST -> actual >= expected;
            case ABOVE -> actual < expected;
            case BELOW -> actual > expected;
            case IS -> actual == expected;
            case IS_NOT -> actual != expected;
        };
    }
}
