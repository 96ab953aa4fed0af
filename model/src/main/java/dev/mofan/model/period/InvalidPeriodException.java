package dev.mofan.model.period;

import dev.mofan.model.error.MofanException;
import java.util.Objects;

/** Thrown by {@link Period#parse(String)} for a text that is not a period; carries the text. */
public class InvalidPeriodException extends MofanException {

    private static final long serialVersionUID = 1L;

    /** The text that is not a period. */
    private final String text;

    /**
     * An exception for {@code text}, explaining the accepted forms.
     *
     * @param text the text that is not a period
     */
    public InvalidPeriodException(String text) {
        super("[" + text + "] is not a period: " + Period.FORMS.en().orElseThrow());
        this.text = Objects.requireNonNull(text, "text");
    }

    /** {@return the text that is not a period} */
    public String text() {
        return text;
    }
}
