package dev.mofan.model.ledger;

import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.text.Identifiers;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an assignment, as the task ledger records it.
 *
 * @param step the step of the work loop (研究部署 → 狠抓落实 → 督促检查 → 及时报告 → 跟踪问效)
 * @param date the day it was taken
 * @param actor the level of responsibility that took the step (党组(党委), 机关党委, 党支部, 党员)
 * @param evidence ids of the evidence records that document it
 * @param note what was said, if anything
 */
public record TaskEntry(LoopStep step, LocalDate date, DutyLevel actor, List<String> evidence, Optional<String> note) {

    /**
     * Refuses nulls and copies the list.
     *
     * @param step the step of the work loop (研究部署 → 狠抓落实 → 督促检查 → 及时报告 → 跟踪问效)
     * @param date the day it was taken
     * @param actor the level of responsibility that took the step (党组(党委), 机关党委, 党支部, 党员)
     * @param evidence ids of the evidence records that document it
     * @param note what was said, if anything
     */
    public TaskEntry {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actor, "actor");
        evidence = List.copyOf(evidence);
        evidence.forEach(record -> Identifiers.require(record, "evidence record id"));
        Objects.requireNonNull(note, "note");
    }
}
