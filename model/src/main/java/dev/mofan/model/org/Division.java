package dev.mofan.model.org;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A division (处室) of a unit: an administrative body beside the party tree, assessable in its
 * own right (a division can be named 标兵处室), linked to the branch or branches built on it
 * ("支部建在处室上").
 *
 * <p>Immutable; equality covers every component. That its unit is a unit and its branches lie
 * inside that unit is checked by {@link dev.mofan.model.directory.OrgDirectory}.
 *
 * @param id the division's id, unique among all subjects (orgs and divisions)
 * @param unit the id of the unit it belongs to
 * @param name its name, possibly {@link Label#NONE}
 * @param branches the ids of the branches built on it, sorted, without repeats
 * @param tags labels for peer groups, sorted
 */
public record Division(String id, String unit, Label name, List<String> branches, Set<String> tags)
        implements Subject {

    /** The subject kind id of every division: {@value}. */
    public static final String KIND_ID = "division";

    /**
     * Checks the division's own invariants and copies its collections, sorted and unmodifiable.
     *
     * @param id the division's id, unique among all subjects (orgs and divisions)
     * @param unit the id of the unit it belongs to
     * @param name its name, possibly {@link Label#NONE}
     * @param branches the ids of the branches built on it, sorted, without repeats
     * @param tags labels for peer groups, sorted
     */
    public Division {
        Identifiers.require(id, "division id");
        Identifiers.require(unit, "unit of division '" + id + "'");
        Objects.requireNonNull(name, "name");
        branches = List.copyOf(Identifiers.sortedCopy(branches, "branch of division '" + id + "'"));
        tags = Identifiers.sortedCopy(tags, "tag of division '" + id + "'");
    }

    /**
     * {@return a division of {@code unit} with no name, no branches and no tags}
     *
     * @param id the division's id
     * @param unit the id of the unit it belongs to
     */
    public static Division of(String id, String unit) {
        return new Division(id, unit, Label.NONE, List.of(), Set.of());
    }

    /**
     * {@return this division with another name}
     *
     * @param newName the new name, possibly {@link Label#NONE}
     */
    public Division withName(Label newName) {
        return new Division(id, unit, newName, branches, tags);
    }

    /**
     * {@return this division built on other branches}
     *
     * @param newBranches the ids of the branches built on it, which replace the old ones
     */
    public Division withBranches(Collection<String> newBranches) {
        return new Division(id, unit, name, List.copyOf(newBranches), tags);
    }

    /**
     * {@return this division with other tags}
     *
     * @param newTags the new tags, which replace the old ones
     */
    public Division withTags(Collection<String> newTags) {
        return new Division(id, unit, name, branches, Set.copyOf(newTags));
    }

    @Override
    public String kindId() {
        return KIND_ID;
    }
}
