package dev.mofan.core.format.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.mofan.core.format.ReadLimits;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.text.Label;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a JSON or YAML document token by token into a Jackson tree, reporting what Jackson's own
 * tree reading would either accept silently or stop at: every duplicate key (not just the first),
 * NaN and Infinity, YAML aliases, content after the document, and syntax errors and limits with
 * their line, column and path. Iterative, so nesting never grows the Java stack.
 *
 * <p>A value that was reported is kept in the tree as {@link #REPORTED}, so that later checks
 * neither complain about it again nor think the property missing. Thread-safe.
 */
public final class TreeReader {

    /** Stands in the tree for a value whose problem was already reported. */
    public static final JsonNode REPORTED = JsonNodeFactory.instance.pojoNode(new Reported());

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DETAIL = 160;
    /** No count, amount or ratio needs more digits; longer numbers only cost parsing time. */
    private static final int MAX_NUMBER_DIGITS = 1000;
    /** A number as JSON writes one: no leading zeros, no hexadecimal, octal, underscores or colons. */
    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[-+]?(0|[1-9][0-9]*)(\\.[0-9]+)?(e[-+]?[0-9]+)?");
    private static final Label EMBEDDED = Label.of("二进制或嵌入的数据", "binary or embedded data");

    private final JsonFactory json;
    private final YAMLFactory yaml;
    private final ReadLimits limits;

    /**
     * A reader that enforces {@code limits}.
     *
     * @param limits the limits on what a document may hold
     */
    public TreeReader(ReadLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentChars())
                .maxStringLength(limits.maxStringChars())
                .maxNameLength(limits.maxStringChars())
                .maxNestingDepth(limits.maxNesting())
                .maxNumberLength(MAX_NUMBER_DIGITS)
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentChars()));
        options.setNestingDepthLimit(limits.maxNesting());
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        this.yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    }

    /**
     * {@return the tree of the document in {@code in}, which is left open, or empty when it could not be
     * read to the end} Problems go to {@code out}.
     *
     * @param in the stream, UTF-8
     * @param syntax JSON or YAML
     * @param out where problems are reported
     * @throws IOException when reading the stream fails for reasons other than its content
     */
    public Optional<JsonNode> read(InputStream in, Syntax syntax, Violations out) throws IOException {
        if (syntax == Syntax.YAML) {
            GuardedReader guard = GuardedReader.of(in, maxLine());
            try (JsonParser parser = yaml.createParser(guard)) {
                return read(parser, syntax, guard, out);
            }
        }
        try (JsonParser parser = json.createParser(in)) {
            return read(parser, syntax, null, out);
        }
    }

    /**
     * {@return the tree of the document {@code text}, or empty when it could not be read to the end}
     *
     * @param text the document
     * @param syntax JSON or YAML
     * @param out where problems are reported
     */
    public Optional<JsonNode> read(String text, Syntax syntax, Violations out) {
        if (text.length() > limits.maxDocumentChars()) {
            // Parsers check the length only as they load more input; a string arrives whole.
            out.add(Paths.ROOT, FormatProblems.DOCUMENT_TOO_LONG, limits.maxDocumentChars());
            return Optional.empty();
        }
        try {
            if (syntax == Syntax.YAML) {
                GuardedReader guard = GuardedReader.of(text, maxLine());
                try (JsonParser parser = yaml.createParser(guard)) {
                    return read(parser, syntax, guard, out);
                }
            }
            // A string read from a file with a byte-order mark still starts with it.
            String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
            try (JsonParser parser = this.json.createParser(json)) {
                return read(parser, syntax, null, out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Reading from a string failed", e);
        }
    }

    /** The longest YAML line: a string at its limit, with room for its key and indentation. */
    private long maxLine() {
        return limits.maxStringChars() + 1024L;
    }

    private Optional<JsonNode> read(JsonParser parser, Syntax syntax, GuardedReader guard, Violations out)
            throws IOException {
        try {
            JsonNode root = readValue(parser, out);
            if (root == null && !out.isEmpty()) {
                return Optional.empty();
            }
            if (root == null || (syntax == Syntax.YAML && root.isTextual() && root.textValue().isEmpty())) {
                out.add(Paths.ROOT, FormatProblems.EMPTY);
                return Optional.empty();
            }
            checkNothingFollows(parser, out);
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            reportLimit(parser, e, out);
        } catch (JsonProcessingException e) {
            if (!reportGuard(parser, guard, out)) {
                reportMalformed(parser, syntax, e, out);
            }
        } catch (RuntimeException e) {
            // SnakeYAML reports some broken input (limits, our reader's refusals) with its own unchecked exceptions.
            if (syntax != Syntax.YAML) {
                throw e;
            }
            if (!reportGuard(parser, guard, out)) {
                reportYamlFailure(parser, e, out);
            }
        } catch (GuardedReader.Stop e) {
            reportGuard(parser, guard, out);
        }
        return Optional.empty();
    }

    /** Reports why the guarded reader stopped, if it did. */
    private boolean reportGuard(JsonParser parser, GuardedReader guard, Violations out) {
        if (guard == null || guard.failure() == GuardedReader.Failure.NONE) {
            return false;
        }
        if (guard.failure() == GuardedReader.Failure.NOT_UTF8) {
            out.add(pathOf(parser), FormatProblems.NOT_UTF8, guard.failureLine(), guard.failureColumn());
        } else {
            out.add(pathOf(parser), FormatProblems.LINE_TOO_LONG, guard.failureLine(), maxLine());
        }
        return true;
    }

    private JsonNode readValue(JsonParser parser, Violations out) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        JsonNode root = null;
        while (true) {
            JsonNode value = null;
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (isAlias(parser, out)) {
                        parser.skipChildren();
                        value = REPORTED;
                    } else {
                        ContainerNode<?> container = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                        attach(open, names, container);
                        if (root == null) {
                            root = container;
                        }
                        open.push(container);
                    }
                }
                case END_OBJECT, END_ARRAY -> open.pop();
                case FIELD_NAME -> {
                    String name = parser.currentName();
                    if (name.length() > limits.maxStringChars()) {
                        out.add(pathOf(parser), FormatProblems.STRING_TOO_LONG, limits.maxStringChars());
                        return null;
                    }
                    if (((ObjectNode) open.peek()).has(name)) {
                        out.add(pathOf(parser), FormatProblems.DUPLICATE_KEY, name);
                        parser.nextToken();
                        parser.skipChildren();
                    } else {
                        names.push(name);
                    }
                }
                default -> value = scalar(parser, token, out);
            }
            if (value != null) {
                if (open.isEmpty()) {
                    return value;
                }
                attach(open, names, value);
            }
            if (open.isEmpty()) {
                return root;
            }
            token = parser.nextToken();
            if (token == null) {
                // Jackson reports an unclosed container itself; this is a guard for parsers that do not.
                throw new IllegalStateException("Document ended inside an object or array");
            }
        }
    }

    private JsonNode scalar(JsonParser parser, JsonToken token, Violations out) throws IOException {
        if (isAlias(parser, out)) {
            return REPORTED;
        }
        return switch (token) {
            case VALUE_STRING -> text(parser, out);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, token, out);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> {
                out.add(pathOf(parser), FormatProblems.UNSUPPORTED_VALUE, EMBEDDED);
                yield REPORTED;
            }
        };
    }

    /** YAML's parser does not apply the string limit itself; the document limit bounds what it read. */
    private JsonNode text(JsonParser parser, Violations out) throws IOException {
        String text = parser.getText();
        if (text.length() > limits.maxStringChars()) {
            out.add(pathOf(parser), FormatProblems.STRING_TOO_LONG, limits.maxStringChars());
            return REPORTED;
        }
        return NODES.textNode(text);
    }

    private static JsonNode number(JsonParser parser, JsonToken token, Violations out) throws IOException {
        String text = parser.getText().toLowerCase(Locale.ROOT);
        if (parser.isNaN() || text.contains("nan") || text.contains("inf")) {
            out.add(pathOf(parser), FormatProblems.NOT_A_NUMBER);
            return REPORTED;
        }
        // YAML 1.1 also reads 010 (octal 8), 0x1f, 1_000 and 1:30 (sexagesimal 90) as numbers.
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            out.add(pathOf(parser), FormatProblems.NUMBER_FORM, safeText(parser));
            return REPORTED;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return NODES.numberNode(parser.getBigIntegerValue());
        }
        // Built directly: the node factory may strip trailing zeros, and 2.50 must stay 2.50.
        BigDecimal value = parser.getDecimalValue();
        // 1e999999999 has few digits but would take a lifetime to add or print.
        if (Math.abs((long) value.scale()) > MAX_NUMBER_DIGITS) {
            out.add(pathOf(parser), FormatProblems.NUMBER_TOO_LONG, MAX_NUMBER_DIGITS);
            return REPORTED;
        }
        // 1e1 is read as 10 (scale 0), not 1E+1: the same number, and it writes and reads back equal.
        return DecimalNode.valueOf(value.scale() < 0 ? value.setScale(0) : value);
    }

    private static boolean isAlias(JsonParser parser, Violations out) {
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            out.add(pathOf(parser), FormatProblems.YAML_ALIAS, safeText(parser));
            return true;
        }
        return false;
    }

    private static void attach(Deque<ContainerNode<?>> open, Deque<String> names, JsonNode value) {
        ContainerNode<?> parent = open.peek();
        if (parent instanceof ObjectNode object) {
            object.set(names.pop(), value);
        } else if (parent instanceof ArrayNode array) {
            array.add(value);
        }
    }

    private static void checkNothingFollows(JsonParser parser, Violations out) throws StreamConstraintsException {
        JsonLocation where;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            where = parser.currentTokenLocation();
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            where = e instanceof JsonProcessingException processing && processing.getLocation() != null
                    ? processing.getLocation() : parser.currentLocation();
        }
        out.add(Paths.ROOT, FormatProblems.TRAILING, where.getLineNr());
    }

    private void reportMalformed(JsonParser parser, Syntax syntax, JsonProcessingException e, Violations out) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String detail = detail(e.getOriginalMessage());
        if (detail.contains("Invalid UTF-8") || detail.contains("Invalid UTF-32")) {
            out.add(pathOf(parser), FormatProblems.NOT_UTF8, where.getLineNr(), where.getColumnNr());
            return;
        }
        if (detail.contains("NaN") || detail.contains("Infinity")) {
            out.add(pathOf(parser), FormatProblems.NOT_A_NUMBER);
            return;
        }
        if (detail.contains("Expected a field name")) {
            out.add(pathOf(parser), FormatProblems.YAML_KEY);
            return;
        }
        out.add(pathOf(parser), FormatProblems.MALFORMED, syntax.label(), where.getLineNr(), where.getColumnNr(),
                new Verbatim(detail));
    }

    private void reportYamlFailure(JsonParser parser, RuntimeException e, Violations out) {
        String detail = detail(e.getMessage());
        JsonLocation where = parser.currentLocation();
        if (detail.contains("code points") || detail.contains("exceeds the limit")) {
            out.add(Paths.ROOT, FormatProblems.DOCUMENT_TOO_LONG, limits.maxDocumentChars());
        } else if (detail.contains("Nesting Depth")) {
            out.add(pathOf(parser), FormatProblems.TOO_DEEP, limits.maxNesting());
        } else {
            out.add(pathOf(parser), FormatProblems.MALFORMED, Syntax.YAML.label(), where.getLineNr(), where.getColumnNr(),
                    new Verbatim(detail));
        }
    }

    /** Jackson says which limit was hit only in words; the limit itself is ours. */
    private void reportLimit(JsonParser parser, StreamConstraintsException e, Violations out) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("Number value length") || message.contains("Number length")) {
            out.add(pathOf(parser), FormatProblems.NUMBER_TOO_LONG, MAX_NUMBER_DIGITS);
        } else if (message.contains("Document length")) {
            out.add(pathOf(parser), FormatProblems.DOCUMENT_TOO_LONG, limits.maxDocumentChars());
        } else if (message.contains("nesting depth") || message.contains("Depth")) {
            out.add(pathOf(parser), FormatProblems.TOO_DEEP, limits.maxNesting());
        } else {
            out.add(pathOf(parser), FormatProblems.STRING_TOO_LONG, limits.maxStringChars());
        }
    }

    /** The JSON path of the parser's current position. */
    static String pathOf(JsonParser parser) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            chain.add(context);
        }
        String path = Paths.ROOT;
        for (int i = chain.size() - 1; i >= 0; i--) {
            JsonStreamContext context = chain.get(i);
            if (context.inArray()) {
                path = Paths.index(path, Math.max(0, context.getCurrentIndex()));
            } else if (context.getCurrentName() != null) {
                path = Paths.field(path, context.getCurrentName());
            }
        }
        return path;
    }

    private static String safeText(JsonParser parser) {
        try {
            return String.valueOf(parser.getText());
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The parser's explanation without its location lines and source snippets (SnakeYAML spreads
     * one over several lines: "while parsing …", " in 'reader', line 2 …", the snippet, "expected …").
     */
    private static String detail(String message) {
        StringBuilder text = new StringBuilder();
        for (String line : String.valueOf(message).split("\n")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("at [Source")) {
                continue;
            }
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(line.strip());
        }
        String result = text.length() == 0 ? "no detail given" : text.toString();
        return result.length() > MAX_DETAIL ? result.substring(0, MAX_DETAIL) + "…" : result;
    }

    /** The marker inside {@link #REPORTED}. */
    private static final class Reported {
        @Override
        public String toString() {
            return "(reported)";
        }
    }
}
