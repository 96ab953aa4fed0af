package dev.mofan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.core.format.internal.TreeReader;
import dev.mofan.core.format.internal.TreeWriter;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.internal.Violations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A document format: reads a file (YAML when its name ends in {@code .yaml} or {@code .yml}, JSON
 * otherwise), a UTF-8 stream or a text, collecting every problem of the document and throwing them
 * at once, each at its JSON path in English and Chinese; and writes the document back as UTF-8 text
 * that reads back equal. The formats of this package that share this shape extend it. Immutable and
 * thread-safe.
 *
 * @param <T> what the document holds
 */
public abstract class DocumentFormat<T> {

    private final ReadLimits limits;
    private final TreeReader reader;
    private final List<String> sections;
    private final BiFunction<JsonNode, Violations, Optional<T>> fromTree;
    private final Function<T, JsonNode> toTree;
    private final String what;

    /**
     * @param sections the document's top-level array sections, in the order problems are listed
     * @param what the document's name in I/O error messages, such as {@code task catalogue}
     */
    DocumentFormat(ReadLimits limits, List<String> sections, BiFunction<JsonNode, Violations, Optional<T>> fromTree,
            Function<T, JsonNode> toTree, String what) {
        this.limits = limits;
        this.reader = new TreeReader(limits);
        this.sections = sections;
        this.fromTree = fromTree;
        this.toTree = toTree;
        this.what = what;
    }

    /**
     * Reads the document in {@code file}, YAML if its name ends in {@code .yaml} or {@code .yml}.
     *
     * @param file the file to read
     * @return what the document holds
     * @throws ValidationException listing every problem of the document
     * @throws UncheckedIOException if the file cannot be read
     */
    public T read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Syntax.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Reads a UTF-8 document from {@code in}, which is left open.
     *
     * @param in the stream to read
     * @param syntax JSON or YAML
     * @return what the document holds
     * @throws ValidationException listing every problem of the document
     */
    public T read(InputStream in, Syntax syntax) {
        Violations violations = new Violations(sections, limits.maxListedProblems());
        try {
            return finish(reader.read(in, syntax, violations), violations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + syntax.id() + " " + what, e);
        }
    }

    /**
     * Reads a document given as text.
     *
     * @param text the document
     * @param syntax JSON or YAML
     * @return what the document holds
     * @throws ValidationException listing every problem of the document
     */
    public T read(String text, Syntax syntax) {
        Violations violations = new Violations(sections, limits.maxListedProblems());
        return finish(reader.read(text, syntax, violations), violations);
    }

    /**
     * {@return the document of {@code value} as text}
     *
     * @param value what the document holds
     * @param syntax JSON or YAML
     */
    public String write(T value, Syntax syntax) {
        return text(toTree.apply(value), syntax, what);
    }

    /** A tree as UTF-8 text in {@code syntax}. */
    static String text(JsonNode tree, Syntax syntax, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            TreeWriter.write(tree, syntax, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + what, e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private T finish(Optional<JsonNode> tree, Violations violations) {
        Optional<T> value = tree.flatMap(root -> fromTree.apply(root, violations));
        violations.throwIfAny();
        return value.orElseThrow(() -> new IllegalStateException("A document was refused without a reason"));
    }
}
