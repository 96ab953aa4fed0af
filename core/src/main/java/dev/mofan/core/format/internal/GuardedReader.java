package dev.mofan.core.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the YAML parser reads through: strict UTF-8 (the parser's own decoding would replace bad
 * bytes, silently turning a GBK file into question marks), a byte-order mark skipped, and lines
 * no longer than a limit. SnakeYAML scans a long line in time that grows with its square, so a
 * 100 MB line would take minutes and gigabytes before any string limit could look at it.
 *
 * <p>When it stops, it remembers why and where ({@link #failure()}), because the parser wraps
 * the exception in its own.
 */
final class GuardedReader extends Reader {

    /** Why reading stopped. */
    enum Failure {
        NONE, NOT_UTF8, LINE_TOO_LONG
    }

    private final InputStream in;
    private final String text;
    private final long maxLine;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean started;
    private int textPosition;
    private int line = 1;
    private long column;
    private Failure failure = Failure.NONE;
    private int failureLine;
    private long failureColumn;

    private GuardedReader(InputStream in, String text, long maxLine) {
        this.in = in;
        this.text = text;
        this.maxLine = maxLine;
    }

    /** A reader of UTF-8 bytes. */
    static GuardedReader of(InputStream in, long maxLine) {
        return new GuardedReader(in, null, maxLine);
    }

    /** A reader of text already decoded. */
    static GuardedReader of(String text, long maxLine) {
        return new GuardedReader(null, text, maxLine);
    }

    Failure failure() {
        return failure;
    }

    /** The line where reading stopped, counting from 1. */
    int failureLine() {
        return failureLine;
    }

    /** The column where reading stopped, counting from 1. */
    long failureColumn() {
        return failureColumn;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (failure != Failure.NONE) {
            throw new Stop();
        }
        int read = text != null ? readText(buffer, offset, length) : readBytes(buffer, offset, length);
        if (!started && read > 0) {
            started = true;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, read - 1);
                read--;
                if (read == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        if (read > 0) {
            count(buffer, offset, read);
        }
        return read;
    }

    private int readText(char[] buffer, int offset, int length) {
        if (textPosition >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - textPosition);
        text.getChars(textPosition, textPosition + n, buffer, offset);
        textPosition += n;
        return n;
    }

    private int readBytes(char[] buffer, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            int produced = out.position() - offset;
            if (result.isError()) {
                if (produced > 0) {
                    return produced;
                }
                stop(Failure.NOT_UTF8, column + 1);
            }
            if (produced > 0) {
                return produced;
            }
            if (endOfInput) {
                decoder.flush(out);
                produced = out.position() - offset;
                return produced > 0 ? produced : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    private void count(char[] buffer, int offset, int length) throws Stop {
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 0;
            } else if (++column > maxLine) {
                stop(Failure.LINE_TOO_LONG, column);
            }
        }
    }

    private void stop(Failure why, long where) throws Stop {
        failure = why;
        failureLine = line;
        failureColumn = where;
        throw new Stop();
    }

    /** Leaves the underlying stream open: whoever opened it closes it. */
    @Override
    public void close() {
        // nothing of our own to release
    }

    /** Thrown to stop the parser; the reason is kept in the reader. */
    static final class Stop extends IOException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("input refused: see the reader's failure");
        }
    }
}
