package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/** Properties of {@link Period}, over periods of every kind. */
class PeriodProperties {

    @Property
    @Label("a period's text parses back to the period")
    void textRoundTrips(@ForAll Period period) {
        assertEquals(period, Period.parse(period.text()));
    }

    @Property
    @Label("containment is exactly containment of days, and the order is first day then length")
    void containmentAndOrderFollowTheDays(@ForAll Period a, @ForAll Period b) {
        boolean byDays = !b.start().isBefore(a.start()) && !b.end().isAfter(a.end());
        assertEquals(byDays, a.contains(b));
        if (a.contains(b) && b.contains(a)) {
            assertEquals(a, b);
        }
        int order = a.compareTo(b);
        assertEquals(-Integer.signum(order), Integer.signum(b.compareTo(a)));
        assertEquals(order == 0, a.equals(b));
        if (a.start().isBefore(b.start())) {
            assertTrue(order < 0);
        }
    }

    @Property
    @Label("splitting tiles the period with consecutive parts of the finer kind")
    void splittingTiles(@ForAll Period period) {
        for (PeriodKind kind : PeriodKind.values()) {
            if (kind.ordinal() < period.kind().ordinal() || (kind == PeriodKind.CYCLE) != (period.kind() == PeriodKind.CYCLE)) {
                continue;
            }
            List<Period> parts = period.split(kind);
            assertEquals(period.start(), parts.get(0).start());
            assertEquals(period.end(), parts.get(parts.size() - 1).end());
            for (int i = 0; i < parts.size(); i++) {
                assertEquals(kind, parts.get(i).kind());
                assertTrue(period.contains(parts.get(i)));
                if (i > 0) {
                    assertEquals(parts.get(i - 1).end().plusDays(1), parts.get(i).start());
                }
            }
        }
    }

    @Property
    @Label("next follows the last day and previous undoes it")
    void stepping(@ForAll Period period) {
        Period next = period.next();
        assertEquals(period.end().plusDays(1), next.start());
        assertEquals(period.kind(), next.kind());
        assertEquals(period, next.previous());
    }

    @Property
    @Label("the period of a kind containing a date contains it")
    void containingFindsTheDate(@ForAll Period period) {
        LocalDate date = period.start().plusDays((period.end().toEpochDay() - period.start().toEpochDay()) / 2);
        for (PeriodKind kind : List.of(PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER, PeriodKind.MONTH)) {
            assertTrue(Period.containing(date, kind).contains(date));
        }
    }
}
