package dev.mofan.model.task;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a task's work is due: a number of days after each period of its cadence ends (0: by the
 * period's last day), or, for a task done once, a date.
 */
public sealed interface Deadline {

    /** The most days after a period a deadline may give: a year. */
    int MAX_DAYS = 366;

    /**
     * Due {@code days} days after each period of the task's cadence ends.
     *
     * @param days how many days after the period's end, 0 (its last day) to {@value Deadline#MAX_DAYS}
     */
    record AfterPeriod(int days) implements Deadline {
        /**
         * Checks that the days are 0 to {@value Deadline#MAX_DAYS}.
         *
         * @param days how many days after the period's end, 0 (its last day) to {@value Deadline#MAX_DAYS}
         */
        public AfterPeriod {
            if (days < 0 || days > MAX_DAYS) {
                throw new IllegalArgumentException("days must be 0 to " + MAX_DAYS + " but was " + days);
            }
        }
    }

    /**
     * Due on {@code date}.
     *
     * @param date the day it is due
     */
    record OnDate(LocalDate date) implements Deadline {
        /**
         * Checks that the date is present.
         *
         * @param date the day it is due
         */
        public OnDate {
            Objects.requireNonNull(date, "date");
        }
    }
}
