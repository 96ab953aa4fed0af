package dev.mofan.model.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesAndWritesEveryForm() {
        assertEquals(Period.year(2026), Period.parse("2026"));
        assertEquals(Period.half(2026, 1), Period.parse("2026-H1"));
        assertEquals(Period.quarter(2026, 3), Period.parse("2026-Q3"));
        assertEquals(Period.month(2026, 7), Period.parse("2026-07"));
        assertEquals(Period.cycle(2024, 2026), Period.parse("2024..2026"));
        for (String text : List.of("2026", "2026-H2", "2026-Q4", "2026-12", "2026-01", "2024..2026", "1000", "9999")) {
            assertEquals(text, Period.parse(text).text());
            assertEquals(text, Period.parse(text).toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "02026", "0999", "2026-Q5", "2026-Q0", "2026-H3", "2026-13", "2026-00", "2026-7",
        "2026-q3", "2026-h1", " 2026", "2026 ", "2026-Q03", "10000", "2026..2026", "2026..2025", "2024..2026x",
        "2024...2026", "2024-2026", "二〇二六", "2026-Ｑ3", "２０２６"})
    void refusesEverythingElse(String text) {
        assertEquals(Optional.empty(), Period.tryParse(text));
        InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> Period.parse(text));
        assertEquals(text, e.text());
        assertTrue(e.getMessage().contains("2026-Q3"), e.getMessage());
    }

    @Test
    void nullIsNotAPeriod() {
        assertEquals(Optional.empty(), Period.tryParse(null));
    }

    @Test
    void knowsItsDaysIncludingLeapYears() {
        assertEquals(LocalDate.of(2024, 1, 1), Period.quarter(2024, 1).start());
        assertEquals(LocalDate.of(2024, 3, 31), Period.quarter(2024, 1).end());
        assertEquals(LocalDate.of(2024, 2, 29), Period.month(2024, 2).end());
        assertEquals(LocalDate.of(2023, 2, 28), Period.month(2023, 2).end());
        assertEquals(LocalDate.of(2026, 6, 30), Period.half(2026, 1).end());
        assertEquals(LocalDate.of(2026, 7, 1), Period.half(2026, 2).start());
        assertEquals(LocalDate.of(2026, 12, 31), Period.quarter(2026, 4).end());
        assertEquals(LocalDate.of(2024, 1, 1), Period.cycle(2024, 2026).start());
        assertEquals(LocalDate.of(2026, 12, 31), Period.cycle(2024, 2026).end());
        assertEquals(3, Period.cycle(2024, 2026).years());
    }

    @Test
    void containsByDays() {
        Period year = Period.year(2026);
        assertTrue(year.contains(Period.quarter(2026, 3)));
        assertTrue(year.contains(Period.month(2026, 7)));
        assertTrue(year.contains(year));
        assertTrue(Period.quarter(2026, 3).contains(Period.month(2026, 8)));
        assertFalse(Period.quarter(2026, 3).contains(Period.month(2026, 10)));
        assertFalse(Period.quarter(2026, 3).contains(year));
        assertTrue(Period.cycle(2024, 2026).contains(Period.year(2025)));
        assertTrue(Period.cycle(2024, 2026).contains(Period.quarter(2026, 4)));
        assertFalse(Period.cycle(2024, 2026).contains(Period.year(2027)));
        assertFalse(year.contains(Period.cycle(2025, 2026)));
        assertTrue(Period.half(2026, 2).contains(Period.quarter(2026, 3)));
        assertFalse(Period.half(2026, 1).contains(Period.quarter(2026, 3)));
        assertTrue(year.contains(LocalDate.of(2026, 12, 31)));
        assertFalse(year.contains(LocalDate.of(2027, 1, 1)));
        assertTrue(year.overlaps(Period.cycle(2025, 2026)));
        assertFalse(year.overlaps(Period.year(2027)));
    }

    @Test
    void splitsIntoFinerPeriods() {
        assertEquals(List.of(Period.quarter(2026, 1), Period.quarter(2026, 2), Period.quarter(2026, 3),
                Period.quarter(2026, 4)), Period.year(2026).split(PeriodKind.QUARTER));
        assertEquals(12, Period.year(2026).split(PeriodKind.MONTH).size());
        assertEquals(List.of(Period.year(2024), Period.year(2025), Period.year(2026)),
                Period.cycle(2024, 2026).split(PeriodKind.YEAR));
        assertEquals(List.of(Period.month(2026, 7), Period.month(2026, 8), Period.month(2026, 9)),
                Period.quarter(2026, 3).split(PeriodKind.MONTH));
        assertEquals(List.of(Period.half(2026, 1), Period.half(2026, 2)), Period.year(2026).split(PeriodKind.HALF_YEAR));
        assertEquals(List.of(Period.year(2026)), Period.year(2026).split(PeriodKind.YEAR));
        assertEquals(List.of(Period.cycle(2024, 2026)), Period.cycle(2024, 2026).split(PeriodKind.CYCLE));
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2026, 3).split(PeriodKind.YEAR));
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2026, 3).split(PeriodKind.HALF_YEAR));
        assertThrows(IllegalArgumentException.class, () -> Period.year(2026).split(PeriodKind.CYCLE));
    }

    @Test
    void stepsForwardAndBack() {
        assertEquals(Period.quarter(2027, 1), Period.quarter(2026, 4).next());
        assertEquals(Period.month(2025, 12), Period.month(2026, 1).previous());
        assertEquals(Period.half(2027, 1), Period.half(2026, 2).next());
        assertEquals(Period.cycle(2027, 2029), Period.cycle(2024, 2026).next());
        assertEquals(Period.cycle(2021, 2023), Period.cycle(2024, 2026).previous());
        assertEquals(Period.year(2025), Period.year(2026).previous());
        assertThrows(DateTimeException.class, () -> Period.year(9999).next());
        assertThrows(DateTimeException.class, () -> Period.month(1000, 1).previous());
    }

    @Test
    void findsThePeriodOfADate() {
        LocalDate date = LocalDate.of(2026, 8, 15);
        assertEquals(Period.year(2026), Period.containing(date, PeriodKind.YEAR));
        assertEquals(Period.half(2026, 2), Period.containing(date, PeriodKind.HALF_YEAR));
        assertEquals(Period.quarter(2026, 3), Period.containing(date, PeriodKind.QUARTER));
        assertEquals(Period.month(2026, 8), Period.containing(date, PeriodKind.MONTH));
        assertThrows(IllegalArgumentException.class, () -> Period.containing(date, PeriodKind.CYCLE));
    }

    @Test
    void ordersByFirstDayThenLongerFirst() {
        List<Period> periods = new ArrayList<>(List.of(Period.quarter(2026, 2), Period.month(2026, 1),
                Period.year(2026), Period.half(2026, 1), Period.quarter(2026, 1), Period.cycle(2025, 2026)));
        periods.sort(null);
        assertEquals(List.of(Period.cycle(2025, 2026), Period.year(2026), Period.half(2026, 1),
                Period.quarter(2026, 1), Period.month(2026, 1), Period.quarter(2026, 2)), periods);
    }

    @Test
    void checksItsParts() {
        assertThrows(DateTimeException.class, () -> Period.year(999));
        assertThrows(DateTimeException.class, () -> Period.quarter(2026, 5));
        assertThrows(DateTimeException.class, () -> Period.half(2026, 0));
        assertThrows(DateTimeException.class, () -> Period.month(2026, 13));
        assertThrows(DateTimeException.class, () -> Period.cycle(2026, 2026));
        assertThrows(DateTimeException.class, () -> Period.cycle(2026, 10000));
    }

    @Test
    void kindsAreNamed() {
        assertEquals(PeriodKind.QUARTER, Period.parse("2026-Q3").kind());
        assertEquals("half-year", PeriodKind.HALF_YEAR.id());
        assertEquals("季度", PeriodKind.QUARTER.label().zh().orElseThrow());
    }
}
