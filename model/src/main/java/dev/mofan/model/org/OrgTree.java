package dev.mofan.model.org;

import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.internal.OrgEntry;
import dev.mofan.model.internal.TreeCheck;
import dev.mofan.model.internal.TreeIndex;
import dev.mofan.model.internal.Violations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The party tree: every {@link OrgUnit} of a working committee's system, from its one root down,
 * with the queries that scoring, roll-ups and rankings need.
 *
 * <p><b>Invariants</b> (checked by {@link #of(Collection)}, all problems reported at once): ids
 * are unique; exactly one root, of a kind that {@linkplain OrgKind#mayBeRoot() may be the root};
 * every parent exists; every org sits under a kind it {@linkplain OrgKind#allowedParents() may
 * sit under}; no cycles; at most {@value #MAX_DEPTH} levels below the root.
 *
 * <p><b>Order.</b> Every list this class returns is in pre-order, depth first, with the children
 * of an org sorted by id ({@link String#compareTo(String)}), whatever the order the orgs were
 * given in. Two trees with the same orgs are equal and iterate alike.
 *
 * <p><b>Cost.</b> Building takes O(n) for the checks plus the sorting of each org's children by
 * id (O(n log n) at worst, far less when orgs have tens of children rather than thousands), and
 * never recurses. {@link #find}, {@link #depth}, {@link #isAncestorOrSelf} and
 * {@link #unitOf} take constant time; {@link #subtree} returns a view in constant time;
 * {@link #ancestors} and {@link #path} take time proportional to the depth; {@link #children}
 * proportional to the number of children.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class OrgTree {

    /** The most levels an org may sit below the root. */
    public static final int MAX_DEPTH = TreeCheck.MAX_DEPTH;

    private final List<OrgUnit> units;
    private final Map<String, Integer> entryById;
    private final int[] positionOfEntry;
    private final int[] parent;
    private final int[] depth;
    private final int[] end;
    private final int[] unit;
    private final Map<OrgKind, List<OrgUnit>> byKind;
    private final int height;

    private OrgTree(List<OrgUnit> input, TreeIndex index) {
        int n = input.size();
        int[] order = index.preorder();
        this.entryById = index.entriesById();
        this.positionOfEntry = new int[n];
        for (int k = 0; k < n; k++) {
            positionOfEntry[order[k]] = k;
        }
        OrgUnit[] sorted = new OrgUnit[n];
        this.parent = new int[n];
        this.depth = new int[n];
        this.end = new int[n];
        this.unit = new int[n];
        int deepest = 0;
        List<List<OrgUnit>> kinds = new ArrayList<>();
        for (int kind = 0; kind < OrgKind.values().length; kind++) {
            kinds.add(new ArrayList<>());
        }
        for (int k = 0; k < n; k++) {
            int entry = order[k];
            OrgUnit org = input.get(entry);
            sorted[k] = org;
            parent[k] = index.parent(entry) >= 0 ? positionOfEntry[index.parent(entry)] : -1;
            depth[k] = index.depth(entry);
            end[k] = k + index.subtreeSize(entry);
            unit[k] = index.unitOf(entry) >= 0 ? positionOfEntry[index.unitOf(entry)] : -1;
            deepest = Math.max(deepest, depth[k]);
            kinds.get(org.kind().ordinal()).add(org);
        }
        this.units = List.of(sorted);
        this.height = deepest;
        Map<OrgKind, List<OrgUnit>> byKind = new EnumMap<>(OrgKind.class);
        for (OrgKind kind : OrgKind.values()) {
            byKind.put(kind, List.copyOf(kinds.get(kind.ordinal())));
        }
        this.byKind = Collections.unmodifiableMap(byKind);
    }

    /**
     * {@return the tree of {@code orgs}, given in any order}
     *
     * @param orgs every org of the tree, in any order
     * @throws ValidationException listing every broken invariant; paths name the position in
     *     {@code orgs} as {@code $.orgs[i]}
     */
    public static OrgTree of(Collection<? extends OrgUnit> orgs) {
        List<OrgUnit> input = List.copyOf(orgs);
        List<OrgEntry> entries = new ArrayList<>(input.size());
        for (OrgUnit org : input) {
            entries.add(OrgEntry.of(org));
        }
        Violations violations = new Violations(List.of("orgs"), Violations.DEFAULT_LIMIT);
        TreeIndex index = TreeCheck.check(entries, "orgs", id -> false, violations);
        violations.throwIfAny();
        return new OrgTree(input, index);
    }

    /** {@return the root org} */
    public OrgUnit root() {
        return units.get(0);
    }

    /** {@return the number of orgs} */
    public int size() {
        return units.size();
    }

    /** {@return every org, in pre-order} */
    public List<OrgUnit> units() {
        return units;
    }

    /**
     * {@return whether an org has this id}
     *
     * @param id the id to look for
     */
    public boolean contains(String id) {
        return entryById.containsKey(id);
    }

    /**
     * {@return the position of the org with this id in {@link #units()}, or -1: for hosts that keep
     * figures per org in arrays}
     *
     * @param id the org's id
     */
    public int indexOf(String id) {
        Integer entry = entryById.get(Objects.requireNonNull(id, "id"));
        return entry == null ? -1 : positionOfEntry[entry];
    }

    /**
     * {@return the org with this id, if any}
     *
     * @param id the org's id
     */
    public Optional<OrgUnit> find(String id) {
        Integer entry = entryById.get(Objects.requireNonNull(id, "id"));
        return entry == null ? Optional.empty() : Optional.of(units.get(positionOfEntry[entry]));
    }

    /**
     * {@return the org with this id}
     *
     * @param id the org's id
     * @throws UnknownIdException if there is none
     */
    public OrgUnit get(String id) {
        return units.get(at(id));
    }

    /**
     * {@return the org this one sits under; empty for the root}
     *
     * @param id the org's id
     */
    public Optional<OrgUnit> parent(String id) {
        int p = parent[at(id)];
        return p < 0 ? Optional.empty() : Optional.of(units.get(p));
    }

    /**
     * {@return the orgs directly under this one, sorted by id}
     *
     * @param id the org's id
     */
    public List<OrgUnit> children(String id) {
        int k = at(id);
        List<OrgUnit> result = new ArrayList<>();
        for (int c = k + 1; c < end[k]; c = end[c]) {
            result.add(units.get(c));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * {@return the orgs above this one, nearest first, ending with the root; empty for the root}
     *
     * @param id the org's id
     */
    public List<OrgUnit> ancestors(String id) {
        int k = at(id);
        OrgUnit[] result = new OrgUnit[depth[k]];
        int i = 0;
        for (int p = parent[k]; p >= 0; p = parent[p]) {
            result[i++] = units.get(p);
        }
        return List.of(result);
    }

    /**
     * {@return the orgs from the root down to this one, both included}
     *
     * @param id the org's id
     */
    public List<OrgUnit> path(String id) {
        int k = at(id);
        OrgUnit[] result = new OrgUnit[depth[k] + 1];
        for (int p = k, i = depth[k]; p >= 0; p = parent[p], i--) {
            result[i] = units.get(p);
        }
        return List.of(result);
    }

    /**
     * {@return this org and every org below it, in pre-order}
     *
     * @param id the org's id
     */
    public List<OrgUnit> subtree(String id) {
        int k = at(id);
        return units.subList(k, end[k]);
    }

    /**
     * {@return how many levels this org sits below the root (the root is at 0)}
     *
     * @param id the org's id
     */
    public int depth(String id) {
        return depth[at(id)];
    }

    /** {@return the greatest depth of any org} */
    public int height() {
        return height;
    }

    /**
     * {@return whether {@code ancestor} is {@code id} itself or an org above it}
     *
     * @param ancestor the id of the org that may be above
     * @param id the id of the org that may be below
     */
    public boolean isAncestorOrSelf(String ancestor, String id) {
        int a = at(ancestor);
        int k = at(id);
        return a <= k && k < end[a];
    }

    /**
     * {@return every org of a kind, in pre-order}
     *
     * @param kind the kind asked for
     */
    public List<OrgUnit> ofKind(OrgKind kind) {
        return byKind.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * {@return the unit this org belongs to: the nearest {@link OrgKind#UNIT} at or above it} Empty for a
     * working committee.
     *
     * @param id the org's id
     */
    public Optional<OrgUnit> unitOf(String id) {
        int u = unit[at(id)];
        return u < 0 ? Optional.empty() : Optional.of(units.get(u));
    }

    /** Two trees are equal when they hold equal orgs. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OrgTree tree && units.equals(tree.units);
    }

    @Override
    public int hashCode() {
        return units.hashCode();
    }

    /** A short description: root id, size and height. */
    @Override
    public String toString() {
        return "OrgTree[root=" + root().id() + ", size=" + size() + ", height=" + height + "]";
    }

    /** The pre-order position of the org with this id. */
    private int at(String id) {
        Integer entry = entryById.get(Objects.requireNonNull(id, "id"));
        if (entry == null) {
            throw new UnknownIdException("org", id);
        }
        return positionOfEntry[entry];
    }
}
