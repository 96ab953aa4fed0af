package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mofan.core.activity.ActivityTallies;
import dev.mofan.core.activity.ActivityTally;
import dev.mofan.core.format.ActivityLogFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.activity.Activity;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Activity tallies (docs/activities.md) over generated org trees and activity logs: every subtree's
 * tally is its own org's activities plus its children's tallies, the root's holds every activity of
 * the period, and a log reads back equal.
 */
class ActivityProperties {

    private static final List<String> KINDS = List.of("themed-party-day", "training", "lecture");

    @Provide
    Arbitrary<List<List<Integer>>> logs() {
        return Arbitraries.integers().between(0, 10_000).list().ofSize(4).list().ofMaxSize(60);
    }

    @Property(tries = 100)
    @net.jqwik.api.Label("a subtree's tally is its org's own activities plus its children's tallies, kind by kind; "
            + "the root's holds every activity of the period; a log reads back equal")
    void talliesAreSumsOfTheLeaves(@ForAll OrgDirectory directory, @ForAll("logs") List<List<Integer>> rows) {
        List<OrgUnit> orgs = directory.tree().units();
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> row = rows.get(i);
            activities.add(new Activity("a" + i, orgs.get(row.get(0) % orgs.size()).id(), KINDS.get(row.get(1) % 3),
                    LocalDate.of(2025, 10, 1).plusDays(row.get(2) % 240), row.get(3) % 200, Label.NONE));
        }
        ActivityLog log = new ActivityLog(activities);
        assertEquals(log, ActivityLogFormat.ofDefaults().read(ActivityLogFormat.ofDefaults().write(log, Syntax.YAML),
                Syntax.YAML));
        Period year = Period.year(2026);
        for (OrgUnit org : orgs) {
            ActivityTally tally = ActivityTallies.tally(log, directory, org.id(), year);
            for (String kind : KINDS) {
                ActivityTally.Count expected = ActivityTally.Count.NONE;
                for (Activity activity : activities) {
                    if (activity.org().equals(org.id()) && activity.kind().equals(kind)
                            && year.contains(activity.date())) {
                        expected = expected.plus(new ActivityTally.Count(1, activity.participants()));
                    }
                }
                for (OrgUnit child : directory.tree().children(org.id())) {
                    expected = expected.plus(ActivityTallies.tally(log, directory, child.id(), year).of(kind));
                }
                assertEquals(expected, tally.of(kind), kind + " at " + org.id());
            }
        }
        ActivityTally root = ActivityTallies.tally(log, directory, directory.tree().root().id(), year);
        assertEquals(activities.stream().filter(a -> year.contains(a.date())).count(),
                root.byKind().values().stream().mapToLong(ActivityTally.Count::activities).sum());
    }
}
