package dev.mofan.core.ledger;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Objects;

/**
 * Which figure of the problem ledger becomes evidence under which key (SCORING.md: derived figures
 * enter as evidence under declared keys): for the problems of one category, such as the “三难”
 * problems, their resolution rate as the ratio key {@code difficulty-solved-rate}.
 *
 * @param category the problems counted: those of this category
 * @param figure which of their figures
 * @param key the evidence key the records carry
 */
public record LedgerKey(String category, Figure figure, String key) {

    /** Checks the ids. */
    public LedgerKey {
        Identifiers.require(category, "category");
        Objects.requireNonNull(figure, "figure");
        Identifiers.require(key, "key");
    }

    /** A figure of {@link ProblemFigures}, as a record's value. */
    public enum Figure implements Term {
        /** Closed over found, as a ratio text such as {@code 357/566}; no record when nothing was found. */
        RESOLVED("销号率", "resolution rate"),
        /** Found, a count. */
        FOUND("发现数", "found"),
        /** Open, a count. */
        OPEN("未销号数", "open"),
        /** Overdue, a count. */
        OVERDUE("逾期数", "overdue");

        private final Label label;

        Figure(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }
}
