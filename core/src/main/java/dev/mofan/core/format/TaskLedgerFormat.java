package dev.mofan.core.format;

import dev.mofan.core.format.internal.TaskLedgerDocumentReader;
import dev.mofan.core.format.internal.TaskLedgerDocumentWriter;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.ledger.TaskLedger;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes task ledgers (任务台账, docs/task-ledger.md) in JSON or YAML. Reading reports every
 * problem of the document at once, each at its JSON path, in English and Chinese: among them each
 * entry out of the work loop's order. Immutable and thread-safe.
 */
public final class TaskLedgerFormat {

    private final Documents<TaskLedger> documents;

    private TaskLedgerFormat(ReadLimits limits) {
        this.documents = new Documents<>(limits, TaskLedgerDocumentReader.SECTIONS, TaskLedgerDocumentReader::read,
                TaskLedgerDocumentWriter::toTree, "task ledger");
    }

    /** A format with the default limits. */
    public static TaskLedgerFormat ofDefaults() {
        return new TaskLedgerFormat(ReadLimits.ofDefaults());
    }

    /** A format with other read limits. */
    public static TaskLedgerFormat withLimits(ReadLimits limits) {
        return new TaskLedgerFormat(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads the ledger in {@code file}, YAML if its name ends in {@code .yaml} or {@code .yml}.
     *
     * @throws ValidationException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public TaskLedger read(Path file) {
        return documents.read(file);
    }

    /**
     * Reads a UTF-8 ledger from {@code in}, which is left open.
     *
     * @throws ValidationException listing every problem of the document
     */
    public TaskLedger read(InputStream in, Syntax syntax) {
        return documents.read(in, syntax);
    }

    /**
     * Reads a ledger given as text.
     *
     * @throws ValidationException listing every problem of the document
     */
    public TaskLedger read(String text, Syntax syntax) {
        return documents.read(text, syntax);
    }

    /** The document of {@code ledger} as text. */
    public String write(TaskLedger ledger, Syntax syntax) {
        return documents.write(ledger, syntax);
    }
}
