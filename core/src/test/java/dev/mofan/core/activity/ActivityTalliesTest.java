package dev.mofan.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.core.format.ActivityLogFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Activity tallies (活动统计) by hand: themed party days and training classes counted up the tree by
 * period and kind, as evidence the five-type scheme scores, and every mistake of a log at its path.
 */
class ActivityTalliesTest {

    static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: b1, kind: branch, parent: u1}
              - {id: b2, kind: branch, parent: u1}
              - {id: u2, kind: unit, parent: wc}
              - {id: b3, kind: branch, parent: u2}
            """, Syntax.YAML);

    static final ActivityLog LOG = ActivityLogFormat.ofDefaults().read("""
            activities:
              - {id: a1, org: b1, kind: themed-party-day, date: 2026-01-15, participants: 18, title: 我心向党}
              - {id: a2, org: b1, kind: themed-party-day, date: 2026-02-15, participants: 17}
              - {id: a3, org: b1, kind: themed-party-day, date: 2026-03-15, participants: 19}
              - {id: a4, org: b2, kind: themed-party-day, date: 2026-01-20, participants: 9}
              - {id: a5, org: u1, kind: training, date: 2026-03-01, participants: 120}
              - {id: a6, org: b3, kind: themed-party-day, date: 2026-04-02, participants: 12}
              - {id: a7, org: b3, kind: training, date: 2025-12-30, participants: 40}
            """, Syntax.YAML);

    @Test
    void talliesAddUpTheSubtree() {
        Period q1 = Period.quarter(2026, 1);
        // u1 in 2026-Q1: b1's three party days (18 + 17 + 19 = 54) and b2's one (9): 4 days, 63 people;
        // the unit's own training: 1 class, 120 trainees.
        ActivityTally u1 = ActivityTallies.tally(LOG, ORGS, "u1", q1);
        assertEquals(new ActivityTally.Count(4, 63), u1.of("themed-party-day"));
        assertEquals(new ActivityTally.Count(1, 120), u1.of("training"));
        assertEquals(ActivityTally.Count.NONE, u1.of("lecture"));
        // The whole tree in 2026: 5 party days (u2's b3 held one in April), 1 training (b3's was in 2025).
        ActivityTally all = ActivityTallies.tally(LOG, ORGS, "wc", Period.year(2026));
        assertEquals(new ActivityTally.Count(5, 75), all.of("themed-party-day"));
        assertEquals(new ActivityTally.Count(1, 120), all.of("training"));
        assertEquals(List.of("themed-party-day", "training"), List.copyOf(all.byKind().keySet()));
    }

    @Test
    void mistakesAndUnknownOrgsAreReportedAtTheirPaths() {
        ValidationException e = assertThrows(ValidationException.class, () -> ActivityLogFormat.ofDefaults().read("""
                activities:
                  - {id: a1, org: b1, kind: themed-party-day, date: 2026-02-30, participants: -1}
                  - {id: a1, org: b1, kind: Training Day, date: 2026-02-01}
                """, Syntax.YAML));
        assertEquals(List.of(
                "$.activities[0].date: '2026-02-30' is not a date such as 2025-12-31",
                "$.activities[0].participants: must be a whole number from 0 to 10000000, but was -1",
                "$.activities[1].id: duplicate id 'a1' (first at $.activities[0].id)",
                "$.activities[1].kind: 'Training Day' is not a valid id: 1–64 characters: ASCII letters, digits, "
                        + "'.', '_', ':' or '-', starting with a letter or digit",
                "$.activities[1].participants: required property is missing"), e.lines(Language.EN));
        ActivityLog stray = ActivityLogFormat.ofDefaults().read(
                "activities:\n  - {id: a1, org: x9, kind: lecture, date: 2026-02-01, participants: 30}\n", Syntax.YAML);
        assertEquals(List.of("$.activities[0].org: 'x9' is not in the org file: this entry counts in no subtree"),
                ActivityTallies.unknownOrgs(stray, ORGS).stream().map(v -> v.line(Language.EN)).toList());
        assertEquals(LOG, ActivityLogFormat.ofDefaults().read(ActivityLogFormat.ofDefaults().write(LOG, Syntax.JSON),
                Syntax.JSON));
    }
}
