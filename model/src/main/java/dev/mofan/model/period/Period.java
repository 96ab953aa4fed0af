package dev.mofan.model.period;

import dev.mofan.model.text.Label;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An assessment period: a calendar year, half-year, quarter or month, or a multi-year cycle.
 *
 * <p><b>Text form</b> (one per period; {@link #parse} accepts exactly what {@link #text()}
 * writes): {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-07}, {@code 2024..2026}.
 * Years run from {@value #MIN_YEAR} to {@value #MAX_YEAR}; a cycle spans at least two years.
 *
 * <p><b>Containment</b> is by dates: a period contains another when the other's days all lie
 * inside it ({@code 2026} contains {@code 2026-Q3} and {@code 2026-07}; {@code 2024..2026}
 * contains {@code 2025}; every period contains itself).
 *
 * <p><b>Order</b>: by first day, then longer first ({@code 2026} &lt; {@code 2026-H1} &lt;
 * {@code 2026-Q1} &lt; {@code 2026-01} &lt; {@code 2026-Q2}). Consistent with {@code equals}: no
 * two different periods share both first and last day.
 *
 * <p>The name is the domain's; it is not {@link java.time.Period}, an amount of time.
 * Implementations are immutable records.
 */
public sealed interface Period extends Comparable<Period>
        permits Period.Year, Period.HalfYear, Period.Quarter, Period.Month, Period.Cycle {

    /** The first year a period may lie in. */
    int MIN_YEAR = 1000;

    /** The last year a period may lie in. */
    int MAX_YEAR = 9999;

    /** The accepted text forms, for messages. */
    Label FORMS = Label.of(
            "应为 2026、2026-H1、2026-Q3、2026-07 或 2024..2026 之一的形式（年份 1000–9999）",
            "use one of the forms 2026, 2026-H1, 2026-Q3, 2026-07 or 2024..2026 (years 1000–9999)");

    /** {@return the kind of this period} */
    PeriodKind kind();

    /** {@return the first day} */
    LocalDate start();

    /** {@return the last day (inclusive)} */
    LocalDate end();

    /** {@return the text form, such as {@code 2026-Q3}} */
    String text();

    /**
     * {@return the period of the same kind and length right after this one}
     *
     * @throws DateTimeException past year {@value #MAX_YEAR}
     */
    Period next();

    /**
     * {@return the period of the same kind and length right before this one}
     *
     * @throws DateTimeException before year {@value #MIN_YEAR}
     */
    Period previous();

    /**
     * {@return whether every day of {@code other} lies in this period}
     *
     * @param other the period that may lie inside
     */
    default boolean contains(Period other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * {@return whether {@code date} lies in this period}
     *
     * @param date the day
     */
    default boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * {@return whether the two periods share at least one day}
     *
     * @param other the other period
     */
    default boolean overlaps(Period other) {
        return !other.end().isBefore(start()) && !other.start().isAfter(end());
    }

    /**
     * {@return this period cut into consecutive periods of a finer (or the same) kind: a year into its four
     * quarters, a cycle into its years, a quarter into its months}
     *
     * @param kind the kind of the parts
     * @throws IllegalArgumentException if {@code kind} does not tile this period (a quarter into
     *     years; anything but a cycle into cycles)
     */
    default List<Period> split(PeriodKind kind) {
        if (kind == PeriodKind.CYCLE) {
            if (this instanceof Cycle) {
                return List.of(this);
            }
            throw new IllegalArgumentException("A " + kind().id() + " cannot be split into cycles");
        }
        Period first = containing(start(), kind);
        if (!first.start().equals(start()) || first.end().isAfter(end())) {
            throw new IllegalArgumentException(text() + " cannot be split into " + kind.id() + "s");
        }
        List<Period> parts = new ArrayList<>();
        for (Period part = first; ; part = part.next()) {
            parts.add(part);
            if (part.end().equals(end())) {
                return List.copyOf(parts);
            }
        }
    }

    /** By first day, then longer first. */
    @Override
    default int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /** The order of {@link #compareTo}. */
    Comparator<Period> ORDER = Comparator.comparing(Period::start).thenComparing(Period::end, Comparator.reverseOrder());

    /**
     * {@return the year {@code year}}
     *
     * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     */
    static Year year(int year) {
        return new Year(year);
    }

    /**
     * {@return half {@code half} (1 or 2) of {@code year}}
     *
     * @param year the year
     * @param half 1 (January–June) or 2 (July–December)
     */
    static HalfYear half(int year, int half) {
        return new HalfYear(year, half);
    }

    /**
     * {@return quarter {@code quarter} (1 to 4) of {@code year}}
     *
     * @param year the year
     * @param quarter 1 to 4
     */
    static Quarter quarter(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    /**
     * {@return month {@code month} (1 to 12) of {@code year}}
     *
     * @param year the year
     * @param month 1 to 12
     */
    static Month month(int year, int month) {
        return new Month(year, month);
    }

    /**
     * {@return the cycle from {@code firstYear} to {@code lastYear}, both included}
     *
     * @param firstYear the first year
     * @param lastYear the last year, after the first
     */
    static Cycle cycle(int firstYear, int lastYear) {
        return new Cycle(firstYear, lastYear);
    }

    /**
     * {@return the period of a kind that contains {@code date}} Cycles are declared by schemes, not
     * derived from dates, so {@link PeriodKind#CYCLE} is refused.
     *
     * @param date the day
     * @param kind the period's kind, not {@link PeriodKind#CYCLE}
     */
    static Period containing(LocalDate date, PeriodKind kind) {
        int y = date.getYear();
        int m = date.getMonthValue();
        return switch (kind) {
            case YEAR -> year(y);
            case HALF_YEAR -> half(y, (m + 5) / 6);
            case QUARTER -> quarter(y, (m + 2) / 3);
            case MONTH -> month(y, m);
            case CYCLE -> throw new IllegalArgumentException("Cycles are declared, not derived from a date");
        };
    }

    /**
     * {@return the period written as {@code text}}
     *
     * @param text the text, such as {@code 2026-Q3}
     * @throws InvalidPeriodException if {@code text} is not in one of the forms
     */
    static Period parse(String text) {
        return tryParse(text).orElseThrow(() -> new InvalidPeriodException(String.valueOf(text)));
    }

    /**
     * {@return the period written as {@code text}, or empty if it is not one}
     *
     * @param text the text, such as {@code 2026-Q3}; {@code null} gives empty
     */
    static Optional<Period> tryParse(String text) {
        if (text == null || text.length() < 4 || text.length() > 10) {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        if (year < MIN_YEAR) {
            return Optional.empty();
        }
        if (text.length() == 4) {
            return Optional.of(year(year));
        }
        if (text.length() == 10 && text.startsWith("..", 4)) {
            int last = digits(text, 6, 10);
            return last > year ? Optional.of(cycle(year, last)) : Optional.empty();
        }
        if (text.length() != 7 || text.charAt(4) != '-') {
            return Optional.empty();
        }
        char marker = text.charAt(5);
        int number = digits(text, 6, 7);
        if (marker == 'H' && number >= 1 && number <= 2) {
            return Optional.of(half(year, number));
        }
        if (marker == 'Q' && number >= 1 && number <= 4) {
            return Optional.of(quarter(year, number));
        }
        int month = digits(text, 5, 7);
        return month >= 1 && month <= 12 ? Optional.of(month(year, month)) : Optional.empty();
    }

    /** The number written by the ASCII digits {@code text[from, to)}, or -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
    }

    private static void checkRange(String what, int value, int max) {
        if (value < 1 || value > max) {
            throw new DateTimeException(what + " must be 1 to " + max + " but was " + value);
        }
    }

    /**
     * A calendar year, {@code 2026}.
     *
     * @param year the year
     */
    record Year(int year) implements Period {

        /**
         * Checks the year's range.
         *
         * @param year the year
         */
        public Year {
            checkYear(year);
        }

        @Override
        public PeriodKind kind() {
            return PeriodKind.YEAR;
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, 1, 1);
        }

        @Override
        public LocalDate end() {
            return LocalDate.of(year, 12, 31);
        }

        @Override
        public String text() {
            return Integer.toString(year);
        }

        @Override
        public Year next() {
            return new Year(year + 1);
        }

        @Override
        public Year previous() {
            return new Year(year - 1);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * A half-year, {@code 2026-H1} (January–June) or {@code 2026-H2} (July–December).
     *
     * @param year the year
     * @param half 1 or 2
     */
    record HalfYear(int year, int half) implements Period {

        /**
         * Checks the year's range and the half.
         *
         * @param year the year
         * @param half 1 or 2
         */
        public HalfYear {
            checkYear(year);
            checkRange("Half", half, 2);
        }

        @Override
        public PeriodKind kind() {
            return PeriodKind.HALF_YEAR;
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, half * 6 - 5, 1);
        }

        @Override
        public LocalDate end() {
            return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        }

        @Override
        public String text() {
            return year + "-H" + half;
        }

        @Override
        public HalfYear next() {
            return half == 2 ? new HalfYear(year + 1, 1) : new HalfYear(year, 2);
        }

        @Override
        public HalfYear previous() {
            return half == 1 ? new HalfYear(year - 1, 2) : new HalfYear(year, 1);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * A calendar quarter, {@code 2026-Q3} (July–September).
     *
     * @param year the year
     * @param quarter 1 to 4
     */
    record Quarter(int year, int quarter) implements Period {

        /**
         * Checks the year's range and the quarter.
         *
         * @param year the year
         * @param quarter 1 to 4
         */
        public Quarter {
            checkYear(year);
            checkRange("Quarter", quarter, 4);
        }

        @Override
        public PeriodKind kind() {
            return PeriodKind.QUARTER;
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, quarter * 3 - 2, 1);
        }

        @Override
        public LocalDate end() {
            return start().plusMonths(3).minusDays(1);
        }

        @Override
        public String text() {
            return year + "-Q" + quarter;
        }

        @Override
        public Quarter next() {
            return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
        }

        @Override
        public Quarter previous() {
            return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * A calendar month, {@code 2026-07}.
     *
     * @param year the year
     * @param month 1 to 12
     */
    record Month(int year, int month) implements Period {

        /**
         * Checks the year's range and the month.
         *
         * @param year the year
         * @param month 1 to 12
         */
        public Month {
            checkYear(year);
            checkRange("Month", month, 12);
        }

        @Override
        public PeriodKind kind() {
            return PeriodKind.MONTH;
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, month, 1);
        }

        @Override
        public LocalDate end() {
            return start().plusMonths(1).minusDays(1);
        }

        @Override
        public String text() {
            return year + (month < 10 ? "-0" : "-") + month;
        }

        @Override
        public Month next() {
            return month == 12 ? new Month(year + 1, 1) : new Month(year, month + 1);
        }

        @Override
        public Month previous() {
            return month == 1 ? new Month(year - 1, 12) : new Month(year, month - 1);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * A multi-year cycle, {@code 2024..2026}: the years from {@code firstYear} to {@code lastYear},
     * both included, at least two of them. {@link #next()} is the following block of the same
     * length ({@code 2027..2029}).
     *
     * @param firstYear the first year
     * @param lastYear the last year, after the first
     */
    record Cycle(int firstYear, int lastYear) implements Period {

        /**
         * Checks both years' range and that the cycle spans at least two years.
         *
         * @param firstYear the first year
         * @param lastYear the last year, after the first
         */
        public Cycle {
            checkYear(firstYear);
            checkYear(lastYear);
            if (lastYear <= firstYear) {
                throw new DateTimeException("A cycle spans at least two years, but " + firstYear + ".." + lastYear
                        + " does not");
            }
        }

        /** {@return the number of years in the cycle} */
        public int years() {
            return lastYear - firstYear + 1;
        }

        @Override
        public PeriodKind kind() {
            return PeriodKind.CYCLE;
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(firstYear, 1, 1);
        }

        @Override
        public LocalDate end() {
            return LocalDate.of(lastYear, 12, 31);
        }

        @Override
        public String text() {
            return firstYear + ".." + lastYear;
        }

        @Override
        public Cycle next() {
            return new Cycle(firstYear + years(), lastYear + years());
        }

        @Override
        public Cycle previous() {
            return new Cycle(firstYear - years(), lastYear - years());
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
