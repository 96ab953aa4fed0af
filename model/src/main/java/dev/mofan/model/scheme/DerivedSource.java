package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Arrays;
import java.util.List;

/**
 * A record-keeping document whose figures can become evidence under a declared key (SCORING.md:
 * derived figures enter as evidence like any other record): the problem ledger (问题台账), the task
 * ledger (任务台账), the activity log (活动记录) or the meeting records of organisational life (会议记录).
 */
public enum DerivedSource implements Term {
    /** Problems found, rectified and closed (问题台账); counted by category. */
    PROBLEM_LEDGER("问题台账", "problem ledger"),
    /** Rounds of key tasks moved through the work loop (任务台账); counted by task. */
    TASK_LEDGER("任务台账", "task ledger"),
    /** Activities held, with their participants (活动记录); counted by kind. */
    ACTIVITY_LOG("活动记录", "activity log"),
    /** Meetings of organisational life checked against their cadences (组织生活); counted by meeting type. */
    MEETING_LOG("会议记录", "meeting records");

    private final Label label;

    DerivedSource(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return the figures this source gives, in declaration order} */
    public List<DerivedFigure> figures() {
        return Arrays.stream(DerivedFigure.values()).filter(f -> f.source() == this).toList();
    }
}
