package dev.mofan.model.internal;

import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;

/**
 * What {@link DirectoryCheck} asks of the orgs: by entry number (a position in the orgs list),
 * each org's id, kind and unit. Answered by a {@link TreeIndex} while a document is checked, and
 * by an {@link OrgTree} that is already valid, without checking it again.
 */
public interface OrgLookup {

    /** In {@link #unitOf(int)}: no unit above the org. */
    int NONE = -1;
    /** The unit (or parent) could not be determined: a problem was reported. */
    int UNKNOWN = -2;

    /**
     * {@return the entry holding {@code id}, or -1}
     *
     * @param id the org's id
     */
    int entryOf(String id);

    /**
     * {@return the id of an entry, or null when it had none}
     *
     * @param entry the entry
     */
    String id(int entry);

    /**
     * {@return the kind of an entry, or null when it was unknown}
     *
     * @param entry the entry
     */
    OrgKind kind(int entry);

    /**
     * {@return the entry of the nearest unit at or above an entry, {@link #NONE}, or {@link #UNKNOWN}}
     *
     * @param entry the entry
     */
    int unitOf(int entry);

    /**
     * {@return the lookup of a valid tree; entries are positions in its pre-order, as in the written document}
     *
     * @param tree the tree
     */
    static OrgLookup of(OrgTree tree) {
        return new OrgLookup() {
            @Override
            public int entryOf(String id) {
                return tree.indexOf(id);
            }

            @Override
            public String id(int entry) {
                return tree.units().get(entry).id();
            }

            @Override
            public OrgKind kind(int entry) {
                return tree.units().get(entry).kind();
            }

            @Override
            public int unitOf(int entry) {
                return tree.unitOf(id(entry)).map(unit -> tree.indexOf(unit.id())).orElse(NONE);
            }
        };
    }
}
