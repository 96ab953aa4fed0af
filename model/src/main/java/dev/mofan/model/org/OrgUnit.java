package dev.mofan.model.org;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One organisation of the party tree: a working committee, unit, party group, organ party
 * committee, general branch, branch or party cell.
 *
 * <p>Immutable. Equality covers every component. The org's place in a tree (its parent must
 * exist, nesting rules, no cycles) is checked by {@link OrgTree}; this record checks what holds
 * for the org alone.
 *
 * @param id the org's id, unique among all subjects (see {@link dev.mofan.model.text.Identifiers})
 * @param kind what kind of org it is
 * @param parent the id of the org it sits under; empty for the root of the tree
 * @param name its name, possibly {@link Label#NONE}
 * @param branchType for branches and general branches, what sort of branch; {@link BranchType#REGULAR} for
 *     every other kind
 * @param tags labels for peer groups (for example {@code government-department}), sorted
 */
public record OrgUnit(String id, OrgKind kind, Optional<String> parent, Label name, BranchType branchType,
                      Set<String> tags) implements Subject {

    /**
     * Checks the org's own invariants and copies its tags into a sorted, unmodifiable set.
     *
     * @param id the org's id, unique among all subjects (see {@link dev.mofan.model.text.Identifiers})
     * @param kind what kind of org it is
     * @param parent the id of the org it sits under; empty for the root of the tree
     * @param name its name, possibly {@link Label#NONE}
     * @param branchType for branches and general branches, what sort of branch; {@link BranchType#REGULAR} for every
     *     other kind
     * @param tags labels for peer groups (for example {@code government-department}), sorted
     */
    public OrgUnit {
        Identifiers.require(id, "org id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        parent.ifPresent(p -> Identifiers.require(p, "parent of org '" + id + "'"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(branchType, "branchType");
        if (branchType != BranchType.REGULAR && !kind.hasBranchType()) {
            throw new IllegalArgumentException("Org '" + id + "' is a " + kind.id()
                    + "; only branches and general branches have a branch type, but it was " + branchType.id());
        }
        tags = Identifiers.sortedCopy(tags, "tag of org '" + id + "'");
    }

    /**
     * {@return the root org of a tree: no parent, no name, no tags}
     *
     * @param id the org's id
     * @param kind the org's kind, one that may be the root
     */
    public static OrgUnit root(String id, OrgKind kind) {
        return new OrgUnit(id, kind, Optional.empty(), Label.NONE, BranchType.REGULAR, Set.of());
    }

    /**
     * {@return an org under {@code parent}: no name, no tags, a regular branch type}
     *
     * @param id the org's id
     * @param kind the org's kind
     * @param parent the id of the org it sits under
     */
    public static OrgUnit of(String id, OrgKind kind, String parent) {
        return new OrgUnit(id, kind, Optional.of(parent), Label.NONE, BranchType.REGULAR, Set.of());
    }

    /**
     * {@return this org with another name}
     *
     * @param newName the new name, possibly {@link Label#NONE}
     */
    public OrgUnit withName(Label newName) {
        return new OrgUnit(id, kind, parent, newName, branchType, tags);
    }

    /**
     * {@return this org with another branch type}
     *
     * @param newType the new branch type
     */
    public OrgUnit withBranchType(BranchType newType) {
        return new OrgUnit(id, kind, parent, name, newType, tags);
    }

    /**
     * {@return this org with other tags}
     *
     * @param newTags the new tags, which replace the old ones
     */
    public OrgUnit withTags(Collection<String> newTags) {
        return new OrgUnit(id, kind, parent, name, branchType, Set.copyOf(newTags));
    }

    /**
     * {@return this org under another parent (empty for the root)}
     *
     * @param newParent the id of the new parent; empty to make it a root
     */
    public OrgUnit withParent(Optional<String> newParent) {
        return new OrgUnit(id, kind, newParent, name, branchType, tags);
    }

    /** {@return whether this org has no parent} */
    public boolean isRoot() {
        return parent.isEmpty();
    }

    @Override
    public String kindId() {
        return kind.id();
    }
}
