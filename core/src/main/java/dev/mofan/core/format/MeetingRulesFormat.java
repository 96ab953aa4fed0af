package dev.mofan.core.format;

import dev.mofan.core.format.internal.MeetingRulesDocumentReader;
import dev.mofan.core.format.internal.MeetingRulesDocumentWriter;
import dev.mofan.model.meeting.MeetingRules;
import java.util.Objects;

/**
 * Reads and writes organisational-life rules (组织生活制度, docs/organisational-life.md) in JSON or YAML. Reading reports
 * every problem of the document at once, each at its JSON path, in English and Chinese. Immutable
 * and thread-safe.
 */
public final class MeetingRulesFormat extends DocumentFormat<MeetingRules> {

    private MeetingRulesFormat(ReadLimits limits) {
        super(limits, MeetingRulesDocumentReader.SECTIONS, MeetingRulesDocumentReader::read, MeetingRulesDocumentWriter::toTree,
                "organisational-life rules");
    }

    /** {@return a format with the default limits} */
    public static MeetingRulesFormat ofDefaults() {
        return new MeetingRulesFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static MeetingRulesFormat withLimits(ReadLimits limits) {
        return new MeetingRulesFormat(Objects.requireNonNull(limits, "limits"));
    }
}
