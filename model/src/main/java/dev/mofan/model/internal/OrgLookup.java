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

    /** The entry holding {@code id}, or -1. */
    int entryOf(String id);

    /** The id of an entry, or null when it had none. */
    String id(int entry);

    /** The kind of an entry, or null when it was unknown. */
    OrgKind kind(int entry);

    /** The entry of the nearest unit at or above an entry, {@link #NONE}, or {@link #UNKNOWN}. */
    int unitOf(int entry);

    /** The lookup of a valid tree; entries are positions in its pre-order, as in the written document. */
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
