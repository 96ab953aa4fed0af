package dev.mofan.core.ledger;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Objects;

/**
 * Which figure of the task ledger becomes evidence under which key: for the assignments of one task,
 * such as {@code instruction-implementation}, the share whose loop is closed as the ratio key
 * {@code instruction-closure-rate} (台账闭环率).
 *
 * @param task the task whose assignments are counted
 * @param figure which of their figures, as a ratio of the assignments counted
 * @param key the evidence key the records carry
 */
public record TaskKey(String task, Figure figure, String key) {

    /** Checks the ids. */
    public TaskKey {
        Identifiers.require(task, "task");
        Objects.requireNonNull(figure, "figure");
        Identifiers.require(key, "key");
    }

    /** A share of the assignments, as a ratio text such as {@code 3/4}. */
    public enum Figure implements Term {
        /** Completed (reported). */
        COMPLETED("完成率", "completion rate"),
        /** Reported by the due day. */
        ON_TIME("按时完成率", "on-time rate"),
        /** Followed up: the loop closed (闭环). */
        CLOSED_LOOPS("闭环率", "closed-loop rate");

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
