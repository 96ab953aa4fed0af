package dev.mofan.model.activity;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One activity held by an org, such as a themed party day (主题党日) or a training class (培训班).
 *
 * @param id the activity's id, unique in its log
 * @param org the org that held it
 * @param kind what kind of activity, a free id such as {@code themed-party-day}, {@code training}
 *     or {@code lecture}
 * @param date the day it was held
 * @param participants how many took part, 0 or more
 * @param title its title, in both languages; {@link Label#NONE} when none was given
 */
public record Activity(String id, String org, String kind, LocalDate date, long participants, Label title) {

    /** The most participants one activity may have: far more than any organ holds. */
    public static final long MAX_PARTICIPANTS = 10_000_000;

    /**
     * Checks every part.
     *
     * @param id the activity's id, unique in its log
     * @param org the org that held it
     * @param kind what kind of activity, a free id such as {@code themed-party-day}, {@code training} or
     *     {@code lecture}
     * @param date the day it was held
     * @param participants how many took part, 0 or more
     * @param title its title, in both languages; {@link Label#NONE} when none was given
     */
    public Activity {
        Identifiers.require(id, "activity id");
        Identifiers.require(org, "org");
        Identifiers.require(kind, "activity kind");
        Objects.requireNonNull(date, "date");
        if (participants < 0 || participants > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("participants must be 0 to " + MAX_PARTICIPANTS + " but was "
                    + participants);
        }
        Objects.requireNonNull(title, "title");
    }
}
