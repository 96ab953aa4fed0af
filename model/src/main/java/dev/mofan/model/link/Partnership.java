package dev.mofan.model.link;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.List;
import java.util.Objects;

/**
 * A partnership link between subjects of the directory (orgs or divisions) and, possibly,
 * partners outside it (a village's or a community's party organisation, named only). Links are
 * not leadership: they never change the party tree.
 *
 * <p>Immutable; equality covers every component. A link names at least one subject of the
 * directory and joins at least two parties in all; that its parties exist is checked by
 * {@link dev.mofan.model.directory.OrgDirectory}.
 *
 * @param id the link's id, unique among links
 * @param kind what kind of partnership it is
 * @param parties the ids of the orgs or divisions it joins, sorted, without repeats
 * @param external partners outside the directory, by name, in the order given
 */
public record Partnership(String id, PartnershipKind kind, List<String> parties, List<Label> external) {

    /**
     * Checks ids, that there are at least two parties in all, and copies the lists.
     *
     * @param id the link's id, unique among links
     * @param kind what kind of partnership it is
     * @param parties the ids of the orgs or divisions it joins, sorted, without repeats
     * @param external partners outside the directory, by name, in the order given
     */
    public Partnership {
        Identifiers.require(id, "link id");
        Objects.requireNonNull(kind, "kind");
        parties = List.copyOf(Identifiers.sortedCopy(parties, "party of link '" + id + "'"));
        external = List.copyOf(external);
        for (Label partner : external) {
            if (partner.isEmpty()) {
                throw new IllegalArgumentException("An external partner of link '" + id + "' has no name");
            }
        }
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("Link '" + id + "' names no org or division of the directory");
        }
        if (parties.size() + external.size() < 2) {
            throw new IllegalArgumentException("Link '" + id + "' joins " + (parties.size() + external.size())
                    + " parties; a link joins at least two");
        }
    }

    /**
     * {@return a link between subjects of the directory only}
     *
     * @param id the link's id
     * @param kind what kind of partnership it is
     * @param parties the ids of the orgs or divisions it joins, at least two
     */
    public static Partnership of(String id, PartnershipKind kind, List<String> parties) {
        return new Partnership(id, kind, parties, List.of());
    }
}
