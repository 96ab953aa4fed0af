package dev.mofan.model.meeting;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** A kind of meeting of a branch's organisational life (组织生活); a party group's meeting is held by a party cell. */
public enum MeetingType implements Term {
    /** 支部党员大会: the branch's general meeting of its members. */
    GENERAL_MEETING("支部党员大会", "branch general meeting"),
    /** 支部委员会: the branch committee's meeting. */
    COMMITTEE_MEETING("支部委员会", "branch committee meeting"),
    /** 党小组会: a party cell's meeting, held by each party cell of the branch. */
    GROUP_MEETING("党小组会", "party group meeting"),
    /** 党课: a party lecture. */
    PARTY_LECTURE("党课", "party lecture"),
    /** 主题党日: a themed party day. */
    THEMED_PARTY_DAY("主题党日", "themed party day"),
    /** 组织生活会: the organisational life meeting (criticism and self-criticism). */
    LIFE_MEETING("组织生活会", "organisational life meeting"),
    /** 民主评议党员: the democratic appraisal of members. */
    MEMBER_APPRAISAL("民主评议党员", "democratic appraisal of members");

    private final Label label;

    MeetingType(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return whether each party cell of a branch holds its own meetings of this type, rather than the branch} */
    public boolean heldByPartyCells() {
        return this == GROUP_MEETING;
    }
}
