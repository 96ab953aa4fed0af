package dev.mofan.core.activity;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Objects;

/**
 * Which tally becomes evidence under which key: the themed party days of a branch as the count key
 * {@code themed-party-day}, or the trainees of a unit's training classes.
 *
 * @param kind the kind of activity counted
 * @param figure how many were held, or how many took part
 * @param key the evidence key the records carry
 */
public record ActivityKey(String kind, Figure figure, String key) {

    /** Checks the ids. */
    public ActivityKey {
        Identifiers.require(kind, "activity kind");
        Objects.requireNonNull(figure, "figure");
        Identifiers.require(key, "key");
    }

    /** What of a kind's tally becomes the record's value. */
    public enum Figure implements Term {
        /** How many activities were held. */
        ACTIVITIES("活动次数", "activities"),
        /** How many took part, added up. */
        PARTICIPANTS("参加人次", "participants");

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
