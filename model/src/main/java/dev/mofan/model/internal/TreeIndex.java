package dev.mofan.model.internal;

import dev.mofan.model.org.OrgKind;
import java.util.Map;

/**
 * The result of {@link TreeCheck}: where each org sits, as far as the entries allowed. For a
 * valid tree every array is complete and {@link #preorder()} lists every entry; otherwise only
 * the entries reachable from a root have a depth and a unit.
 *
 * <p>Arrays are indexed by entry (position in the checked list) and are not copied: callers
 * must not change them.
 */
public final class TreeIndex implements OrgLookup {

    private final String[] ids;
    private final OrgKind[] kinds;
    private final Map<String, Integer> byId;
    private final int[] parent;
    private final int[] preorder;
    private final int[] depth;
    private final int[] subtreeSize;
    private final int[] unit;

    TreeIndex(String[] ids, OrgKind[] kinds, Map<String, Integer> byId, int[] parent,
              int[] preorder, int[] depth, int[] subtreeSize, int[] unit) {
        this.ids = ids;
        this.kinds = kinds;
        this.byId = byId;
        this.parent = parent;
        this.preorder = preorder;
        this.depth = depth;
        this.subtreeSize = subtreeSize;
        this.unit = unit;
    }

    /** The entry holding {@code id} (its first occurrence), or -1. */
    @Override
    public int entryOf(String id) {
        Integer entry = byId.get(id);
        return entry == null ? -1 : entry;
    }

    /** {@return entries by id (first occurrences); not copied, callers must not change it} */
    public Map<String, Integer> entriesById() {
        return byId;
    }

    @Override
    public String id(int entry) {
        return ids[entry];
    }

    @Override
    public OrgKind kind(int entry) {
        return kinds[entry];
    }

    /**
     * {@return the entry of the parent, {@link #NONE} for a root, or {@link #UNKNOWN}}
     *
     * @param entry the entry
     */
    public int parent(int entry) {
        return parent[entry];
    }

    @Override
    public int unitOf(int entry) {
        return unit[entry];
    }

    /**
     * {@return depth below the root (root = 0), or -1 when unknown}
     *
     * @param entry the entry
     */
    public int depth(int entry) {
        return depth[entry];
    }

    /**
     * {@return the number of orgs in the subtree of an entry, itself included; 0 when unknown}
     *
     * @param entry the entry
     */
    public int subtreeSize(int entry) {
        return subtreeSize[entry];
    }

    /** {@return the entries reachable from a root in pre-order, children by id} Complete for a valid tree. */
    public int[] preorder() {
        return preorder;
    }
}
