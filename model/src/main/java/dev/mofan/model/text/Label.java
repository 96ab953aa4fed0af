package dev.mofan.model.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A name or title in Simplified Chinese and English, for example the name of an organisation
 * ({@code 省委办公厅} / {@code General Office of the Provincial Party Committee}).
 *
 * <p>Either text may be absent; a present text is never blank and at most {@value #MAX_LENGTH}
 * characters long. Immutable; equality covers both texts.
 *
 * @param zh the Simplified Chinese text, if any
 * @param en the English text, if any
 */
public record Label(Optional<String> zh, Optional<String> en) {

    /** The longest text a label holds, in UTF-16 code units. */
    public static final int MAX_LENGTH = 200;

    /** The label with neither text. */
    public static final Label NONE = new Label(Optional.empty(), Optional.empty());

    /**
     * Checks both texts: present ones must be non-blank and at most {@link #MAX_LENGTH} long.
     *
     * @param zh the Simplified Chinese text, if any
     * @param en the English text, if any
     */
    public Label {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        zh.ifPresent(text -> checkText("zh", text));
        en.ifPresent(text -> checkText("en", text));
    }

    /**
     * {@return a label with both texts}
     *
     * @param zh the Simplified Chinese text
     * @param en the English text
     */
    public static Label of(String zh, String en) {
        return new Label(Optional.of(zh), Optional.of(en));
    }

    /**
     * {@return a label with only its Chinese text}
     *
     * @param zh the Simplified Chinese text
     */
    public static Label zh(String zh) {
        return new Label(Optional.of(zh), Optional.empty());
    }

    /**
     * {@return a label with only its English text}
     *
     * @param en the English text
     */
    public static Label en(String en) {
        return new Label(Optional.empty(), Optional.of(en));
    }

    /** {@return whether neither text is present} */
    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /**
     * {@return the text in the given language, if present}
     *
     * @param language the language asked for
     */
    public Optional<String> in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /**
     * {@return the text to show a reader of the given language: that language's text, else the other
     * one, else the empty string}
     *
     * @param language the reader's language
     */
    public String text(Language language) {
        Language other = language == Language.ZH ? Language.EN : Language.ZH;
        return in(language).or(() -> in(other)).orElse("");
    }

    /** The English text for display, falling back to the Chinese one. */
    @Override
    public String toString() {
        return text(Language.EN);
    }

    private static void checkText(String which, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("Label text (" + which + ") must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Label text (" + which + ") is " + text.length()
                    + " characters long; at most " + MAX_LENGTH + " allowed");
        }
    }
}
