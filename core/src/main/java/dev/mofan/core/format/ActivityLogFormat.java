package dev.mofan.core.format;

import dev.mofan.core.format.internal.ActivityLogDocumentReader;
import dev.mofan.core.format.internal.ActivityLogDocumentWriter;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.activity.ActivityLog;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes activity logs (活动记录, docs/activities.md) in JSON or YAML. Reading reports every
 * problem of the document at once, each at its JSON path, in English and Chinese. Immutable and
 * thread-safe.
 */
public final class ActivityLogFormat {

    private final Documents<ActivityLog> documents;

    private ActivityLogFormat(ReadLimits limits) {
        this.documents = new Documents<>(limits, ActivityLogDocumentReader.SECTIONS, ActivityLogDocumentReader::read,
                ActivityLogDocumentWriter::toTree, "activity log");
    }

    /** A format with the default limits. */
    public static ActivityLogFormat ofDefaults() {
        return new ActivityLogFormat(ReadLimits.ofDefaults());
    }

    /** A format with other read limits. */
    public static ActivityLogFormat withLimits(ReadLimits limits) {
        return new ActivityLogFormat(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads the log in {@code file}, YAML if its name ends in {@code .yaml} or {@code .yml}.
     *
     * @throws ValidationException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public ActivityLog read(Path file) {
        return documents.read(file);
    }

    /**
     * Reads a UTF-8 log from {@code in}, which is left open.
     *
     * @throws ValidationException listing every problem of the document
     */
    public ActivityLog read(InputStream in, Syntax syntax) {
        return documents.read(in, syntax);
    }

    /**
     * Reads a log given as text.
     *
     * @throws ValidationException listing every problem of the document
     */
    public ActivityLog read(String text, Syntax syntax) {
        return documents.read(text, syntax);
    }

    /** The document of {@code log} as text. */
    public String write(ActivityLog log, Syntax syntax) {
        return documents.write(log, syntax);
    }
}
