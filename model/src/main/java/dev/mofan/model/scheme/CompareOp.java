package dev.mofan.model.scheme;

import java.util.Arrays;
import java.util.Optional;

/** A comparison in a predicate, written as its symbol ({@code >=}) in documents. */
public enum CompareOp {
    /** Equal. */
    EQ("=="),
    /** Not equal. */
    NE("!="),
    /** Greater than. */
    GT(">"),
    /** Greater than or equal. */
    GE(">="),
    /** Less than. */
    LT("<"),
    /** Less than or equal. */
    LE("<=");

    private final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    /** {@return the symbol in documents, such as {@code >=}} */
    public String symbol() {
        return symbol;
    }

    /**
     * {@return the operator written as {@code symbol}, if any}
     *
     * @param symbol the symbol, such as {@code >=}
     */
    public static Optional<CompareOp> of(String symbol) {
        return Arrays.stream(values()).filter(op -> op.symbol.equals(symbol)).findFirst();
    }

    /**
     * {@return whether a comparison result ({@code compareTo}'s sign) satisfies this operator}
     *
     * @param comparison the sign of {@code actual.compareTo(expected)}
     */
    public boolean holds(int comparison) {
        return switch (this) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
        };
    }
}
