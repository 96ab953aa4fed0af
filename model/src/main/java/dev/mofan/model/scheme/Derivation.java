package dev.mofan.model.scheme;

import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Term;
import java.util.Objects;

/**
 * How a key's records are derived from a ledger or the activity log rather than entered: for the
 * key {@code difficulty-solved-rate}, the resolution rate of the problem ledger's problems of the
 * category {@code three-difficulties}. Records are derived for every org whose kind reads the key,
 * from the entries of its subtree in the evaluated period.
 *
 * @param figure the figure, which names its source
 * @param of what of the source is counted: a problem category, a task id, an activity kind or a
 *     meeting type ({@link MeetingType})
 */
public record Derivation(DerivedFigure figure, String of) {

    /**
     * Checks both parts.
     *
     * @param figure the figure, which names its source
     * @param of what of the source is counted: a problem category, a task id, an activity kind or a meeting type
     *     ({@link MeetingType})
     */
    public Derivation {
        Objects.requireNonNull(figure, "figure");
        Identifiers.require(of, switch (figure.source()) {
            case PROBLEM_LEDGER -> "category";
            case TASK_LEDGER -> "task";
            case ACTIVITY_LOG -> "activity kind";
            case MEETING_LOG -> "meeting type";
        });
        if (figure.source() == DerivedSource.MEETING_LOG && Term.find(MeetingType.class, of).isEmpty()) {
            throw new IllegalArgumentException("'" + of + "' is not a meeting type; one of " + Term.ids(MeetingType.class));
        }
    }

    /** {@return the document the records are derived from} */
    public DerivedSource source() {
        return figure.source();
    }
}
