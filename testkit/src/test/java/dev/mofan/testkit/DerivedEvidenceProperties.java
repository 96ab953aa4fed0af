package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.derive.DerivedEvidence;
import dev.mofan.core.derive.Derivations;
import dev.mofan.core.derive.LedgerSources;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.activity.Activity;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.LoopStep;
import dev.mofan.model.ledger.ProblemAction;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemStep;
import dev.mofan.model.ledger.TaskAssignment;
import dev.mofan.model.ledger.TaskEntry;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Derived keys (docs/derived-evidence.md) over generated org trees and ledgers, with the bundled
 * five-type scheme, which derives four keys from the three sources: the records do not depend on the
 * order of the entries, there is one per org and key and only where the org's kind reads the key (so
 * an evaluation leaves none unused), and each record's figure reconciles with a count of the entries
 * of the org's subtree made by brute force.
 */
class DerivedEvidenceProperties {

    private static final Scheme FIVE_TYPE = BundledSchemes.get("five-type-organ");
    private static final TaskCatalogue TASKS = BundledTaskCatalogues.get("five-type-organ");
    private static final Period YEAR = Period.year(2026);

    @Provide
    Arbitrary<List<List<Integer>>> entries() {
        return Arbitraries.integers().between(0, 10_000).list().ofSize(5).list().ofMaxSize(50);
    }

    @Property(tries = 60)
    @net.jqwik.api.Label("derived records are the same whatever the order of the entries, one per org and key where the "
            + "org's kind reads the key, all used by an evaluation, and each reconciles with its subtree's entries")
    void derivedRecordsReconcileWithTheEntries(@ForAll OrgDirectory directory, @ForAll("entries") List<List<Integer>> rows,
            @ForAll long seed) {
        List<OrgUnit> orgs = directory.tree().units();
        List<LedgerProblem> problems = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<TaskAssignment> assignments = new ArrayList<>();
        Set<String> assigned = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> row = rows.get(i);
            OrgUnit org = orgs.get(row.get(0) % orgs.size());
            LocalDate day = LocalDate.of(2025, 11, 1).plusDays(row.get(1) % 400);
            problems.add(problem("p" + i, org.id(), row.get(2) % 2 == 0 ? "three-difficulties" : "style", day,
                    row.get(3) % 3));
            activities.add(new Activity("a" + i, org.id(), "themed-party-day", day, row.get(4) % 50, Label.NONE));
            if (assigned.add(org.id())) {
                List<TaskEntry> entries = new ArrayList<>();
                for (int s = 0; s <= row.get(3) % LoopStep.values().length; s++) {
                    entries.add(new TaskEntry(LoopStep.values()[s], LocalDate.of(2026, 2, 1).plusDays(s * 20L),
                            DutyLevel.BRANCH, List.of(), Optional.empty()));
                }
                assignments.add(new TaskAssignment("t" + i, "instruction-implementation", org.id(), YEAR, entries));
            }
        }
        DerivedEvidence derived = derive(directory, problems, activities, assignments);
        Random random = new Random(seed);
        Collections.shuffle(problems, random);
        Collections.shuffle(activities, random);
        Collections.shuffle(assignments, random);
        assertEquals(derived, derive(directory, problems, activities, assignments), "independent of entry order");

        Set<String> ids = new HashSet<>();
        OrgTree tree = directory.tree();
        for (EvidenceRecord record : derived.records()) {
            assertTrue(ids.add(record.id()), "one record per org and key: " + record.id());
            String kind = tree.get(record.subject()).kindId();
            assertTrue(kind.equals("unit") || kind.equals("branch"), "five-type-organ reads its keys at units and "
                    + "branches only: " + record.id());
            List<String> below = tree.subtree(record.subject()).stream().map(OrgUnit::id).toList();
            switch (record.key()) {
                case "themed-party-day" -> assertEquals(activities.stream()
                        .filter(a -> below.contains(a.org()) && YEAR.contains(a.date())).count(), number(record));
                case "instruction-closure-rate" -> assertTrue(text(record).endsWith("/" + assignments.stream()
                        .filter(a -> below.contains(a.org())).count()), record.id());
                default -> {
                    String category = record.key().equals("difficulty-solved-rate") ? "three-difficulties" : "style";
                    long found = problems.stream().filter(p -> below.contains(p.org()) && p.category().equals(category)
                            && YEAR.contains(p.found())).count();
                    assertTrue(found > 0 && text(record).endsWith("/" + found), record.id() + " of " + found);
                }
            }
        }
        long readers = tree.units().stream().filter(o -> o.kindId().equals("unit") || o.kindId().equals("branch"))
                .count();
        assertEquals(readers, derived.records().stream().filter(r -> r.key().equals("themed-party-day")).count(),
                "a count is a record for every reader, even when it is 0");
        assertEquals(List.of(), Evaluator.of(FIVE_TYPE).evaluate(directory, derived.evidence(), YEAR).unused());
    }

    private static DerivedEvidence derive(OrgDirectory directory, List<LedgerProblem> problems,
            List<Activity> activities, List<TaskAssignment> assignments) {
        return Derivations.derive(FIVE_TYPE, directory, YEAR, YEAR.end(), LedgerSources.none()
                .withProblems(new ProblemLedger(problems)).withActivities(new ActivityLog(activities))
                .withTasks(new TaskLedger(assignments), TASKS));
    }

    /** A problem found on {@code found}: left found, assigned, or closed after rectification. */
    private static LedgerProblem problem(String id, String org, String category, LocalDate found, int progress) {
        List<ProblemStep> steps = new ArrayList<>();
        if (progress >= 1) {
            steps.add(new ProblemStep(ProblemAction.ASSIGN, found.plusDays(1), Optional.of(org),
                    Optional.of(found.plusDays(30)), Optional.empty()));
        }
        if (progress >= 2) {
            steps.add(new ProblemStep(ProblemAction.RECTIFY, found.plusDays(10), Optional.empty(), Optional.empty(),
                    Optional.empty()));
            steps.add(new ProblemStep(ProblemAction.CLOSE, found.plusDays(12), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        return new LedgerProblem(id, org, category, Label.zh("问题"), found, steps);
    }

    private static long number(EvidenceRecord record) {
        return ((Value.Number) record.value()).value().longValueExact();
    }

    private static String text(EvidenceRecord record) {
        return ((Value.Text) record.value()).value();
    }
}
