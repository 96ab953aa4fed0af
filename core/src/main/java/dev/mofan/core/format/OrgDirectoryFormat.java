package dev.mofan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.core.format.internal.OrgDocumentReader;
import dev.mofan.core.format.internal.OrgDocumentWriter;
import dev.mofan.core.format.internal.TreeReader;
import dev.mofan.core.format.internal.TreeWriter;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.internal.Violations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes org documents: a working committee's party tree with its members, divisions
 * and partnership links, in JSON or YAML (the format is described in docs/org-format.md).
 *
 * <pre>{@code
 * OrgDirectoryFormat format = OrgDirectoryFormat.ofDefaults();
 * OrgDirectory directory = format.read(Path.of("orgs.json"));   // or .yaml
 * String json = format.write(directory, Syntax.JSON);
 * }</pre>
 *
 * <p><b>Reading</b> checks the whole document before building anything and throws one
 * {@link ValidationException} listing every problem, each with its JSON path
 * ({@code $.orgs[41].parent}), a stable code and messages in English and Simplified Chinese:
 * syntax (duplicate keys, trailing content, NaN, YAML aliases, bad UTF-8), shape (unknown or
 * missing properties, wrong types, bad ids, unknown kinds) and meaning (the tree's and the
 * directory's invariants, see {@link dev.mofan.model.org.OrgTree} and {@link OrgDirectory}).
 * Limits ({@link ReadLimits}) keep hostile documents from exhausting memory.
 *
 * <p><b>Writing</b> gives the canonical document: the same directory always gives the same bytes,
 * however its parts were ordered when it was built, and reading them back gives an equal
 * directory.
 *
 * <p>Immutable and thread-safe; create one and share it.
 */
public final class OrgDirectoryFormat {

    private final ReadLimits limits;
    private final TreeReader reader;

    private OrgDirectoryFormat(ReadLimits limits) {
        this.limits = limits;
        this.reader = new TreeReader(limits);
    }

    /** {@return a format with the default {@link ReadLimits}} */
    public static OrgDirectoryFormat ofDefaults() {
        return new OrgDirectoryFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static OrgDirectoryFormat withLimits(ReadLimits limits) {
        return new OrgDirectoryFormat(Objects.requireNonNull(limits, "limits"));
    }

    /** {@return the read limits of this format} */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads the document in {@code file}, YAML if its name ends in {@code .yaml} or {@code .yml},
     * JSON otherwise.
     *
     * @param file the file to read
     * @return the org directory the document holds
     * @throws ValidationException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public OrgDirectory read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Syntax.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Reads a UTF-8 document from {@code in}, which is left open.
     *
     * @param in the stream to read, UTF-8
     * @param syntax JSON or YAML
     * @return the org directory the document holds
     * @throws ValidationException listing every problem of the document
     * @throws UncheckedIOException if reading the stream fails
     */
    public OrgDirectory read(InputStream in, Syntax syntax) {
        Violations violations = newViolations();
        try {
            return finish(reader.read(in, syntax, violations), violations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + syntax.id() + " document", e);
        }
    }

    /**
     * Reads a document given as text.
     *
     * @param text the document
     * @param syntax JSON or YAML
     * @return the org directory the document holds
     * @throws ValidationException listing every problem of the document
     */
    public OrgDirectory read(String text, Syntax syntax) {
        Violations violations = newViolations();
        return finish(reader.read(text, syntax, violations), violations);
    }

    /**
     * {@return the canonical document of {@code directory}, as text}
     *
     * @param directory the org directory
     * @param syntax JSON or YAML
     */
    public String write(OrgDirectory directory, Syntax syntax) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(directory, syntax, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the canonical document of {@code directory} as UTF-8 to {@code out}, which is left open.
     *
     * @param directory the org directory
     * @param syntax JSON or YAML
     * @param out the stream to write to
     */
    public void write(OrgDirectory directory, Syntax syntax, OutputStream out) {
        try {
            TreeWriter.write(OrgDocumentWriter.toTree(directory), syntax, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + syntax.id() + " document", e);
        }
    }

    /**
     * Writes the canonical document of {@code directory} to {@code file}, YAML or JSON by its name.
     *
     * @param directory the org directory
     * @param file the file to write
     */
    public void write(OrgDirectory directory, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(directory, Syntax.of(file), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private Violations newViolations() {
        return new Violations(OrgDocumentReader.SECTIONS, limits.maxListedProblems());
    }

    private static OrgDirectory finish(Optional<JsonNode> tree, Violations violations) {
        Optional<OrgDirectory> directory = tree.flatMap(root -> OrgDocumentReader.read(root, violations));
        violations.throwIfAny();
        return directory.orElseThrow(() -> new IllegalStateException("A document was refused without a reason"));
    }
}
