package dev.mofan.core.format;

import dev.mofan.core.format.internal.ProblemLedgerDocumentReader;
import dev.mofan.core.format.internal.ProblemLedgerDocumentWriter;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.ledger.ProblemLedger;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes problem ledgers (问题台账, docs/problem-ledger.md) in JSON or YAML. Reading
 * reports every problem of the document at once, each at its JSON path, in English and Chinese:
 * among them each step the ledger's state machine does not allow. Immutable and thread-safe.
 */
public final class ProblemLedgerFormat {

    private final Documents<ProblemLedger> documents;

    private ProblemLedgerFormat(ReadLimits limits) {
        this.documents = new Documents<>(limits, ProblemLedgerDocumentReader.SECTIONS, ProblemLedgerDocumentReader::read,
                ProblemLedgerDocumentWriter::toTree, "problem ledger");
    }

    /** A format with the default limits. */
    public static ProblemLedgerFormat ofDefaults() {
        return new ProblemLedgerFormat(ReadLimits.ofDefaults());
    }

    /** A format with other read limits. */
    public static ProblemLedgerFormat withLimits(ReadLimits limits) {
        return new ProblemLedgerFormat(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads the ledger in {@code file}, YAML if its name ends in {@code .yaml} or {@code .yml}.
     *
     * @throws ValidationException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public ProblemLedger read(Path file) {
        return documents.read(file);
    }

    /**
     * Reads a UTF-8 ledger from {@code in}, which is left open.
     *
     * @throws ValidationException listing every problem of the document
     */
    public ProblemLedger read(InputStream in, Syntax syntax) {
        return documents.read(in, syntax);
    }

    /**
     * Reads a ledger given as text.
     *
     * @throws ValidationException listing every problem of the document
     */
    public ProblemLedger read(String text, Syntax syntax) {
        return documents.read(text, syntax);
    }

    /** The document of {@code ledger} as text. */
    public String write(ProblemLedger ledger, Syntax syntax) {
        return documents.write(ledger, syntax);
    }
}
