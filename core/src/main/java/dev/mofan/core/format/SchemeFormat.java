package dev.mofan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.core.format.internal.SchemeDocumentReader.Checked;
import dev.mofan.core.format.internal.SchemeDocumentReader;
import dev.mofan.core.format.internal.SchemeDocumentWriter;
import dev.mofan.core.format.internal.TreeReader;
import dev.mofan.core.format.internal.TreeWriter;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads, checks and writes assessment schemes in JSON or YAML (docs/scheme-format.md).
 *
 * <pre>{@code
 * SchemeFormat format = SchemeFormat.ofDefaults();
 * Scheme scheme = format.read(Path.of("my-scheme.yaml"));
 * List<Violation> warnings = format.lint(scheme);
 * }</pre>
 *
 * <p>Reading reports every problem of the document at once in one {@link ValidationException},
 * each with its JSON path and messages in English and Chinese: syntax, unknown properties, wrong
 * types, duplicate ids, references to undeclared keys, grades and figures, maxima that do not add
 * up for some subject kind, unknown rules and parameters a rule rejects. Rules are looked up in a
 * {@link RuleRegistry} (the service loader's by default; see {@link #withRules(RuleRegistry)}).
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemeFormat {

    private final ReadLimits limits;
    private final TreeReader reader;
    private final RuleRegistry rules;

    private SchemeFormat(ReadLimits limits, RuleRegistry rules) {
        this.limits = limits;
        this.reader = new TreeReader(limits);
        this.rules = rules;
    }

    /** {@return a format with the default limits and the rules the service loader finds} */
    public static SchemeFormat ofDefaults() {
        return new SchemeFormat(ReadLimits.ofDefaults(), RuleRegistry.ofDefaults());
    }

    /**
     * {@return this format with other read limits}
     *
     * @param other the limits on what a document may hold
     */
    public SchemeFormat withLimits(ReadLimits other) {
        return new SchemeFormat(Objects.requireNonNull(other, "limits"), rules);
    }

    /**
     * {@return this format with other rules}
     *
     * @param other the rules schemes may name
     */
    public SchemeFormat withRules(RuleRegistry other) {
        return new SchemeFormat(limits, Objects.requireNonNull(other, "rules"));
    }

    /** {@return the rules schemes may name} */
    public RuleRegistry rules() {
        return rules;
    }

    /**
     * Reads the scheme in {@code file}, YAML if its name ends in {@code .yaml} or {@code .yml}.
     *
     * @param file the file to read
     * @return the scheme the document holds
     * @throws ValidationException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public Scheme read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Syntax.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Reads a UTF-8 scheme document from {@code in}, which is left open.
     *
     * @param in the stream to read, UTF-8
     * @param syntax JSON or YAML
     * @return the scheme the document holds
     * @throws ValidationException listing every problem of the document
     */
    public Scheme read(InputStream in, Syntax syntax) {
        Violations violations = newViolations();
        try {
            return check(reader.read(in, syntax, violations), violations).scheme();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + syntax.id() + " document", e);
        }
    }

    /**
     * Reads a scheme given as text.
     *
     * @param text the document
     * @param syntax JSON or YAML
     * @return the scheme the document holds
     * @throws ValidationException listing every problem of the document
     */
    public Scheme read(String text, Syntax syntax) {
        Violations violations = newViolations();
        return check(reader.read(text, syntax, violations), violations).scheme();
    }

    /**
     * Checks a scheme built in code exactly as if it had been read, and configures its rules.
     * Paths name the places the parts would have in its canonical document.
     *
     * @param scheme the scheme built in code
     * @return the scheme with its items' rules configured and its lint warnings
     * @throws ValidationException listing every problem of the scheme
     */
    public CheckedScheme check(Scheme scheme) {
        Violations violations = newViolations();
        Checked checked = check(Optional.of(SchemeDocumentWriter.toTree(scheme)), violations);
        return new CheckedScheme(checked.scheme(), checked.rules(), checked.warnings());
    }

    /**
     * {@return warnings about a valid scheme: maxima no evidence can reach, keys nothing reads}
     *
     * @param scheme the scheme, valid
     */
    public List<Violation> lint(Scheme scheme) {
        return check(scheme).warnings();
    }

    /**
     * {@return the canonical document of {@code scheme}, as text}
     *
     * @param scheme the scheme
     * @param syntax JSON or YAML
     */
    public String write(Scheme scheme, Syntax syntax) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(scheme, syntax, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the canonical document of {@code scheme} as UTF-8 to {@code out}, which is left open.
     *
     * @param scheme the scheme
     * @param syntax JSON or YAML
     * @param out the stream to write to
     */
    public void write(Scheme scheme, Syntax syntax, OutputStream out) {
        try {
            TreeWriter.write(SchemeDocumentWriter.toTree(scheme), syntax, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + syntax.id() + " document", e);
        }
    }

    /**
     * A scheme that passed every check, with each item's rule configured.
     *
     * @param scheme the scheme, checked
     * @param rules the configured rule of each item, by item id
     * @param warnings lint findings that do not stop scoring
     */
    public record CheckedScheme(Scheme scheme, Map<String, ScoringRule> rules, List<Violation> warnings) {

        /**
         * Copies the collections.
         *
         * @param scheme the scheme, checked
         * @param rules the configured rule of each item, by item id
         * @param warnings lint findings that do not stop scoring
         */
        public CheckedScheme {
            rules = Map.copyOf(rules);
            warnings = List.copyOf(warnings);
        }
    }

    private Violations newViolations() {
        return new Violations(SchemeDocumentReader.SECTIONS, limits.maxListedProblems());
    }

    private Checked check(Optional<JsonNode> tree, Violations violations) {
        Optional<Checked> checked = tree.flatMap(root -> SchemeDocumentReader.read(root, violations, rules));
        violations.throwIfAny();
        return checked.orElseThrow(() -> new IllegalStateException("A scheme was refused without a reason"));
    }
}
