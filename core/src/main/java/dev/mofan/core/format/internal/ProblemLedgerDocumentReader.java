package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.ProblemAction;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemState;
import dev.mofan.model.ledger.ProblemStep;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the tree of a problem ledger document into a {@link ProblemLedger}, reporting every problem
 * at its path: shapes, ids used twice, and each step the state machine does not allow or dated
 * before the one before it. Whether the orgs exist is judged against an org directory when figures
 * are computed.
 */
public final class ProblemLedgerDocumentReader {

    /** Top-level array sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("problems");
    static final List<String> PROBLEM_FIELDS = List.of("id", "org", "category", "title", "found", "steps");
    static final List<String> STEP_FIELDS = List.of("action", "date", "owner", "deadline", "note");
    private static final Label ACTION = Label.of("台账步骤", "ledger step");

    private final Violations out;
    private final IdClaims ids;

    private ProblemLedgerDocumentReader(Violations out) {
        this.out = out;
        this.ids = new IdClaims(out);
    }

    /**
     * {@return the ledger the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<ProblemLedger> read(JsonNode root, Violations out) {
        return new ProblemLedgerDocumentReader(out).read(root);
    }

    private Optional<ProblemLedger> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(SECTIONS);
        List<LedgerProblem> problems = new ArrayList<>();
        doc.each("problems", true, (node, at) -> NodeReader.object(node, at, out).flatMap(this::problem)
                .ifPresent(problems::add));
        return out.isEmpty() ? Optional.of(new ProblemLedger(problems)) : Optional.empty();
    }

    private Optional<LedgerProblem> problem(NodeReader object) {
        NodeReader problem = object.allowOnly(PROBLEM_FIELDS);
        Read<String> id = problem.id("id", true);
        ids.claim(id, problem.at("id"));
        Read<String> org = problem.id("org", true);
        Read<String> category = problem.id("category", true);
        Read<Label> title = problem.label("title");
        LocalDate found = date(problem, "found", true);
        List<ProblemStep> steps = new ArrayList<>();
        ProblemState[] state = {ProblemState.FOUND};
        LocalDate[] last = {found};
        problem.each("steps", false, (node, at) -> NodeReader.object(node, at, out)
                .flatMap(step -> step(step, state, last)).ifPresent(steps::add));
        // Built only while nothing was reported: a value the tree reader refused (010, 0x1F, .nan, an alias)
        // reads as absent here, and must not reach a constructor.
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LedgerProblem(id.value(), org.value(), category.value(), title.value(), found, steps));
    }

    /** One step, checked against the state and date the steps before it reached (which it moves on). */
    private Optional<ProblemStep> step(NodeReader object, ProblemState[] state, LocalDate[] last) {
        NodeReader step = object.allowOnly(STEP_FIELDS);
        Read<ProblemAction> action = step.term("action", ProblemAction.class, ACTION, true);
        LocalDate date = date(step, "date", true);
        Read<String> owner = step.id("owner", false);
        LocalDate deadline = date(step, "deadline", false);
        Read<String> note = step.string("note", false);
        if (action.ok() && action.present()) {
            ProblemAction taken = action.value();
            Optional<ProblemState> next = taken.from(state[0]);
            if (next.isEmpty()) {
                String allowed = Arrays.stream(ProblemAction.values()).filter(a -> a.from(state[0]).isPresent())
                        .map(Term::id).collect(Collectors.joining(", "));
                out.add(step.at("action").path(), LedgerProblems.STEP_ILLEGAL, taken.id(), state[0],
                        new Verbatim(allowed));
            } else {
                state[0] = next.get();
            }
            if (taken == ProblemAction.ASSIGN && !step.has("owner")) {
                out.add(step.at("owner").path(), LedgerProblems.STEP_OWNER);
            }
            if (taken.setsDeadline() && !step.has("deadline")) {
                out.add(step.at("deadline").path(), LedgerProblems.STEP_DEADLINE, taken);
            }
            for (String field : List.of("owner", "deadline")) {
                if (!taken.setsDeadline() && step.has(field)) {
                    out.add(step.at(field).path(), LedgerProblems.STEP_UNEXPECTED, new Verbatim(field));
                }
            }
        }
        if (date != null && last[0] != null) {
            if (date.isBefore(last[0])) {
                out.add(step.at("date").path(), LedgerProblems.STEP_DATE, date, last[0]);
            } else {
                last[0] = date;
            }
        }
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProblemStep(action.value(), date, Optional.ofNullable(owner.value()),
                Optional.ofNullable(deadline), Optional.ofNullable(note.value())));
    }

    /** The date in {@code name}; null when absent or reported. */
    private static LocalDate date(NodeReader object, String name, boolean required) {
        return object.date(name, required).orElse(null);
    }
}
