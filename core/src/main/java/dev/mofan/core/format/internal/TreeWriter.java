package dev.mofan.core.format.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.mofan.core.format.Syntax;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a document tree as UTF-8 JSON (laid out by {@link LinePrinter}) or YAML, ending with a newline. */
public final class TreeWriter {

    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory());
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new CautiousQuoting())
            .build());

    private TreeWriter() {
    }

    /**
     * Writes {@code tree} to {@code out}, which stays open.
     *
     * @param tree the document's tree
     * @param syntax JSON or YAML
     * @param out the stream to write to, UTF-8
     * @throws IOException if writing to the stream fails
     */
    public static void write(JsonNode tree, Syntax syntax, OutputStream out) throws IOException {
        if (syntax == Syntax.YAML) {
            try (JsonGenerator generator = YAML.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                YAML.writeTree(generator, tree);
            }
            return;
        }
        try (JsonGenerator generator = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(new LinePrinter());
            JSON.writeTree(generator, tree);
            generator.writeRaw('\n');
        }
    }

    /**
     * Double-quotes every string that a YAML reader could take for something else or read back
     * differently. The default checker leaves {@code 0x1F}, {@code 1e3}, {@code 1_000} and
     * {@code .nan} bare, which YAML then reads as numbers; and a string with a control character
     * or NEL (U+0085, a line break to YAML) left bare or single-quoted comes back with spaces in
     * its place. Double quotes escape them.
     */
    private static final class CautiousQuoting extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return value.isEmpty() || "0123456789+-.".indexOf(value.charAt(0)) >= 0 || hasSpecialCharacter(value)
                    || super.needToQuoteValue(value);
        }

        private static boolean hasSpecialCharacter(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                    return true;
                }
            }
            return false;
        }
    }
}
