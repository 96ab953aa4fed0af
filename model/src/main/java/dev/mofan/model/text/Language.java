package dev.mofan.model.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The two languages every label and message of the library comes in.
 *
 * <p>English is the default everywhere; Simplified Chinese is chosen per call (for example
 * {@code mofan validate --lang zh}).
 */
public enum Language {
    /** English. */
    EN("en"),
    /** Simplified Chinese (简体中文). */
    ZH("zh");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** {@return the code used on the command line and in documents: {@code en} or {@code zh}} */
    public String code() {
        return code;
    }

    /**
     * {@return the language for a code such as {@code zh}, {@code ZH} or {@code zh-CN}; only the primary
     * subtag is read}
     *
     * @param code the code; {@code null} or an unknown code gives empty
     */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash < 0) {
            dash = primary.indexOf('_');
        }
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
