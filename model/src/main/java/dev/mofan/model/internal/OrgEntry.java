package dev.mofan.model.internal;

import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgUnit;

/**
 * What the tree check needs to know of one entry of the {@code orgs} list, as far as it could be
 * read: a field that was missing or malformed is {@code null} (its own problem is reported by
 * whoever read it), so that the check still finds every other problem without inventing
 * consequences of the first.
 *
 * @param id the id as written, or null when it was not a string
 * @param kind the kind, or null when it was missing or unknown
 * @param parent the parent id as written, or null for a root or an unreadable parent
 * @param parentKnown false when the parent field was present but unreadable
 */
public record OrgEntry(String id, OrgKind kind, String parent, boolean parentKnown) {

    /**
     * {@return the entry for an org built in code}
     *
     * @param unit the org
     */
    public static OrgEntry of(OrgUnit unit) {
        return new OrgEntry(unit.id(), unit.kind(), unit.parent().orElse(null), true);
    }
}
