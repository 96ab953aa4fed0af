package dev.mofan.model.error;

import java.util.Objects;

/**
 * A kind of problem an input can have: its stable code and its message templates in English and
 * Simplified Chinese. The library's problems are constants of small catalogue classes (one per
 * part of the library); a plug-in may declare its own.
 *
 * <p>Templates use {@link String#format(java.util.Locale, String, Object...)} syntax with
 * {@code %s} placeholders (positional {@code %1$s} where a language needs another order);
 * {@link Violation#of(String, Problem, Object...)} fills them. Codes are a public contract: hosts
 * may map them to their own texts, and they are never renamed.
 *
 * @param code the stable code, lower case, words joined by dots or hyphens ({@code org.parent.unknown})
 * @param en the English message template
 * @param zh the Simplified Chinese message template
 */
public record Problem(String code, String en, String zh) {

    /**
     * Checks the code's form and that both templates are present.
     *
     * @param code the stable code, lower case, words joined by dots or hyphens ({@code org.parent.unknown})
     * @param en the English message template
     * @param zh the Simplified Chinese message template
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (!code.matches("[a-z][a-z0-9]*([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("A problem code is lower-case words joined by '.' or '-', but was '"
                    + code + "'");
        }
    }
}
