package dev.mofan.model.org;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/**
 * What sort of branch (or general branch) an org is: a regular one, one for retired cadres
 * (离退休干部党支部), or a temporary one (临时党组织, for a project, a training class or a task
 * force). Other kinds of org are always {@link #REGULAR}.
 */
public enum BranchType implements Term {
    /** A regular branch of serving members. */
    REGULAR("普通党支部", "regular branch"),
    /** 离退休干部党支部: a branch of retired cadres. */
    RETIRED("离退休干部党支部", "retired cadres' branch"),
    /** 临时党组织: a temporary branch. */
    TEMPORARY("临时党组织", "temporary branch");

    private final Label label;

    BranchType(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
