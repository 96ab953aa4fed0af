package dev.mofan.model.error;

/**
 * A kind of problem an input can have, with its stable code and message templates in English and
 * Simplified Chinese. Implemented by the enumerations of problems in each part of the library.
 *
 * <p>Templates use {@link String#format(java.util.Locale, String, Object...)} syntax with
 * {@code %s} placeholders only; {@link Violation#of(String, Problem, Object...)} fills them.
 * Codes are a public contract: hosts may map them to their own texts. They are never renamed.
 */
public interface Problem {

    /** The stable code, for example {@code org.parent.unknown}. */
    String code();

    /** The English message template. */
    String en();

    /** The Simplified Chinese message template. */
    String zh();
}
