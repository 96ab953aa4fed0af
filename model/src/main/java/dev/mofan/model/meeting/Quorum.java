package dev.mofan.model.meeting;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;

/**
 * The share of those expected who must be present for a meeting to count (法定人数): more than half
 * ({@code moreThan: 1/2}, a committee meeting's rule) or at least a share ({@code atLeast: 2/3}).
 * The share is kept as a fraction and compared exactly: 5 of 10 is not more than half, 6 of 10 is.
 *
 * @param numerator the share's numerator, 0 or more
 * @param denominator the share's denominator, 1 or more, at least the numerator
 * @param strict true for "more than", false for "at least"
 */
public record Quorum(long numerator, long denominator, boolean strict) {

    /** The largest numerator or denominator: enough for any share people write. */
    public static final long MAX_TERM = 1_000_000;

    /** More than half of those expected. */
    public static final Quorum MORE_THAN_HALF = new Quorum(1, 2, true);

    /**
     * Checks the share lies in [0, 1].
     *
     * @param numerator the share's numerator, 0 or more
     * @param denominator the share's denominator, 1 or more, at least the numerator
     * @param strict true for "more than", false for "at least"
     */
    public Quorum {
        if (denominator < 1 || denominator > MAX_TERM || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("A quorum is a share from 0/1 to 1/1 with terms up to " + MAX_TERM
                    + ", not " + numerator + "/" + denominator);
        }
    }

    /**
     * {@return whether {@code present} of {@code expected} meet this quorum}
     *
     * @param present how many were present
     * @param expected how many were expected
     */
    public boolean metBy(long present, long expected) {
        long have = present * denominator;
        long need = expected * numerator;
        return strict ? have > need : have >= need;
    }

    /** {@return the rule as written: {@code more than 1/2} or {@code at least 2/3}} */
    public String text() {
        return label().text(Language.EN);
    }

    /** {@return the rule in both languages: 超过 1/2 / more than 1/2} */
    public Label label() {
        String share = numerator + "/" + denominator;
        return strict ? Label.of("超过 " + share, "more than " + share) : Label.of("不少于 " + share, "at least " + share);
    }
}
