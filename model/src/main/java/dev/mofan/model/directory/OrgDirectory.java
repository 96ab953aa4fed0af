package dev.mofan.model.directory;

import dev.mofan.model.error.ValidationException;
import dev.mofan.model.internal.DirectoryCheck;
import dev.mofan.model.internal.DirectoryEntries.DivisionEntry;
import dev.mofan.model.internal.DirectoryEntries.LinkEntry;
import dev.mofan.model.internal.DirectoryEntries.MemberEntry;
import dev.mofan.model.internal.OrgLookup;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.link.Partnership;
import dev.mofan.model.member.Member;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.Subject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A working committee's organisational data: the party {@link OrgTree}, the {@link Member}s of
 * its branches, the {@link Division}s (处室) beside it and the {@link Partnership} links between
 * them. Orgs and divisions together are the {@link Subject}s that can be assessed, in one id
 * namespace.
 *
 * <p><b>Invariants</b> (checked by {@link #of}, every problem reported at once): subject ids
 * unique across orgs and divisions; member ids unique among members, link ids among links; a
 * member's branch is a {@code branch}; a branch has at most one secretary; a division belongs to
 * a {@code unit} and is built on branches or general branches of that unit; a link's parties are
 * subjects of this directory, named once each.
 *
 * <p><b>Order.</b> Orgs in the tree's pre-order; members, divisions and links sorted by id.
 * Lists returned by lookups keep that order.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class OrgDirectory {

    private final OrgTree tree;
    private final List<Member> members;
    private final List<Division> divisions;
    private final List<Partnership> links;
    private final Map<String, Member> memberById;
    private final Map<String, List<Member>> membersByBranch;
    private final Map<String, Division> divisionById;
    private final Map<String, List<Division>> divisionsByUnit;
    private final Map<String, List<Division>> divisionsByBranch;
    private final Map<String, Partnership> linkById;
    private final Map<String, List<Partnership>> linksBySubject;

    private OrgDirectory(OrgTree tree, List<Member> members, List<Division> divisions, List<Partnership> links) {
        this.tree = tree;
        this.members = sortedById(members, Member::id);
        this.divisions = sortedById(divisions, Division::id);
        this.links = sortedById(links, Partnership::id);
        this.memberById = byId(this.members, Member::id);
        this.membersByBranch = groupBy(this.members, member -> List.of(member.branch()));
        this.divisionById = byId(this.divisions, Division::id);
        this.divisionsByUnit = groupBy(this.divisions, division -> List.of(division.unit()));
        this.divisionsByBranch = groupBy(this.divisions, Division::branches);
        this.linkById = byId(this.links, Partnership::id);
        this.linksBySubject = groupBy(this.links, Partnership::parties);
    }

    /**
     * {@return the directory of a tree with its members, divisions and links, each given in any order}
     *
     * @param tree the party tree
     * @param members the members of its branches
     * @param divisions the divisions (处室) of its units
     * @param links the partnership links between its subjects
     * @throws ValidationException listing every broken invariant; paths name positions in the
     *     given collections ({@code $.members[i]}) and orgs by their place in the tree's pre-order
     *     ({@code $.orgs[k]}), as in the written document
     */
    public static OrgDirectory of(OrgTree tree, Collection<Member> members, Collection<Division> divisions,
                                  Collection<Partnership> links) {
        Objects.requireNonNull(tree, "tree");
        List<Member> memberList = List.copyOf(members);
        List<Division> divisionList = List.copyOf(divisions);
        List<Partnership> linkList = List.copyOf(links);
        Violations violations = new Violations(DirectoryCheck.SECTIONS, Violations.DEFAULT_LIMIT);
        DirectoryCheck.check(OrgLookup.of(tree),
                memberList.stream().map(MemberEntry::of).toList(),
                divisionList.stream().map(DivisionEntry::of).toList(),
                linkList.stream().map(LinkEntry::of).toList(),
                violations);
        violations.throwIfAny();
        return new OrgDirectory(tree, memberList, divisionList, linkList);
    }

    /**
     * {@return the directory of a tree alone: no members, divisions or links}
     *
     * @param tree the party tree
     */
    public static OrgDirectory of(OrgTree tree) {
        return of(tree, List.of(), List.of(), List.of());
    }

    /** {@return the party tree} */
    public OrgTree tree() {
        return tree;
    }

    /** {@return every member, sorted by id} */
    public List<Member> members() {
        return members;
    }

    /** {@return every division, sorted by id} */
    public List<Division> divisions() {
        return divisions;
    }

    /** {@return every partnership link, sorted by id} */
    public List<Partnership> links() {
        return links;
    }

    /**
     * {@return the member with this id, if any}
     *
     * @param id the member's id
     */
    public Optional<Member> member(String id) {
        return Optional.ofNullable(memberById.get(id));
    }

    /**
     * {@return the members of a branch, sorted by id; empty for an unknown id or a branch without members}
     *
     * @param branch the branch's id
     */
    public List<Member> membersOf(String branch) {
        return membersByBranch.getOrDefault(branch, List.of());
    }

    /**
     * {@return the division with this id, if any}
     *
     * @param id the division's id
     */
    public Optional<Division> division(String id) {
        return Optional.ofNullable(divisionById.get(id));
    }

    /**
     * {@return the divisions of a unit, sorted by id}
     *
     * @param unit the unit's id
     */
    public List<Division> divisionsOf(String unit) {
        return divisionsByUnit.getOrDefault(unit, List.of());
    }

    /**
     * {@return the divisions built on a branch, sorted by id}
     *
     * @param branch the branch's id
     */
    public List<Division> divisionsOnBranch(String branch) {
        return divisionsByBranch.getOrDefault(branch, List.of());
    }

    /**
     * {@return the link with this id, if any}
     *
     * @param id the link's id
     */
    public Optional<Partnership> link(String id) {
        return Optional.ofNullable(linkById.get(id));
    }

    /**
     * {@return the links a subject takes part in, sorted by id}
     *
     * @param subject the subject's id
     */
    public List<Partnership> linksOf(String subject) {
        return linksBySubject.getOrDefault(subject, List.of());
    }

    /**
     * {@return the org or division with this id, if any}
     *
     * @param id the subject's id
     */
    public Optional<Subject> subject(String id) {
        Optional<Subject> org = tree.find(id).map(Subject.class::cast);
        return org.isPresent() ? org : division(id).map(Subject.class::cast);
    }

    /** Two directories are equal when their trees, members, divisions and links are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OrgDirectory that
                && tree.equals(that.tree)
                && members.equals(that.members)
                && divisions.equals(that.divisions)
                && links.equals(that.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tree, members, divisions, links);
    }

    /** A short description with counts. */
    @Override
    public String toString() {
        return "OrgDirectory[orgs=" + tree.size() + ", members=" + members.size() + ", divisions="
                + divisions.size() + ", links=" + links.size() + "]";
    }

    private static <T> List<T> sortedById(List<T> items, Function<T, String> id) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(id));
        return List.copyOf(sorted);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>(items.size() * 4 / 3 + 1);
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return map;
    }

    private static <T> Map<String, List<T>> groupBy(List<T> items, Function<T, List<String>> keys) {
        Map<String, List<T>> groups = new HashMap<>(items.size() * 4 / 3 + 1);
        for (T item : items) {
            for (String key : keys.apply(item)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
        }
        groups.replaceAll((key, list) -> List.copyOf(list));
        return groups;
    }
}
