package dev.mofan.model.task;

import dev.mofan.model.org.OrgKind;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Optional;

/** The four levels of responsibility (四级责任清单), top down: who holds a duty. */
public enum DutyLevel implements Term {
    /** 党组(党委): the unit's leading party group, which bears the main responsibility (主体责任). */
    PARTY_GROUP("党组(党委)", "party group", OrgKind.PARTY_GROUP),
    /** 机关党委: the organ party committee, which organises, supervises and keeps the ledgers. */
    ORGAN_COMMITTEE("机关党委", "organ party committee", OrgKind.ORGAN_COMMITTEE),
    /** 党支部: the branch, which carries the work out with its members. */
    BRANCH("党支部", "branch", OrgKind.BRANCH),
    /** 党员: each member. */
    MEMBER("党员", "member", null);

    private final Label label;
    private final OrgKind orgKind;

    DutyLevel(String zh, String en, OrgKind orgKind) {
        this.label = Label.of(zh, en);
        this.orgKind = orgKind;
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return the kind of org that holds duties of this level; empty for members, who are not orgs} */
    public Optional<OrgKind> orgKind() {
        return Optional.ofNullable(orgKind);
    }
}
