package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemStep;

/** Builds the tree of a problem ledger document: problems and steps in their order, absent values left out. */
public final class ProblemLedgerDocumentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProblemLedgerDocumentWriter() {
    }

    /**
     * {@return the document tree of {@code ledger}}
     *
     * @param ledger the problem ledger
     */
    public static ObjectNode toTree(ProblemLedger ledger) {
        ObjectNode document = NODES.objectNode();
        ArrayNode problems = document.putArray("problems");
        for (LedgerProblem problem : ledger.problems()) {
            ObjectNode node = problems.addObject();
            node.put("id", problem.id());
            node.put("org", problem.org());
            node.put("category", problem.category());
            OrgDocumentWriter.putLabel(node, "title", problem.title());
            node.put("found", problem.found().toString());
            if (!problem.steps().isEmpty()) {
                ArrayNode steps = node.putArray("steps");
                for (ProblemStep step : problem.steps()) {
                    ObjectNode entry = steps.addObject();
                    entry.put("action", step.action().id());
                    entry.put("date", step.date().toString());
                    step.owner().ifPresent(owner -> entry.put("owner", owner));
                    step.deadline().ifPresent(deadline -> entry.put("deadline", deadline.toString()));
                    step.note().ifPresent(note -> entry.put("note", note));
                }
            }
        }
        return document;
    }
}
