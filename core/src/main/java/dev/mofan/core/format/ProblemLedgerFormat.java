package dev.mofan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.core.format.internal.ProblemLedgerDocumentReader;
import dev.mofan.core.format.internal.ProblemLedgerDocumentWriter;
import dev.mofan.core.format.internal.TreeReader;
import dev.mofan.core.format.internal.TreeWriter;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.ledger.ProblemLedger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes problem ledgers (问题台账, docs/problem-ledger.md) in JSON or YAML. Reading
 * reports every problem of the document at once, each at its JSON path, in English and Chinese:
 * among them each step the ledger's state machine does not allow. Immutable and thread-safe.
 */
public final class ProblemLedgerFormat {

    private final ReadLimits limits;
    private final TreeReader reader;

    private ProblemLedgerFormat(ReadLimits limits) {
        this.limits = limits;
        this.reader = new TreeReader(limits);
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
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Syntax.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Reads a UTF-8 ledger from {@code in}, which is left open.
     *
     * @throws ValidationException listing every problem of the document
     */
    public ProblemLedger read(InputStream in, Syntax syntax) {
        Violations violations = newViolations();
        try {
            return finish(reader.read(in, syntax, violations), violations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + syntax.id() + " document", e);
        }
    }

    /**
     * Reads a ledger given as text.
     *
     * @throws ValidationException listing every problem of the document
     */
    public ProblemLedger read(String text, Syntax syntax) {
        Violations violations = newViolations();
        return finish(reader.read(text, syntax, violations), violations);
    }

    /** The document of {@code ledger} as text. */
    public String write(ProblemLedger ledger, Syntax syntax) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            TreeWriter.write(ProblemLedgerDocumentWriter.toTree(ledger), syntax, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + syntax.id() + " document", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Violations newViolations() {
        return new Violations(ProblemLedgerDocumentReader.SECTIONS, limits.maxListedProblems());
    }

    private static ProblemLedger finish(Optional<JsonNode> tree, Violations violations) {
        Optional<ProblemLedger> ledger = tree.flatMap(root -> ProblemLedgerDocumentReader.read(root, violations));
        violations.throwIfAny();
        return ledger.orElseThrow(() -> new IllegalStateException("A document was refused without a reason"));
    }
}
