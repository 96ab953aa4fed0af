package dev.mofan.model.error;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import dev.mofan.model.text.Term;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in an input: where ({@code path}), which rule ({@code code}) and what is wrong,
 * in English and Simplified Chinese.
 *
 * <p>The path is a JSON path from the document's root, for example {@code $.orgs[41].parent};
 * for objects built in code it is the path the same value would have in the written document.
 *
 * @param path where the problem is, as a JSON path starting with {@code $}
 * @param code the stable code of the rule broken (see {@link Problem#code()})
 * @param message the message in English
 * @param messageZh the message in Simplified Chinese
 * @serial exclude
 */
// "@serial exclude" keeps this record off javadoc's Serialized Form page only; serialization is unchanged (a
// record's serial form is its components). Javadoc 17 warns there about the components' private fields
// (JDK-8275199, fixed in JDK 18).
public record Violation(String path, String code, String message, String messageZh) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest piece of input echoed inside a message; longer values are cut with an ellipsis. */
    public static final int MAX_ECHO = 80;

    /**
     * Checks that every part is present.
     *
     * @param path where the problem is, as a JSON path starting with {@code $}
     * @param code the stable code of the rule broken (see {@link Problem#code()})
     * @param message the message in English
     * @param messageZh the message in Simplified Chinese
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageZh, "messageZh");
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("A violation's path must start with '$' but was '" + path + "'");
        }
    }

    /**
     * {@return a violation of {@code problem} at {@code path}, its templates filled with {@code args}}
     *
     * <p>A {@link Label} argument is shown in the message's language; a {@link Term} by its id in
     * English (the word a document uses) and by its Chinese name in Chinese; a {@link Verbatim}
     * as it is; other strings are echoed with control
     * characters escaped and cut at {@value #MAX_ECHO} characters, so that a hostile value never
     * breaks the one-line form.
     *
     * @param path where the problem is, as a JSON path starting with {@code $}
     * @param problem the kind of problem, whose code and templates are used
     * @param args the values that fill the templates' placeholders, in order
     */
    public static Violation of(String path, Problem problem, Object... args) {
        return new Violation(path, problem.code(),
                fill(problem.en(), Language.EN, args), fill(problem.zh(), Language.ZH, args));
    }

    /**
     * {@return the message in the given language}
     *
     * @param language the language asked for
     */
    public String message(Language language) {
        return language == Language.ZH ? messageZh : message;
    }

    /**
     * {@return the one-line form {@code path: message} in the given language}
     *
     * @param language the language of the message
     */
    public String line(Language language) {
        return path + ": " + message(language);
    }

    /** The one-line form in English. */
    @Override
    public String toString() {
        return line(Language.EN);
    }

    /**
     * {@return a value from the input made safe to show inside a one-line message}
     *
     * @param value the value as the input gave it
     */
    public static String echo(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_ECHO) + 8);
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown == MAX_ECHO) {
                out.append('…');
                break;
            }
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
            shown++;
        }
        return out.toString();
    }

    private static String fill(String template, Language language, Object[] args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Label label) {
                shown[i] = label.text(language);
            } else if (arg instanceof Term term) {
                shown[i] = language == Language.ZH ? term.label().text(language) : term.id();
            } else if (arg instanceof Verbatim verbatim) {
                shown[i] = verbatim.text();
            } else if (arg instanceof String text) {
                shown[i] = echo(text);
            } else {
                shown[i] = String.valueOf(arg);
            }
        }
        return String.format(Locale.ROOT, template, shown);
    }

    /**
     * A message argument shown as it is, in both languages: text the library produced itself,
     * such as the list of allowed values, never a value from the input.
     *
     * @param text the text, shown as it is
     * @serial exclude
     */
    // "@serial exclude" for the same reason as on Violation (JDK-8275199).
    public record Verbatim(String text) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Checks the text is present.
         *
         * @param text the text, shown as it is
         */
        public Verbatim {
            Objects.requireNonNull(text, "text");
        }
    }
}
