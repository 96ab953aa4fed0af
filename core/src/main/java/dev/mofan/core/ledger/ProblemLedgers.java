package dev.mofan.core.ledger;

import dev.mofan.core.internal.SubtreeCounts;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemState;
import dev.mofan.model.ledger.ProblemStep;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Rate;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a problem ledger (问题台账) says on a day: each problem's status, and the figures of an org's
 * subtree for a period. Pure functions of the ledger, the org tree and the day; nothing depends on
 * the clock.
 *
 * <pre>{@code
 * ProblemFigures unit = ProblemLedgers.figures(ledger, directory, "u001", Period.year(2026), asOf);
 * unit.resolved().text();      // "357/566"
 * unit.resolved().percent();   // 63.07
 * }</pre>
 */
public final class ProblemLedgers {

    private ProblemLedgers() {
    }

    /**
     * {@return where {@code problem} stands on {@code asOf}: its steps dated then or before, replayed}
     *
     * @param problem the problem
     * @param asOf the day
     */
    public static ProblemStatus status(LedgerProblem problem, LocalDate asOf) {
        ProblemState state = ProblemState.FOUND;
        Optional<String> owner = Optional.empty();
        Optional<LocalDate> deadline = Optional.empty();
        for (ProblemStep step : problem.steps()) {
            if (step.date().isAfter(asOf)) {
                break;
            }
            state = step.action().from(state).orElseThrow();
            if (step.action().setsDeadline()) {
                deadline = step.deadline();
                owner = step.owner().isPresent() ? step.owner() : owner;
            }
        }
        boolean overdue = state == ProblemState.ASSIGNED && deadline.isPresent() && deadline.get().isBefore(asOf);
        return new ProblemStatus(problem, asOf, state, owner, deadline, overdue);
    }

    /**
     * {@return the figures of the problems found in {@code period}, by {@code asOf}, at orgs in the subtree of
     * {@code org}, judged on {@code asOf}} Problems at orgs the directory does not hold count nowhere: see
     * {@link #unknownOrgs}.
     *
     * @param ledger the problem ledger
     * @param directory the org directory whose tree the orgs are looked up in
     * @param org the id of the org whose subtree is counted
     * @param period the period the problems were found in
     * @param asOf the day the ledger is judged on: steps dated later are not counted
     * @throws UnknownIdException if {@code org} is not in the directory's tree
     */
    public static ProblemFigures figures(ProblemLedger ledger, OrgDirectory directory, String org, Period period,
            LocalDate asOf) {
        return figures(ledger, directory, org, period, asOf, Optional.empty());
    }

    /**
     * {@return {@link #figures(ProblemLedger, OrgDirectory, String, Period, LocalDate)} of the problems of one
     * category, or of all of them when {@code category} is empty}
     *
     * @param ledger the problem ledger
     * @param directory the org directory whose tree the orgs are looked up in
     * @param org the id of the org whose subtree is counted
     * @param period the period the problems were found in
     * @param asOf the day the ledger is judged on: steps dated later are not counted
     * @param category the category counted, such as {@code three-difficulties}; empty for all
     */
    public static ProblemFigures figures(ProblemLedger ledger, OrgDirectory directory, String org, Period period,
            LocalDate asOf, Optional<String> category) {
        if (!directory.tree().contains(org)) {
            throw new UnknownIdException("org", org);
        }
        return figures(counts(ledger, directory, period, asOf, category), org, period);
    }

    /**
     * {@return the figures of every org of the directory's tree, in tree order: the problems of its subtree
     * (of {@code category}, or all when empty) found in {@code period} by {@code asOf}, judged on
     * {@code asOf}} One pass over the ledger, however many orgs.
     *
     * @param ledger the problem ledger
     * @param directory the org directory whose tree the orgs are looked up in
     * @param period the period the problems were found in
     * @param asOf the day the ledger is judged on: steps dated later are not counted
     * @param category the category counted, such as {@code three-difficulties}; empty for all
     */
    public static Map<String, ProblemFigures> figuresByOrg(ProblemLedger ledger, OrgDirectory directory,
            Period period, LocalDate asOf, Optional<String> category) {
        SubtreeCounts counts = counts(ledger, directory, period, asOf, category);
        Map<String, ProblemFigures> byOrg = new LinkedHashMap<>();
        for (OrgUnit org : directory.tree().units()) {
            byOrg.put(org.id(), figures(counts, org.id(), period));
        }
        return Collections.unmodifiableMap(byOrg);
    }

    private static SubtreeCounts counts(ProblemLedger ledger, OrgDirectory directory, Period period, LocalDate asOf,
            Optional<String> category) {
        SubtreeCounts counts = new SubtreeCounts(directory.tree(), 3);
        for (LedgerProblem problem : ledger.problems()) {
            if (category.isPresent() && !category.get().equals(problem.category())
                    || !period.contains(problem.found()) || problem.found().isAfter(asOf)) {
                continue;
            }
            ProblemStatus status = status(problem, asOf);
            counts.add(problem.org(), 1, status.open() ? 0 : 1, status.overdue() ? 1 : 0);
        }
        return counts;
    }

    private static ProblemFigures figures(SubtreeCounts counts, String org, Period period) {
        long[] c = counts.of(org);
        return new ProblemFigures(org, period.text(), new Rate(c[1], c[0]), c[0] - c[1], c[2]);
    }

    /**
     * {@return the problems at orgs the directory does not hold, each at its path ({@code $.problems[3].org}):
     * they count in no subtree, so they are reported rather than dropped in silence}
     *
     * @param ledger the problem ledger
     * @param directory the org directory
     */
    public static List<Violation> unknownOrgs(ProblemLedger ledger, OrgDirectory directory) {
        return SubtreeCounts.unknownOrgs(ledger.problems().stream().map(LedgerProblem::org).toList(), "problems",
                directory.tree());
    }
}
