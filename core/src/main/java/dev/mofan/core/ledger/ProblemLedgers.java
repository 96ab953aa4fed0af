package dev.mofan.core.ledger;

import dev.mofan.core.internal.DerivedEvidence;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemState;
import dev.mofan.model.ledger.ProblemStep;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** The {@code source} of the evidence records the ledger gives. */
    public static final String SOURCE = "problem-ledger";

    private ProblemLedgers() {
    }

    /** Where {@code problem} stands on {@code asOf}: its steps dated then or before, replayed. */
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
     * The figures of the problems found in {@code period}, by {@code asOf}, at orgs in the subtree of
     * {@code org}, judged on {@code asOf}. Problems at orgs the directory does not hold count nowhere: see
     * {@link #unknownOrgs}.
     *
     * @throws UnknownIdException if {@code org} is not in the directory's tree
     */
    public static ProblemFigures figures(ProblemLedger ledger, OrgDirectory directory, String org, Period period,
            LocalDate asOf) {
        return figures(ledger, directory, org, period, asOf, Optional.empty());
    }

    /**
     * {@link #figures(ProblemLedger, OrgDirectory, String, Period, LocalDate)} of the problems of one
     * category, or of all of them when {@code category} is empty.
     */
    public static ProblemFigures figures(ProblemLedger ledger, OrgDirectory directory, String org, Period period,
            LocalDate asOf, Optional<String> category) {
        if (!directory.tree().contains(org)) {
            throw new UnknownIdException("org", org);
        }
        long found = 0;
        long closed = 0;
        long overdue = 0;
        for (LedgerProblem problem : ledger.problems()) {
            if (category.isPresent() && !category.get().equals(problem.category())
                    || !period.contains(problem.found()) || problem.found().isAfter(asOf)
                    || !DerivedEvidence.inSubtree(directory, org, problem.org())) {
                continue;
            }
            found++;
            ProblemStatus status = status(problem, asOf);
            if (!status.open()) {
                closed++;
            } else if (status.overdue()) {
                overdue++;
            }
        }
        return new ProblemFigures(org, period.text(), new Rate(closed, found), found - closed, overdue);
    }

    /**
     * The ledger's figures as evidence records, for each org of {@code kinds} in the directory (its
     * subtree's problems found in {@code period}, judged on {@code asOf}), one record per declared
     * key: a scheme item then scores them like any other evidence. Records are in org (tree) order,
     * then key order, with ids {@code problem-ledger:ORG:KEY}, stage {@code review} and source
     * {@code problem-ledger}. A resolution rate of nothing found (0/0) gives no record, so the
     * item's missing-evidence policy decides.
     */
    public static List<EvidenceRecord> evidence(ProblemLedger ledger, OrgDirectory directory, List<String> kinds,
            Period period, LocalDate asOf, List<LedgerKey> keys) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (OrgUnit org : directory.tree().units()) {
            if (!kinds.contains(org.kindId())) {
                continue;
            }
            for (LedgerKey key : keys) {
                ProblemFigures figures = figures(ledger, directory, org.id(), period, asOf,
                        Optional.of(key.category()));
                Optional<Value> value = switch (key.figure()) {
                    case RESOLVED -> figures.found() == 0 ? Optional.empty()
                            : Optional.of(Value.of(figures.resolved().text()));
                    case FOUND -> Optional.of(Value.of(BigDecimal.valueOf(figures.found())));
                    case OPEN -> Optional.of(Value.of(BigDecimal.valueOf(figures.open())));
                    case OVERDUE -> Optional.of(Value.of(BigDecimal.valueOf(figures.overdue())));
                };
                value.ifPresent(v -> records.add(DerivedEvidence.record(SOURCE, org.id(), key.key(), period, v)));
            }
        }
        return List.copyOf(records);
    }

    /**
     * The problems at orgs the directory does not hold, each at its path ({@code $.problems[3].org}):
     * they count in no subtree, so they are reported rather than dropped in silence.
     */
    public static List<Violation> unknownOrgs(ProblemLedger ledger, OrgDirectory directory) {
        return DerivedEvidence.unknownOrgs(ledger.problems().stream().map(LedgerProblem::org).toList(), "problems", directory);
    }
}
