package dev.mofan.model.org;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of organisation in the party tree, top to bottom, each with the kinds it may sit
 * under ({@link #allowedParents()}) and whether it may be the root of a tree.
 *
 * <p>The nesting rules are data, read in this table:
 * <table>
 *   <caption>Allowed parents</caption>
 *   <tr><th>kind</th><th>may sit under</th><th>may be the root</th></tr>
 *   <tr><td>working-committee 直属机关工委</td><td>working-committee (a city's under a province's)</td><td>yes</td></tr>
 *   <tr><td>unit 单位</td><td>working-committee, unit (a subordinate institution)</td><td>yes (a unit's own portal)</td></tr>
 *   <tr><td>party-group 党组(党委)</td><td>unit</td><td>no</td></tr>
 *   <tr><td>organ-committee 机关党委</td><td>unit, party-group</td><td>no</td></tr>
 *   <tr><td>general-branch 党总支</td><td>unit, party-group, organ-committee</td><td>no</td></tr>
 *   <tr><td>branch 党支部</td><td>unit, party-group, organ-committee, general-branch</td><td>no</td></tr>
 *   <tr><td>party-cell 党小组</td><td>branch</td><td>no</td></tr>
 * </table>
 *
 * <p>Branches and general branches may sit directly under a party group, for units led by a
 * 党委 that runs Party work itself, without a separate 机关党委.
 *
 * <p>{@code party-group} is 党组(党委), the unit's leading party group or party committee, as in the
 * four levels of responsibility (党组(党委) / 机关党委 / 党支部 / 党员); 党小组, the group of
 * members inside a branch, is called {@code party-cell} so the two never get confused.
 */
public enum OrgKind implements Term {
    /** 直属机关工委: the working committee for the organs under a Party committee; owns the scheme. */
    WORKING_COMMITTEE("直属机关工委", "working committee"),
    /** 单位/部门: a department or unit (省直部门、单位), led by its party group or party committee. */
    UNIT("单位", "unit"),
    /** 党组(党委): the unit's leading party group or unit party committee (主体责任). */
    PARTY_GROUP("党组(党委)", "leading party group"),
    /** 机关党委: the organ party committee that runs party work inside the unit. */
    ORGAN_COMMITTEE("机关党委", "organ party committee"),
    /** 党总支: a general branch, an optional middle level above branches. */
    GENERAL_BRANCH("党总支", "general branch"),
    /** 党支部: a branch, the basic unit ("支部建在处室上"). */
    BRANCH("党支部", "branch"),
    /** 党小组: a party cell inside a branch. */
    PARTY_CELL("党小组", "party cell");

    private static final Map<OrgKind, Set<OrgKind>> PARENTS = new EnumMap<>(OrgKind.class);
    private static final Set<OrgKind> ROOTS = Collections.unmodifiableSet(EnumSet.of(WORKING_COMMITTEE, UNIT));

    static {
        PARENTS.put(WORKING_COMMITTEE, EnumSet.of(WORKING_COMMITTEE));
        PARENTS.put(UNIT, EnumSet.of(WORKING_COMMITTEE, UNIT));
        PARENTS.put(PARTY_GROUP, EnumSet.of(UNIT));
        PARENTS.put(ORGAN_COMMITTEE, EnumSet.of(UNIT, PARTY_GROUP));
        PARENTS.put(GENERAL_BRANCH, EnumSet.of(UNIT, PARTY_GROUP, ORGAN_COMMITTEE));
        PARENTS.put(BRANCH, EnumSet.of(UNIT, PARTY_GROUP, ORGAN_COMMITTEE, GENERAL_BRANCH));
        PARENTS.put(PARTY_CELL, EnumSet.of(BRANCH));
        PARENTS.replaceAll((kind, parents) -> Collections.unmodifiableSet(parents));
    }

    private final Label label;

    OrgKind(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return the kinds an org of this kind may sit directly under, in declaration order} */
    public Set<OrgKind> allowedParents() {
        return PARENTS.get(this);
    }

    /**
     * {@return whether an org of this kind may sit directly under an org of kind {@code parent}}
     *
     * @param parent the kind of the would-be parent
     */
    public boolean mayBeChildOf(OrgKind parent) {
        return PARENTS.get(this).contains(parent);
    }

    /**
     * {@return whether an org of this kind may sit somewhere below one of kind {@code ancestor}, through any
     * chain of allowed parents (a branch below a unit, through its organ committee; a unit below a
     * unit)}
     *
     * @param ancestor the kind of the would-be ancestor
     */
    public boolean mayBeBelow(OrgKind ancestor) {
        Set<OrgKind> reached = EnumSet.noneOf(OrgKind.class);
        Deque<OrgKind> next = new ArrayDeque<>(List.of(ancestor));
        while (!next.isEmpty()) {
            OrgKind parent = next.pop();
            for (OrgKind kind : values()) {
                if (kind.mayBeChildOf(parent) && reached.add(kind)) {
                    next.push(kind);
                }
            }
        }
        return reached.contains(this);
    }

    /** {@return whether an org of this kind may be the root of a tree} */
    public boolean mayBeRoot() {
        return ROOTS.contains(this);
    }

    /** {@return whether branch types ({@link BranchType}) apply to this kind: branches and general branches} */
    public boolean hasBranchType() {
        return this == BRANCH || this == GENERAL_BRANCH;
    }
}
