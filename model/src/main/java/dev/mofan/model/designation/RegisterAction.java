package dev.mofan.model.designation;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Map;
import java.util.Optional;

/**
 * A step an entry of the register takes, and the states it may be taken from: the only
 * transitions there are. An entry starts with {@link #NOMINATE} (a designation) or
 * {@link #IDENTIFY} (a weak organisation).
 *
 * <table>
 *   <caption>Legal steps</caption>
 *   <tr><th>action</th><th>from</th><th>to</th></tr>
 *   <tr><td>nominate 提名</td><td>(new)</td><td>candidate</td></tr>
 *   <tr><td>name 命名授牌</td><td>candidate</td><td>named</td></tr>
 *   <tr><td>drop 不予命名</td><td>candidate</td><td>dropped</td></tr>
 *   <tr><td>open-review 启动复查</td><td>named</td><td>under review</td></tr>
 *   <tr><td>retain 复查保留</td><td>under review</td><td>named</td></tr>
 *   <tr><td>warn 限期整改</td><td>under review</td><td>warned</td></tr>
 *   <tr><td>rectified 整改到位</td><td>warned</td><td>named</td></tr>
 *   <tr><td>revoke 撤销命名</td><td>under review, warned</td><td>revoked</td></tr>
 *   <tr><td>expire 期满</td><td>named, under review, warned</td><td>expired</td></tr>
 *   <tr><td>identify 认定</td><td>(new)</td><td>identified</td></tr>
 *   <tr><td>assign 整改提升</td><td>identified</td><td>rectifying</td></tr>
 *   <tr><td>extend 验收未通过</td><td>rectifying</td><td>rectifying</td></tr>
 *   <tr><td>accept 评估验收</td><td>rectifying</td><td>closed</td></tr>
 * </table>
 */
public enum RegisterAction implements Term {
    /** 提名: eligible, proposed for naming. */
    NOMINATE("提名", "nominate", Map.of()),
    /** 命名授牌: named. */
    NAME("命名授牌", "name", Map.of(RegisterState.CANDIDATE, RegisterState.NAMED)),
    /** 不予命名: a candidate no longer eligible. */
    DROP("不予命名", "drop", Map.of(RegisterState.CANDIDATE, RegisterState.DROPPED)),
    /** 启动复查: re-examination (复查评估) opened. */
    OPEN_REVIEW("启动复查", "open review", Map.of(RegisterState.NAMED, RegisterState.UNDER_REVIEW)),
    /** 复查保留: re-examined and kept. */
    RETAIN("复查保留", "retain", Map.of(RegisterState.UNDER_REVIEW, RegisterState.NAMED)),
    /** 限期整改: warned, with a rectification deadline. */
    WARN("限期整改", "warn", Map.of(RegisterState.UNDER_REVIEW, RegisterState.WARNED)),
    /** 整改到位: a warned subject rectified. */
    RECTIFIED("整改到位", "rectified", Map.of(RegisterState.WARNED, RegisterState.NAMED)),
    /** 撤销命名: revoked with a reason (退出机制). */
    REVOKE("撤销命名", "revoke", Map.of(RegisterState.UNDER_REVIEW, RegisterState.REVOKED,
            RegisterState.WARNED, RegisterState.REVOKED)),
    /** 期满: the term ran out. */
    EXPIRE("期满", "expire", Map.of(RegisterState.NAMED, RegisterState.EXPIRED,
            RegisterState.UNDER_REVIEW, RegisterState.EXPIRED, RegisterState.WARNED, RegisterState.EXPIRED)),
    /** 认定: identified as weak and lax. */
    IDENTIFY("认定", "identify", Map.of()),
    /** 整改提升: rectification assigned, with a deadline. */
    ASSIGN("整改提升", "assign", Map.of(RegisterState.IDENTIFIED, RegisterState.RECTIFYING)),
    /** 验收未通过: re-assessed and not accepted; rectification goes on to a new deadline. */
    EXTEND("验收未通过", "extend", Map.of(RegisterState.RECTIFYING, RegisterState.RECTIFYING)),
    /** 评估验收: re-assessed and accepted; closed (销号). */
    ACCEPT("评估验收", "accept", Map.of(RegisterState.RECTIFYING, RegisterState.CLOSED));

    private final Label label;
    private final Map<RegisterState, RegisterState> moves;

    RegisterAction(String zh, String en, Map<RegisterState, RegisterState> moves) {
        this.label = Label.of(zh, en);
        this.moves = moves;
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return the state an entry's first step leads to; empty for an action that cannot start an entry} */
    public Optional<RegisterState> starts() {
        return this == NOMINATE ? Optional.of(RegisterState.CANDIDATE)
                : this == IDENTIFY ? Optional.of(RegisterState.IDENTIFIED) : Optional.empty();
    }

    /**
     * {@return the state this action leads to from {@code state}; empty when it may not be taken there}
     *
     * @param state the entry's state before the step
     */
    public Optional<RegisterState> from(RegisterState state) {
        return Optional.ofNullable(moves.get(state));
    }

    /** {@return whether the step sets a rectification deadline (warn, assign, extend)} */
    public boolean setsDeadline() {
        return this == WARN || this == ASSIGN || this == EXTEND;
    }
}
