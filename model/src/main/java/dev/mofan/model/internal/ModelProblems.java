package dev.mofan.model.internal;

import dev.mofan.model.error.Problem;

/**
 * The problems the model's own checks find: ids, the shape of the party tree, and the references
 * between orgs, members, divisions and partnership links. Codes and messages are listed in
 * docs/errors.md, which a test keeps in step with this class.
 */
public final class ModelProblems {

    /** An id that breaks the id rule. */
    public static final Problem ID_INVALID = new Problem("id.invalid",
            "'%s' is not a valid id: %s",
            "'%s' 不是有效的编号：%s");

    /** An id used twice in one namespace. */
    public static final Problem ID_DUPLICATE = new Problem("id.duplicate",
            "duplicate id '%s' (first at %s)",
            "编号 '%s' 重复（首次出现于 %s）");

    /** A value listed twice in one list. */
    public static final Problem LIST_REPEAT = new Problem("list.repeat",
            "'%s' is listed twice (first at %s)",
            "'%s' 重复列出（首次出现于 %s）");

    /** A document with no org. */
    public static final Problem ORGS_EMPTY = new Problem("orgs.empty",
            "there must be at least one org",
            "至少需要一个组织");

    /** No org without a parent: the tree has no root. */
    public static final Problem ROOT_NONE = new Problem("org.root.none",
            "no root: every org names a parent",
            "没有根组织：每个组织都填写了上级");

    /** A second org without a parent, when another is already the root. */
    public static final Problem ROOT_SECOND = new Problem("org.root.second",
            "missing: only one org may be the root, and '%s' at %s already is",
            "缺少上级：只能有一个根组织，%2$s 处的 '%1$s' 已是根组织");

    /** A root of a kind that may not be the root. */
    public static final Problem ROOT_KIND = new Problem("org.root.kind",
            "missing: an org of kind '%s' cannot be the root; it needs a parent of kind %s",
            "缺少上级：%s不能作为根组织，须隶属于以下类型之一：%s");

    /** A parent that is not an org of the tree. */
    public static final Problem PARENT_UNKNOWN = new Problem("org.parent.unknown",
            "unknown org '%s'",
            "上级组织 '%s' 不存在");

    /** A parent that is a division (处室), not an org. */
    public static final Problem PARENT_NOT_ORG = new Problem("org.parent.division",
            "'%s' is a division, not an org; divisions sit beside the party tree",
            "'%s' 是处室，不是党组织；处室不在党组织树内");

    /** An org under a parent of a kind it may not sit under. */
    public static final Problem NESTING = new Problem("org.nesting",
            "an org of kind '%s' cannot sit under '%s', of kind '%s'; allowed parent kinds: %s",
            "%1$s不能隶属于%3$s（'%2$s'）；允许的上级类型：%4$s");

    /** A parent chain that leads back to where it started. */
    public static final Problem CYCLE = new Problem("org.cycle",
            "the parent chain is a cycle: %s",
            "上级关系形成循环：%s");

    /** An org more than {@value TreeCheck#MAX_DEPTH} levels below the root. */
    public static final Problem TOO_DEEP = new Problem("org.depth",
            "'%s' sits %s levels below the root; at most %s are allowed",
            "'%s' 位于根组织之下第 %s 层，最多允许 %s 层");

    /** A branch type on an org that is neither a branch nor a general branch. */
    public static final Problem BRANCH_TYPE_KIND = new Problem("org.branch-type",
            "only branches and general branches have a branch type, not an org of kind '%s'",
            "只有党支部和党总支可以设置支部类型，%s不可以");

    /** A member's branch that is not in the tree. */
    public static final Problem MEMBER_BRANCH_UNKNOWN = new Problem("member.branch.unknown",
            "unknown branch '%s'",
            "党支部 '%s' 不存在");

    /** A member's branch that is an org of another kind. */
    public static final Problem MEMBER_BRANCH_KIND = new Problem("member.branch.kind",
            "'%s' is of kind '%s', not a branch; members belong to branches",
            "'%s' 是%s，不是党支部；党员隶属于党支部");

    /** A member's branch that is a division, not the branch built on it. */
    public static final Problem MEMBER_BRANCH_DIVISION = new Problem("member.branch.division",
            "'%s' is a division, not a branch; members belong to the branch built on it",
            "'%s' 是处室，不是党支部；党员隶属于建在处室上的党支部");

    /** A second secretary (书记) in one branch. */
    public static final Problem SECOND_SECRETARY = new Problem("member.secretary.second",
            "branch '%s' already has a secretary: '%s' at %s",
            "党支部 '%s' 已有书记：%3$s 处的 '%2$s'");

    /** A division's unit that is not in the tree. */
    public static final Problem DIVISION_UNIT_UNKNOWN = new Problem("division.unit.unknown",
            "unknown unit '%s'",
            "单位 '%s' 不存在");

    /** A division's unit that is an org of another kind. */
    public static final Problem DIVISION_UNIT_KIND = new Problem("division.unit.kind",
            "'%s' is of kind '%s', not a unit; divisions belong to units",
            "'%s' 是%s，不是单位；处室隶属于单位");

    /** A branch a division is built on that is not in the tree. */
    public static final Problem DIVISION_BRANCH_UNKNOWN = new Problem("division.branch.unknown",
            "unknown branch '%s'",
            "党支部 '%s' 不存在");

    /** A division built on an org that is neither a branch nor a general branch. */
    public static final Problem DIVISION_BRANCH_KIND = new Problem("division.branch.kind",
            "'%s' is of kind '%s'; a division is built on branches or general branches",
            "'%s' 是%s；处室只能对应党支部或党总支");

    /** A division built on a branch of another unit. */
    public static final Problem DIVISION_BRANCH_OUTSIDE = new Problem("division.branch.outside",
            "branch '%s' belongs to unit '%s', not to '%s'",
            "党支部 '%s' 属于单位 '%s'，不属于 '%s'");

    /** A link's party that is neither an org nor a division of the directory. */
    public static final Problem LINK_PARTY_UNKNOWN = new Problem("link.party.unknown",
            "unknown org or division '%s'",
            "组织或处室 '%s' 不存在");

    /** A link that names no org or division of the directory. */
    public static final Problem LINK_NO_PARTY = new Problem("link.parties.none",
            "a link names at least one org or division of this directory",
            "结对关系至少要包含本目录中的一个组织或处室");

    /** A link that joins fewer than two parties, external partners included. */
    public static final Problem LINK_TOO_FEW = new Problem("link.parties.few",
            "a link joins at least two parties (parties plus external partners), but this one has %s",
            "结对关系至少涉及两方（含外部单位），此处只有 %s 方");

    private ModelProblems() {
    }
}
