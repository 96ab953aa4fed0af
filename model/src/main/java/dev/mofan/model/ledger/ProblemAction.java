package dev.mofan.model.ledger;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Map;
import java.util.Optional;

/**
 * A step a problem takes, and the states it may be taken from (the problem ledger's state machine):
 *
 * <table>
 *   <caption>Legal steps</caption>
 *   <tr><th>action</th><th>from</th><th>to</th></tr>
 *   <tr><td>assign 交办</td><td>found, assigned (reassigned)</td><td>assigned</td></tr>
 *   <tr><td>rectify 整改完成</td><td>assigned</td><td>rectified</td></tr>
 *   <tr><td>close 验收销号</td><td>rectified</td><td>closed</td></tr>
 *   <tr><td>reject 验收未通过</td><td>rectified</td><td>assigned</td></tr>
 *   <tr><td>reopen 重新交办</td><td>closed</td><td>assigned</td></tr>
 * </table>
 */
public enum ProblemAction implements Term {
    /** 交办: give the problem an owner and a deadline (again, to reassign it). */
    ASSIGN("交办", "assign", Map.of(ProblemState.FOUND, ProblemState.ASSIGNED,
            ProblemState.ASSIGNED, ProblemState.ASSIGNED)),
    /** 整改完成: the owner reports it rectified. */
    RECTIFY("整改完成", "rectify", Map.of(ProblemState.ASSIGNED, ProblemState.RECTIFIED)),
    /** 验收销号: verified and closed. */
    CLOSE("验收销号", "close", Map.of(ProblemState.RECTIFIED, ProblemState.CLOSED)),
    /** 验收未通过: verification failed; back to the owner. */
    REJECT("验收未通过", "reject", Map.of(ProblemState.RECTIFIED, ProblemState.ASSIGNED)),
    /** 重新交办: a closed problem came back; reopened with a new deadline. */
    REOPEN("重新交办", "reopen", Map.of(ProblemState.CLOSED, ProblemState.ASSIGNED));

    private final Label label;
    private final Map<ProblemState, ProblemState> moves;

    ProblemAction(String zh, String en, Map<ProblemState, ProblemState> moves) {
        this.label = Label.of(zh, en);
        this.moves = moves;
    }

    @Override
    public Label label() {
        return label;
    }

    /**
     * {@return the state this action leads to from {@code state}; empty when it may not be taken there}
     *
     * @param state the problem's state before the step
     */
    public Optional<ProblemState> from(ProblemState state) {
        return Optional.ofNullable(moves.get(state));
    }

    /** {@return whether the step sets the owner and the deadline (assign, reopen)} */
    public boolean setsDeadline() {
        return this == ASSIGN || this == REOPEN;
    }
}
