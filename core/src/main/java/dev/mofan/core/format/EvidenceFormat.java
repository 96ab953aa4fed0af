package dev.mofan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.core.format.internal.EvidenceDocumentReader;
import dev.mofan.core.format.internal.EvidenceDocumentWriter;
import dev.mofan.core.format.internal.SchemeProblems;
import dev.mofan.core.format.internal.TreeReader;
import dev.mofan.core.format.internal.TreeWriter;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.scheme.Scheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes evidence documents, {@code {"evidence": [records]}} in JSON or YAML (record
 * fields in docs/evidence-format.md). Reading reports every malformed record at once; records that
 * are well formed but do not fit a scheme are judged when evaluating and listed as unused, never
 * dropped. Immutable and thread-safe.
 */
public final class EvidenceFormat {

    private final ReadLimits limits;
    private final TreeReader reader;

    private EvidenceFormat(ReadLimits limits) {
        this.limits = limits;
        this.reader = new TreeReader(limits);
    }

    /** {@return a format with the default limits} */
    public static EvidenceFormat ofDefaults() {
        return new EvidenceFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static EvidenceFormat withLimits(ReadLimits limits) {
        return new EvidenceFormat(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads the evidence in {@code file}, YAML if its name ends in {@code .yaml} or {@code .yml}.
     *
     * @param file the file to read
     * @return the evidence the document holds
     * @throws ValidationException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public Evidence read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Syntax.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Reads a UTF-8 evidence document from {@code in}, which is left open.
     *
     * @param in the stream to read, UTF-8
     * @param syntax JSON or YAML
     * @return the evidence the document holds
     * @throws ValidationException listing every problem of the document
     */
    public Evidence read(InputStream in, Syntax syntax) {
        Violations violations = newViolations();
        try {
            return finish(reader.read(in, syntax, violations), violations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + syntax.id() + " document", e);
        }
    }

    /**
     * Reads an evidence document given as text.
     *
     * @param text the document
     * @param syntax JSON or YAML
     * @return the evidence the document holds
     * @throws ValidationException listing every problem of the document
     */
    public Evidence read(String text, Syntax syntax) {
        Violations violations = newViolations();
        return finish(reader.read(text, syntax, violations), violations);
    }

    /**
     * {@return the document of {@code evidence}, records in their order, as text}
     *
     * @param evidence the evidence
     * @param syntax JSON or YAML
     */
    public String write(Evidence evidence, Syntax syntax) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(evidence, syntax, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the document of {@code evidence} as UTF-8 to {@code out}, which is left open.
     *
     * @param evidence the evidence
     * @param syntax JSON or YAML
     * @param out the stream to write to
     */
    public void write(Evidence evidence, Syntax syntax, OutputStream out) {
        try {
            TreeWriter.write(EvidenceDocumentWriter.toTree(evidence), syntax, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + syntax.id() + " document", e);
        }
    }

    /**
     * Writes the document of {@code evidence} to {@code file}, YAML or JSON by its name.
     *
     * @param evidence the evidence
     * @param file the file to write
     */
    public void write(Evidence evidence, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(evidence, Syntax.of(file), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * {@return warnings about well-formed evidence that a scheme and an org directory will not use: records
     * for keys the scheme does not declare or subjects the directory does not hold, each at its
     * path ({@code $.evidence[3].key})} Evaluation lists such records as unused.
     *
     * @param evidence the evidence
     * @param scheme the scheme it is meant for
     * @param directory the org directory it is meant for
     */
    public static List<Violation> lint(Evidence evidence, Scheme scheme, OrgDirectory directory) {
        List<Violation> warnings = new ArrayList<>();
        for (int i = 0; i < evidence.records().size(); i++) {
            EvidenceRecord record = evidence.records().get(i);
            String at = Paths.index(Paths.field(Paths.ROOT, "evidence"), i);
            if (scheme.key(record.key()).isEmpty()) {
                warnings.add(Violation.of(Paths.field(at, "key"), SchemeProblems.LINT_EVIDENCE_KEY, record.key()));
            }
            if (directory.subject(record.subject()).isEmpty()) {
                warnings.add(Violation.of(Paths.field(at, "subject"), SchemeProblems.LINT_EVIDENCE_SUBJECT,
                        record.subject()));
            }
        }
        return List.copyOf(warnings);
    }

    private Violations newViolations() {
        return new Violations(EvidenceDocumentReader.SECTIONS, limits.maxListedProblems());
    }

    private static Evidence finish(Optional<JsonNode> tree, Violations violations) {
        Optional<Evidence> evidence = tree.flatMap(root -> EvidenceDocumentReader.read(root, violations));
        violations.throwIfAny();
        return evidence.orElseThrow(() -> new IllegalStateException("A document was refused without a reason"));
    }
}
