package dev.mofan.model.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A problem ledger (问题台账): its problems, each with its history. The document format is in docs/problem-ledger.md.
 *
 * @param problems the problems, in the order the ledger lists them
 */
public record ProblemLedger(List<LedgerProblem> problems) {

    /**
     * Copies the list and checks that problem ids are unique.
     *
     * @param problems the problems, in the order the ledger lists them
     */
    public ProblemLedger {
        problems = List.copyOf(problems);
        Set<String> ids = new HashSet<>();
        for (LedgerProblem problem : problems) {
            if (!ids.add(problem.id())) {
                throw new IllegalArgumentException("Problem " + problem.id() + " is listed twice");
            }
        }
    }
}
