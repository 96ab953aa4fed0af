package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import java.util.Objects;

/**
 * How a key's records are derived from a ledger or the activity log rather than entered: for the
 * key {@code difficulty-solved-rate}, the resolution rate of the problem ledger's problems of the
 * category {@code three-difficulties}. Records are derived for every org whose kind reads the key,
 * from the entries of its subtree in the evaluated period.
 *
 * @param figure the figure, which names its source
 * @param of what of the source is counted: a problem category, a task id or an activity kind
 */
public record Derivation(DerivedFigure figure, String of) {

    /** Checks both parts. */
    public Derivation {
        Objects.requireNonNull(figure, "figure");
        Identifiers.require(of, figure.source() == DerivedSource.TASK_LEDGER ? "task"
                : figure.source() == DerivedSource.PROBLEM_LEDGER ? "category" : "activity kind");
    }

    /** The document the records are derived from. */
    public DerivedSource source() {
        return figure.source();
    }
}
