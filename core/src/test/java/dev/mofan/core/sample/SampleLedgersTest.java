package dev.mofan.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mofan.core.activity.ActivityTallies;
import dev.mofan.core.format.ActivityLogFormat;
import dev.mofan.core.format.ProblemLedgerFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskLedgerFormat;
import dev.mofan.core.ledger.ProblemLedgers;
import dev.mofan.core.ledger.TaskLedgers;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.period.Period;
import dev.mofan.model.task.TaskCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample ledgers and activities: valid, the same every time, and good evidence for the five-type scheme. */
class SampleLedgersTest {

    private static final OrgDirectory PROVINCE = SampleProvince.generate();
    private static final Period.Year YEAR = Period.year(2025);

    @Test
    void theSampleLedgersAreValidAndTheSameEveryTime() {
        TaskCatalogue catalogue = BundledTaskCatalogues.get("five-type-organ");
        ProblemLedger problems = SampleLedgers.problems(PROVINCE, YEAR);
        TaskLedger tasks = SampleLedgers.tasks(PROVINCE, catalogue, YEAR);
        ActivityLog activities = SampleLedgers.activities(PROVINCE, YEAR);
        assertEquals(problems, SampleLedgers.problems(PROVINCE, YEAR));
        assertEquals(tasks, SampleLedgers.tasks(PROVINCE, catalogue, YEAR));
        assertEquals(activities, SampleLedgers.activities(PROVINCE, YEAR));
        TaskLedgers.check(tasks, catalogue);
        assertEquals(List.of(), ProblemLedgers.unknownOrgs(problems, PROVINCE));
        assertEquals(List.of(), ActivityTallies.unknownOrgs(activities, PROVINCE));
        // Each unit has the 20 tasks' rounds of the year: 9 quarterly × 4 + 1 monthly × 12 + 5 half-yearly × 2
        // + 3 yearly + 2 ongoing = 63.
        long units = PROVINCE.tree().ofKind(OrgKind.UNIT).size();
        assertEquals(63 * units, tasks.assignments().size());
        assertEquals(problems, ProblemLedgerFormat.ofDefaults().read(ProblemLedgerFormat.ofDefaults().write(problems,
                Syntax.YAML), Syntax.YAML));
        assertEquals(tasks, TaskLedgerFormat.ofDefaults().read(TaskLedgerFormat.ofDefaults().write(tasks, Syntax.JSON),
                Syntax.JSON));
        assertEquals(activities, ActivityLogFormat.ofDefaults().read(ActivityLogFormat.ofDefaults().write(activities,
                Syntax.JSON), Syntax.JSON));
    }

}
