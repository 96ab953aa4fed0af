package dev.mofan.model.error;

/**
 * The root of every exception the library throws on purpose. Unchecked: a caller catches it at
 * the boundary of its own request (a portal page, a batch job) and shows the message.
 */
public abstract class MofanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that names the offending value and the rule it broke.
     *
     * @param message the message
     */
    protected MofanException(String message) {
        super(message);
    }

    /**
     * An exception with a message and the lower-level cause.
     *
     * @param message the message
     * @param cause the lower-level exception that led to this one
     */
    protected MofanException(String message, Throwable cause) {
        super(message, cause);
    }
}
