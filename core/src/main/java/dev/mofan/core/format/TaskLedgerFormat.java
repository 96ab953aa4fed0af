package dev.mofan.core.format;

import dev.mofan.core.format.internal.TaskLedgerDocumentReader;
import dev.mofan.core.format.internal.TaskLedgerDocumentWriter;
import dev.mofan.model.ledger.TaskLedger;
import java.util.Objects;

/**
 * Reads and writes task ledgers (任务台账, docs/task-ledger.md) in JSON or YAML. Reading reports every
 * problem of the document at once, each at its JSON path, in English and Chinese: among them each
 * entry out of the work loop's order. Immutable and thread-safe.
 */
public final class TaskLedgerFormat extends DocumentFormat<TaskLedger> {

    private TaskLedgerFormat(ReadLimits limits) {
        super(limits, TaskLedgerDocumentReader.SECTIONS, TaskLedgerDocumentReader::read,
                TaskLedgerDocumentWriter::toTree, "task ledger");
    }

    /** {@return a format with the default limits} */
    public static TaskLedgerFormat ofDefaults() {
        return new TaskLedgerFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static TaskLedgerFormat withLimits(ReadLimits limits) {
        return new TaskLedgerFormat(Objects.requireNonNull(limits, "limits"));
    }
}
