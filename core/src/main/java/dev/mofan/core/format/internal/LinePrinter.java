package dev.mofan.core.format.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Lays out a document one entry per line: the top-level object and its arrays are spread over
 * lines and indented, everything deeper stays on its entry's line. A document of fifty thousand
 * members stays fifty thousand lines, easy to read and to diff. Line breaks are always {@code \n}.
 *
 * <p>Stateful: one instance per generator.
 */
final class LinePrinter implements PrettyPrinter {

    private static final int SPREAD_LEVELS = 2;

    private int level;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        breakLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        breakLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, values, ']');
    }

    private boolean spread() {
        return level <= SPREAD_LEVELS;
    }

    private void breakLine(JsonGenerator g) throws IOException {
        if (spread()) {
            g.writeRaw('\n');
            g.writeRaw("  ".repeat(level));
        }
    }

    private void open(JsonGenerator g, char bracket) throws IOException {
        g.writeRaw(bracket);
        level++;
    }

    private void separate(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (spread()) {
            breakLine(g);
        } else {
            g.writeRaw(' ');
        }
    }

    private void close(JsonGenerator g, int entries, char bracket) throws IOException {
        boolean wasSpread = spread();
        level--;
        if (wasSpread && entries > 0) {
            g.writeRaw('\n');
            g.writeRaw("  ".repeat(level));
        }
        g.writeRaw(bracket);
    }
}
