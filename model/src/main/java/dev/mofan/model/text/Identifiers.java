package dev.mofan.model.text;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rule for every id and tag in mofan documents: 1 to {@value #MAX_LENGTH} characters, ASCII
 * letters, digits, {@code .}, {@code _}, {@code :} and {@code -}, starting with a letter or digit.
 *
 * <p>The rule keeps ids safe in file names, URLs, CSV cells and log lines, and accepts the usual
 * host keys: numbers ({@code 10023}), codes ({@code gs.fgw-01}) and UUIDs.
 */
public final class Identifiers {

    /** The longest id, in characters. */
    public static final int MAX_LENGTH = 64;

    /** The rule as a regular expression, for JSON Schemas and forms; {@link #isValid} agrees with it. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /** The rule in words, for messages. */
    public static final Label RULE = Label.of(
            "1–64 个字符，仅限 ASCII 字母、数字、'.'、'_'、':'、'-'，以字母或数字开头",
            "1–64 characters: ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or digit");

    private Identifiers() {
    }

    /**
     * {@return whether {@code text} follows the id rule}
     *
     * @param text the text to check; {@code null} is not an id
     */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        if (!isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code text} if it follows the id rule.
     *
     * @param text the id to check
     * @param what what the id names, for the message (for example {@code "org id"})
     * @return {@code text}, unchanged
     * @throws IllegalArgumentException naming the value and the rule otherwise
     */
    public static String require(String text, String what) {
        if (!isValid(text)) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a valid id: " + RULE.text(Language.EN));
        }
        return text;
    }

    /**
     * An unmodifiable, sorted copy of {@code ids}, each checked by {@link #require(String, String)}.
     *
     * @param ids the ids to copy
     * @param what what the ids name, for the message (for example {@code "subject kind"})
     * @return the ids in their natural order, unmodifiable
     * @throws IllegalArgumentException if an id breaks the rule or appears twice
     */
    public static SortedSet<String> sortedCopy(Collection<String> ids, String what) {
        TreeSet<String> copy = new TreeSet<>();
        for (String id : ids) {
            if (!copy.add(require(id, what))) {
                throw new IllegalArgumentException(what + " '" + id + "' appears twice");
            }
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
