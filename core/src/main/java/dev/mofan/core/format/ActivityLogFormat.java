package dev.mofan.core.format;

import dev.mofan.core.format.internal.ActivityLogDocumentReader;
import dev.mofan.core.format.internal.ActivityLogDocumentWriter;
import dev.mofan.model.activity.ActivityLog;
import java.util.Objects;

/**
 * Reads and writes activity logs (活动记录, docs/activities.md) in JSON or YAML. Reading reports every
 * problem of the document at once, each at its JSON path, in English and Chinese. Immutable and
 * thread-safe.
 */
public final class ActivityLogFormat extends DocumentFormat<ActivityLog> {

    private ActivityLogFormat(ReadLimits limits) {
        super(limits, ActivityLogDocumentReader.SECTIONS, ActivityLogDocumentReader::read,
                ActivityLogDocumentWriter::toTree, "activity log");
    }

    /** {@return a format with the default limits} */
    public static ActivityLogFormat ofDefaults() {
        return new ActivityLogFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static ActivityLogFormat withLimits(ReadLimits limits) {
        return new ActivityLogFormat(Objects.requireNonNull(limits, "limits"));
    }
}
