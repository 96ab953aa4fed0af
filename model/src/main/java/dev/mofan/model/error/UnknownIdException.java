package dev.mofan.model.error;

import java.util.Objects;

/**
 * Thrown when code asks for something by an id that does not exist, for example
 * {@code tree.get("b-404")}. Lookups that may miss return {@link java.util.Optional} instead;
 * this is for the methods that promise a result.
 */
public class UnknownIdException extends MofanException {

    private static final long serialVersionUID = 1L;

    /** The id that was not found. */
    private final String id;
    /** What kind of thing was looked up, for example {@code "org"}. */
    private final String what;

    /**
     * @param what what kind of thing was looked up, for example {@code "org"}
     * @param id the id that was not found
     */
    public UnknownIdException(String what, String id) {
        super("Unknown " + what + " [" + id + "]");
        this.what = Objects.requireNonNull(what, "what");
        this.id = Objects.requireNonNull(id, "id");
    }

    /** {@return the id that was not found} */
    public String id() {
        return id;
    }

    /** {@return what kind of thing was looked up, for example {@code "org"}} */
    public String what() {
        return what;
    }
}
