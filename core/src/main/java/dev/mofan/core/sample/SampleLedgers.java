package dev.mofan.core.sample;

import dev.mofan.core.ledger.TaskLedgers;
import dev.mofan.model.activity.Activity;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.LoopStep;
import dev.mofan.model.ledger.ProblemAction;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemStep;
import dev.mofan.model.ledger.TaskAssignment;
import dev.mofan.model.ledger.TaskEntry;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sample ledgers and activities for the sample province, one year at a time, deterministic like
 * the rest of the sample: a problem ledger (问题台账) with “三难”, style and inspection problems at
 * every stage, some overdue; a task ledger (任务台账) of every unit's rounds of a catalogue's tasks,
 * most reported on time, some late or not at all; and an activity log of themed party days, lectures
 * and trainings. Figures are made up, for trying the library, not statistics.
 */
public final class SampleLedgers {

    private static final List<String> CATEGORIES = List.of("three-difficulties", "style", "inspection");

    private SampleLedgers() {
    }

    /**
     * {@return the problems found in {@code year} across the province: a few per unit, at the unit or its branches}
     *
     * @param province the sample province, or a directory of the same shape
     * @param year the year
     */
    public static ProblemLedger problems(OrgDirectory province, Period.Year year) {
        SplitMix64 random = new SplitMix64(0x9A_0B1E_3000L + year.year());
        List<LedgerProblem> problems = new ArrayList<>();
        for (OrgUnit unit : province.tree().ofKind(OrgKind.UNIT)) {
            List<OrgUnit> places = province.tree().subtree(unit.id()).stream()
                    .filter(o -> o.kind() == OrgKind.UNIT || o.kind() == OrgKind.BRANCH).toList();
            for (int n = random.between(2, 9); n > 0; n--) {
                OrgUnit org = places.get(random.below(places.size()));
                LocalDate found = year.start().plusDays(random.below(300));
                LocalDate day = found.plusDays(random.between(1, 10));
                List<ProblemStep> steps = new ArrayList<>();
                steps.add(new ProblemStep(ProblemAction.ASSIGN, day, Optional.of(org.id()),
                        Optional.of(day.plusDays(random.between(30, 90))), Optional.empty()));
                if (random.chance(70)) {
                    day = day.plusDays(random.between(10, 80));
                    steps.add(step(ProblemAction.RECTIFY, day));
                    if (random.chance(15)) {
                        day = day.plusDays(random.between(3, 15));
                        steps.add(step(ProblemAction.REJECT, day));
                        day = day.plusDays(random.between(5, 30));
                        steps.add(step(ProblemAction.RECTIFY, day));
                    }
                    if (random.chance(85)) {
                        steps.add(step(ProblemAction.CLOSE, day.plusDays(random.between(3, 20))));
                    }
                }
                String id = "p" + (problems.size() + 1);
                String category = CATEGORIES.get(random.below(CATEGORIES.size()));
                problems.add(new LedgerProblem(id, org.id(), category, Label.of("样例问题 " + id, "Sample problem " + id),
                        found, steps));
            }
        }
        return new ProblemLedger(problems);
    }

    /**
     * {@return every unit's rounds of {@code catalogue}'s tasks in {@code year}, moved through the work loop}
     *
     * @param province the sample province, or a directory of the same shape
     * @param catalogue the task catalogue whose tasks are assigned
     * @param year the year
     */
    public static TaskLedger tasks(OrgDirectory province, TaskCatalogue catalogue, Period.Year year) {
        SplitMix64 random = new SplitMix64(0x7A5C_1ED9_E000L + year.year());
        List<TaskAssignment> assignments = new ArrayList<>();
        for (OrgUnit unit : province.tree().ofKind(OrgKind.UNIT)) {
            for (Task task : catalogue.tasks()) {
                for (Period round : year.split(TaskLedgers.round(task.cadence()))) {
                    LocalDate due = TaskLedgers.due(round, task).orElse(round.end());
                    List<TaskEntry> entries = new ArrayList<>();
                    LocalDate day = round.start().plusDays(random.below(5));
                    entries.add(entry(LoopStep.PLAN, day, DutyLevel.PARTY_GROUP));
                    day = day.plusDays(random.between(3, 20));
                    entries.add(entry(LoopStep.IMPLEMENT, day, DutyLevel.BRANCH));
                    int fate = random.below(100);
                    if (fate < 90) {
                        LocalDate reported = fate < 82 ? due.minusDays(random.below(5)) : due.plusDays(random.between(1, 20));
                        if (reported.isBefore(day)) {
                            reported = day;
                        }
                        entries.add(entry(LoopStep.REPORT, reported, DutyLevel.ORGAN_COMMITTEE));
                        if (random.chance(70)) {
                            entries.add(entry(LoopStep.FOLLOW_UP, reported.plusDays(random.between(5, 30)),
                                    DutyLevel.ORGAN_COMMITTEE));
                        }
                    }
                    assignments.add(new TaskAssignment("t" + (assignments.size() + 1), task.id(), unit.id(), round,
                            entries));
                }
            }
        }
        return new TaskLedger(assignments);
    }

    /**
     * {@return themed party days of each branch, most months; lectures and trainings of each unit}
     *
     * @param province the sample province, or a directory of the same shape
     * @param year the year
     */
    public static ActivityLog activities(OrgDirectory province, Period.Year year) {
        SplitMix64 random = new SplitMix64(0xAC71_717E_5000L + year.year());
        List<Activity> activities = new ArrayList<>();
        for (OrgUnit org : province.tree().units()) {
            if (org.kind() == OrgKind.BRANCH) {
                int members = Math.max(1, province.membersOf(org.id()).size());
                for (Period month : year.split(PeriodKind.MONTH)) {
                    if (random.chance(85)) {
                        activities.add(new Activity("act" + (activities.size() + 1), org.id(), "themed-party-day",
                                month.start().plusDays(random.below(25)), members - random.below(Math.max(1, members / 4)),
                                Label.NONE));
                    }
                }
            } else if (org.kind() == OrgKind.UNIT) {
                for (int n = random.between(0, 4); n > 0; n--) {
                    activities.add(new Activity("act" + (activities.size() + 1), org.id(),
                            random.chance(50) ? "lecture" : "training", year.start().plusDays(random.below(360)),
                            random.between(30, 200), Label.NONE));
                }
            }
        }
        return new ActivityLog(activities);
    }

    private static ProblemStep step(ProblemAction action, LocalDate date) {
        return new ProblemStep(action, date, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static TaskEntry entry(LoopStep step, LocalDate date, DutyLevel actor) {
        return new TaskEntry(step, date, actor, List.of(), Optional.empty());
    }
}
