package dev.mofan.model.error;

import dev.mofan.model.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when an input (a document, or objects built in code) breaks one or more rules. Carries
 * every problem found, not just the first, in a stable order: by section of the document, then
 * by position.
 *
 * <p>A hostile input can hold millions of problems; at most a bounded number are listed (1,000
 * by default) and {@link #unlisted()} counts the rest, so that the report stays readable and
 * memory stays small.
 */
public class ValidationException extends MofanException {

    private static final long serialVersionUID = 1L;

    /** The problems listed, in document order. */
    private final ArrayList<Violation> violations;
    /** How many further problems were found but not listed. */
    private final int unlisted;

    /**
     * An exception listing {@code violations} (at least one) and counting {@code unlisted} further
     * problems that were found but not kept.
     *
     * @param violations the problems to list, at least one, in document order
     * @param unlisted how many further problems were found but not kept, 0 or more
     */
    public ValidationException(List<Violation> violations, int unlisted) {
        super(summary(violations, unlisted));
        this.violations = new ArrayList<>(List.copyOf(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A ValidationException needs at least one violation");
        }
        if (unlisted < 0) {
            throw new IllegalArgumentException("unlisted must be >= 0 but was " + unlisted);
        }
        this.unlisted = unlisted;
    }

    /**
     * An exception listing every one of {@code violations}.
     *
     * @param violations the problems, at least one, in document order
     */
    public ValidationException(List<Violation> violations) {
        this(violations, 0);
    }

    /** {@return the problems listed, in document order} */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** {@return how many further problems were found but not listed} */
    public int unlisted() {
        return unlisted;
    }

    /** {@return how many problems were found in all} */
    public int total() {
        return violations.size() + unlisted;
    }

    /**
     * {@return one line per problem ({@code path: message}) in the given language, plus a last line
     * {@code $: N more problems not listed} when some were not listed}
     *
     * @param language the language of the messages
     */
    public List<String> lines(Language language) {
        List<String> lines = new ArrayList<>(violations.size() + 1);
        for (Violation violation : violations) {
            lines.add(violation.line(language));
        }
        if (unlisted > 0) {
            lines.add(language == Language.ZH
                    ? "$: 另有 " + unlisted + " 个问题未列出"
                    : "$: " + unlisted + " more problems not listed");
        }
        return lines;
    }

    private static String summary(List<Violation> violations, int unlisted) {
        Objects.requireNonNull(violations, "violations");
        int total = violations.size() + unlisted;
        StringBuilder message = new StringBuilder()
                .append(total).append(total == 1 ? " problem" : " problems");
        int shown = Math.min(violations.size(), 20);
        for (int i = 0; i < shown; i++) {
            message.append(System.lineSeparator()).append(violations.get(i).line(Language.EN));
        }
        if (total > shown) {
            message.append(System.lineSeparator()).append("… and ").append(total - shown).append(" more");
        }
        return message.toString();
    }
}
