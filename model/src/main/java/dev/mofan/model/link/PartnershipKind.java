package dev.mofan.model.link;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** What a partnership link is: joint building, paired assistance, committee aggregation or an alliance. */
public enum PartnershipKind implements Term {
    /** 联建共建: joint party building, often with a village or a community. */
    JOINT_BUILDING("联建共建", "joint building"),
    /** 结对帮扶: paired assistance, a stronger organisation helping a weaker one. */
    PAIRED_ASSISTANCE("结对帮扶", "paired assistance"),
    /** 三级工委聚合: the provincial, city and county working committees working as one. */
    COMMITTEE_AGGREGATION("三级工委聚合", "aggregation of working committees"),
    /** 党建联盟: a party-building alliance of several organisations. */
    ALLIANCE("党建联盟", "party-building alliance");

    private final Label label;

    PartnershipKind(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
