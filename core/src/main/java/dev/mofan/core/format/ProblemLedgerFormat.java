package dev.mofan.core.format;

import dev.mofan.core.format.internal.ProblemLedgerDocumentReader;
import dev.mofan.core.format.internal.ProblemLedgerDocumentWriter;
import dev.mofan.model.ledger.ProblemLedger;
import java.util.Objects;

/**
 * Reads and writes problem ledgers (问题台账, docs/problem-ledger.md) in JSON or YAML. Reading
 * reports every problem of the document at once, each at its JSON path, in English and Chinese:
 * among them each step the ledger's state machine does not allow. Immutable and thread-safe.
 */
public final class ProblemLedgerFormat extends DocumentFormat<ProblemLedger> {

    private ProblemLedgerFormat(ReadLimits limits) {
        super(limits, ProblemLedgerDocumentReader.SECTIONS, ProblemLedgerDocumentReader::read,
                ProblemLedgerDocumentWriter::toTree, "problem ledger");
    }

    /** {@return a format with the default limits} */
    public static ProblemLedgerFormat ofDefaults() {
        return new ProblemLedgerFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static ProblemLedgerFormat withLimits(ReadLimits limits) {
        return new ProblemLedgerFormat(Objects.requireNonNull(limits, "limits"));
    }
}
