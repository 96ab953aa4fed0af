package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Arrays;
import java.util.List;

/**
 * A record-keeping document whose figures can become evidence under a declared key (SCORING.md:
 * derived figures enter as evidence like any other record): the problem ledger (问题台账), the task
 * ledger (任务台账) or the activity log (活动记录).
 */
public enum DerivedSource implements Term {
    /** Problems found, rectified and closed (问题台账); counted by category. */
    PROBLEM_LEDGER("问题台账", "problem ledger"),
    /** Rounds of key tasks moved through the work loop (任务台账); counted by task. */
    TASK_LEDGER("任务台账", "task ledger"),
    /** Activities held, with their participants (活动记录); counted by kind. */
    ACTIVITY_LOG("活动记录", "activity log");

    private final Label label;

    DerivedSource(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The figures this source gives, in declaration order. */
    public List<DerivedFigure> figures() {
        return Arrays.stream(DerivedFigure.values()).filter(f -> f.source() == this).toList();
    }
}
