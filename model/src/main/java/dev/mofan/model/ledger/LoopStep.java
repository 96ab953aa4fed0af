package dev.mofan.model.ledger;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/**
 * The work loop a task's assignment moves through, in this order (工作闭环):
 * 研究部署 → 狠抓落实 → 督促检查 → 及时报告 → 跟踪问效. A step may be recorded again (a second
 * inspection), never before one that comes earlier in the loop.
 */
public enum LoopStep implements Term {
    /** 研究部署: studied and planned. */
    PLAN("研究部署", "plan"),
    /** 狠抓落实: carried out. */
    IMPLEMENT("狠抓落实", "implement"),
    /** 督促检查: inspected. */
    INSPECT("督促检查", "inspect"),
    /** 及时报告: reported; the assignment counts as completed from this step on. */
    REPORT("及时报告", "report"),
    /** 跟踪问效: followed up on its effect; the loop is closed (闭环). */
    FOLLOW_UP("跟踪问效", "follow-up");

    private final Label label;

    LoopStep(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
