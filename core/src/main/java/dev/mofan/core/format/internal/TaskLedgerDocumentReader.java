package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.ledger.LoopStep;
import dev.mofan.model.ledger.TaskAssignment;
import dev.mofan.model.ledger.TaskEntry;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.period.Period;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the tree of a task ledger document into a {@link TaskLedger}, reporting every problem at its
 * path: shapes, ids used twice, entries out of loop order or dated before the one before them.
 * Whether the tasks are the catalogue's and the periods suit their cadence is checked with the
 * catalogue ({@code TaskLedgers.check}).
 */
public final class TaskLedgerDocumentReader {

    /** Top-level array sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("assignments");
    static final List<String> ASSIGNMENT_FIELDS = List.of("id", "task", "org", "period", "entries");
    static final List<String> ENTRY_FIELDS = List.of("step", "date", "actor", "evidence", "note");
    private static final Label STEP = Label.of("闭环步骤", "loop step");
    private static final Label ACTOR = Label.of("责任层级", "level");

    private final Violations out;
    private final IdClaims ids;

    private TaskLedgerDocumentReader(Violations out) {
        this.out = out;
        this.ids = new IdClaims(out);
    }

    /**
     * {@return the ledger the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<TaskLedger> read(JsonNode root, Violations out) {
        return new TaskLedgerDocumentReader(out).read(root);
    }

    private Optional<TaskLedger> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(SECTIONS);
        List<TaskAssignment> assignments = new ArrayList<>();
        doc.each("assignments", true, (node, at) -> NodeReader.object(node, at, out).flatMap(this::assignment)
                .ifPresent(assignments::add));
        return out.isEmpty() ? Optional.of(new TaskLedger(assignments)) : Optional.empty();
    }

    private Optional<TaskAssignment> assignment(NodeReader object) {
        NodeReader assignment = object.allowOnly(ASSIGNMENT_FIELDS);
        Read<String> id = assignment.id("id", true);
        ids.claim(id, assignment.at("id"));
        Read<String> task = assignment.id("task", true);
        Read<String> org = assignment.id("org", true);
        Period period = period(assignment);
        List<TaskEntry> entries = new ArrayList<>();
        LoopStep[] lastStep = {null};
        LocalDate[] lastDate = {null};
        assignment.each("entries", false, (node, at) -> NodeReader.object(node, at, out)
                .flatMap(entry -> entry(entry, lastStep, lastDate)).ifPresent(entries::add));
        // Built only while nothing was reported: a value the tree reader refused (010, 0x1F, .nan, an alias)
        // reads as absent here, and must not reach a constructor.
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TaskAssignment(id.value(), task.value(), org.value(), period, entries));
    }

    /** The period; YAML reads a bare year ({@code period: 2026}) as a number, and it means the year. */
    private Period period(NodeReader assignment) {
        JsonNode raw = assignment.raw("period");
        Read<String> text = raw != null && raw.isIntegralNumber() ? Read.of(raw.bigIntegerValue().toString())
                : assignment.string("period", true);
        if (!text.ok() || !text.present()) {
            return null;
        }
        Optional<Period> period = Period.tryParse(text.value());
        if (period.isEmpty()) {
            out.add(assignment.at("period").path(), SchemeProblems.PERIOD_INVALID, text.value());
        }
        return period.orElse(null);
    }

    /**
     * One entry, after the step and date of the entries before it (kept even when an entry is not
     * built, so that every step out of order is reported); it moves them on.
     */
    private Optional<TaskEntry> entry(NodeReader object, LoopStep[] lastStep, LocalDate[] lastDate) {
        NodeReader entry = object.allowOnly(ENTRY_FIELDS);
        Read<LoopStep> step = entry.term("step", LoopStep.class, STEP, true);
        LocalDate date = entry.date("date", true).orElse(null);
        Read<DutyLevel> actor = entry.term("actor", DutyLevel.class, ACTOR, true);
        Read<List<String>> evidence = entry.ids("evidence", false, true);
        Read<String> note = entry.string("note", false);
        if (step.ok() && step.present()) {
            if (lastStep[0] != null && step.value().ordinal() < lastStep[0].ordinal()) {
                out.add(entry.at("step").path(), LedgerProblems.ENTRY_ORDER, step.value().id(), lastStep[0].id());
            } else {
                lastStep[0] = step.value();
            }
        }
        if (date != null) {
            if (lastDate[0] != null && date.isBefore(lastDate[0])) {
                out.add(entry.at("date").path(), LedgerProblems.STEP_DATE, date, lastDate[0]);
            } else {
                lastDate[0] = date;
            }
        }
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TaskEntry(step.value(), date, actor.value(), evidence.value(),
                Optional.ofNullable(note.value())));
    }
}
