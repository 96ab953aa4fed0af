package dev.mofan.core.activity;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The activities of an org's subtree in a period, by kind: how many were held and how many took
 * part, such as 3,200 themed party days, or 65 training classes with 7,100 trainees.
 *
 * @param org the id of the org whose subtree is tallied
 * @param period the period's text, such as {@code 2026}
 * @param byKind the counts of each kind held, sorted by kind
 */
public record ActivityTally(String org, String period, Map<String, Count> byKind) {

    /**
     * Refuses nulls and keeps the kinds sorted.
     *
     * @param org the id of the org whose subtree is tallied
     * @param period the period's text, such as {@code 2026}
     * @param byKind the counts of each kind held, sorted by kind
     */
    public ActivityTally {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(period, "period");
        byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
    }

    /**
     * {@return the counts of {@code kind}: zero when none was held}
     *
     * @param kind the activity kind, such as {@code themed-party-day}
     */
    public Count of(String kind) {
        return byKind.getOrDefault(kind, Count.NONE);
    }

    /**
     * How many activities were held and how many took part in them.
     *
     * @param activities the activities held, 0 or more
     * @param participants their participants added up, 0 or more
     */
    public record Count(long activities, long participants) {

        /** No activity. */
        public static final Count NONE = new Count(0, 0);

        /**
         * Checks both are 0 or more.
         *
         * @param activities the activities held, 0 or more
         * @param participants their participants added up, 0 or more
         */
        public Count {
            if (activities < 0 || participants < 0) {
                throw new IllegalArgumentException("counts are 0 or more");
            }
        }

        /**
         * {@return this and {@code other} added up}
         *
         * @param other the counts to add
         */
        public Count plus(Count other) {
            return new Count(activities + other.activities, participants + other.participants);
        }
    }
}
