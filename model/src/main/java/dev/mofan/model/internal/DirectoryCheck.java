package dev.mofan.model.internal;

import dev.mofan.model.internal.DirectoryEntries.DivisionEntry;
import dev.mofan.model.internal.DirectoryEntries.LinkEntry;
import dev.mofan.model.internal.DirectoryEntries.MemberEntry;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.org.OrgKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the references from members, divisions and links into the party tree: every id unique
 * in its namespace (divisions share the orgs' one), every referenced org present and of the right
 * kind, a division's branches inside its unit, at most one secretary per branch. O(n).
 */
public final class DirectoryCheck {

    /** The top-level sections of an org document, in document order. */
    public static final List<String> SECTIONS = List.of("orgs", "members", "divisions", "links");

    private DirectoryCheck() {
    }

    /**
     * Checks everything beside the tree against {@code tree} (which may itself be partial).
     *
     * @param tree the orgs as far as they could be read
     * @param members the entries of {@code members}
     * @param divisions the entries of {@code divisions}
     * @param links the entries of {@code links}
     * @param out where problems are reported
     */
    public static void check(OrgLookup tree, List<MemberEntry> members, List<DivisionEntry> divisions,
                             List<LinkEntry> links, Violations out) {
        Map<String, Integer> divisionIds = checkDivisions(tree, divisions, out);
        checkMembers(tree, members, divisionIds, out);
        checkLinks(tree, divisionIds, links, out);
    }

    private static void checkMembers(OrgLookup tree, List<MemberEntry> members, Map<String, Integer> divisionIds,
                                     Violations out) {
        Map<String, Integer> ids = new HashMap<>(capacity(members.size()));
        Map<String, Integer> secretaries = new HashMap<>(capacity(members.size() / 8));
        for (int i = 0; i < members.size(); i++) {
            MemberEntry member = members.get(i);
            String path = Paths.entry("members", i);
            unique(ids, member.id(), i, "members", path, out);
            if (member.branch() == null) {
                continue;
            }
            int branch = tree.entryOf(member.branch());
            if (branch < 0) {
                out.add(Paths.field(path, "branch"), divisionIds.containsKey(member.branch())
                        ? ModelProblems.MEMBER_BRANCH_DIVISION : ModelProblems.MEMBER_BRANCH_UNKNOWN, member.branch());
                continue;
            }
            OrgKind kind = tree.kind(branch);
            if (kind != null && kind != OrgKind.BRANCH) {
                out.add(Paths.field(path, "branch"), ModelProblems.MEMBER_BRANCH_KIND, member.branch(), kind);
            }
            if (member.role() == MemberRole.SECRETARY) {
                Integer first = secretaries.putIfAbsent(member.branch(), i);
                if (first != null) {
                    out.add(Paths.field(path, "role"), ModelProblems.SECOND_SECRETARY, member.branch(),
                            members.get(first).id() == null ? "?" : members.get(first).id(),
                            Paths.entry("members", first));
                }
            }
        }
    }

    private static Map<String, Integer> checkDivisions(OrgLookup tree, List<DivisionEntry> divisions, Violations out) {
        Map<String, Integer> ids = new HashMap<>(capacity(divisions.size()));
        for (int i = 0; i < divisions.size(); i++) {
            DivisionEntry division = divisions.get(i);
            String path = Paths.entry("divisions", i);
            if (division.id() != null && tree.entryOf(division.id()) >= 0) {
                out.add(Paths.field(path, "id"), ModelProblems.ID_DUPLICATE, division.id(),
                        Paths.entry("orgs", tree.entryOf(division.id())));
            } else {
                unique(ids, division.id(), i, "divisions", path, out);
            }
            int unit = division.unit() == null ? -1 : tree.entryOf(division.unit());
            if (division.unit() != null && unit < 0) {
                out.add(Paths.field(path, "unit"), ModelProblems.DIVISION_UNIT_UNKNOWN, division.unit());
            } else if (unit >= 0 && tree.kind(unit) != null && tree.kind(unit) != OrgKind.UNIT) {
                out.add(Paths.field(path, "unit"), ModelProblems.DIVISION_UNIT_KIND, division.unit(), tree.kind(unit));
                unit = -1;
            }
            if (division.branches() != null) {
                checkDivisionBranches(tree, division, unit, Paths.field(path, "branches"), out);
            }
        }
        return ids;
    }

    private static void checkDivisionBranches(OrgLookup tree, DivisionEntry division, int unit, String path,
                                              Violations out) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> branches = division.branches();
        for (int j = 0; j < branches.size(); j++) {
            String id = branches.get(j);
            String at = Paths.index(path, j);
            if (id == null || repeated(seen, id, j, path, at, out)) {
                continue;
            }
            int branch = tree.entryOf(id);
            if (branch < 0) {
                out.add(at, ModelProblems.DIVISION_BRANCH_UNKNOWN, id);
                continue;
            }
            OrgKind kind = tree.kind(branch);
            if (kind != null && kind != OrgKind.BRANCH && kind != OrgKind.GENERAL_BRANCH) {
                out.add(at, ModelProblems.DIVISION_BRANCH_KIND, id, kind);
                continue;
            }
            int actualUnit = tree.unitOf(branch);
            if (unit >= 0 && actualUnit >= 0 && actualUnit != unit) {
                out.add(at, ModelProblems.DIVISION_BRANCH_OUTSIDE, id, tree.id(actualUnit), division.unit());
            }
        }
    }

    private static void checkLinks(OrgLookup tree, Map<String, Integer> divisionIds, List<LinkEntry> links,
                                   Violations out) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            LinkEntry link = links.get(i);
            String path = Paths.entry("links", i);
            unique(ids, link.id(), i, "links", path, out);
            if (link.parties() == null) {
                continue;
            }
            String partiesPath = Paths.field(path, "parties");
            Map<String, Integer> seen = new HashMap<>();
            for (int j = 0; j < link.parties().size(); j++) {
                String party = link.parties().get(j);
                String at = Paths.index(partiesPath, j);
                if (party == null || repeated(seen, party, j, partiesPath, at, out)) {
                    continue;
                }
                if (tree.entryOf(party) < 0 && !divisionIds.containsKey(party)) {
                    out.add(at, ModelProblems.LINK_PARTY_UNKNOWN, party);
                }
            }
            if (link.parties().isEmpty()) {
                out.add(partiesPath, ModelProblems.LINK_NO_PARTY);
            } else if (link.external() != LinkEntry.UNKNOWN_COUNT && link.parties().size() + link.external() < 2) {
                out.add(partiesPath, ModelProblems.LINK_TOO_FEW, link.parties().size() + link.external());
            }
        }
    }

    /** A map capacity that holds {@code entries} without growing. */
    private static int capacity(int entries) {
        return Math.max(16, entries * 4 / 3 + 1);
    }

    private static void unique(Map<String, Integer> ids, String id, int index, String section, String path,
                               Violations out) {
        if (id == null) {
            return;
        }
        Integer first = ids.putIfAbsent(id, index);
        if (first != null) {
            out.add(Paths.field(path, "id"), ModelProblems.ID_DUPLICATE, id, Paths.entry(section, first));
        }
    }

    private static boolean repeated(Map<String, Integer> seen, String id, int index, String listPath, String at,
                                    Violations out) {
        Integer first = seen.putIfAbsent(id, index);
        if (first != null) {
            out.add(at, ModelProblems.LIST_REPEAT, id, Paths.index(listPath, first));
            return true;
        }
        return false;
    }
}
