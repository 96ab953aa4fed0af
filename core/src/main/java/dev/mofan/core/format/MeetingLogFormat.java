package dev.mofan.core.format;

import dev.mofan.core.format.internal.MeetingLogDocumentReader;
import dev.mofan.core.format.internal.MeetingLogDocumentWriter;
import dev.mofan.model.meeting.MeetingLog;
import java.util.Objects;

/**
 * Reads and writes meeting records (会议记录, docs/organisational-life.md) in JSON or YAML. Reading reports
 * every problem of the document at once, each at its JSON path, in English and Chinese. Immutable
 * and thread-safe.
 */
public final class MeetingLogFormat extends DocumentFormat<MeetingLog> {

    private MeetingLogFormat(ReadLimits limits) {
        super(limits, MeetingLogDocumentReader.SECTIONS, MeetingLogDocumentReader::read, MeetingLogDocumentWriter::toTree,
                "meeting records");
    }

    /** {@return a format with the default limits} */
    public static MeetingLogFormat ofDefaults() {
        return new MeetingLogFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static MeetingLogFormat withLimits(ReadLimits limits) {
        return new MeetingLogFormat(Objects.requireNonNull(limits, "limits"));
    }
}
