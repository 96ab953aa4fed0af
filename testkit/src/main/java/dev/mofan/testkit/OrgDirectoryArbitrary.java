package dev.mofan.testkit;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.link.Partnership;
import dev.mofan.model.link.PartnershipKind;
import dev.mofan.model.member.CadreLevel;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.member.Membership;
import dev.mofan.model.member.ServiceStatus;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Label;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid {@link OrgDirectory}s: a tree from an {@link OrgTreeArbitrary} with members in its
 * branches (at most one secretary each, every role, membership, service and cadre level),
 * divisions of its units built on branches of those units, and partnership links of every kind
 * between its subjects and external partners.
 *
 * <p>Member ids look like {@code m.3}, division ids {@code div-3} and link ids {@code l:3}, so
 * they never collide with org ids or each other.
 */
public final class OrgDirectoryArbitrary extends ArbitraryDecorator<OrgDirectory> {

    private final OrgTreeArbitrary trees;

    OrgDirectoryArbitrary(OrgTreeArbitrary trees) {
        this.trees = trees;
    }

    /**
     * {@return directories over trees of at most {@code size} orgs}
     *
     * @param size the most orgs a tree may have
     */
    public OrgDirectoryArbitrary ofMaxTreeSize(int size) {
        return new OrgDirectoryArbitrary(trees.ofMaxSize(size));
    }

    @Override
    protected Arbitrary<OrgDirectory> arbitrary() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<List<Integer>> picks = any.list().ofMaxSize(400);
        Arbitrary<List<Label>> names = MofanArbitraries.labels().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(trees, picks, picks, picks, names).as(OrgDirectoryArbitrary::build);
    }

    private static OrgDirectory build(OrgTree tree, List<Integer> memberPicks, List<Integer> divisionPicks,
                                      List<Integer> linkPicks, List<Label> names) {
        List<Member> members = members(tree, memberPicks);
        List<Division> divisions = divisions(tree, divisionPicks, names);
        List<Partnership> links = links(tree, divisions, linkPicks, names);
        return OrgDirectory.of(tree, members, divisions, links);
    }

    private static List<Member> members(OrgTree tree, List<Integer> picks) {
        List<OrgUnit> branches = tree.ofKind(OrgKind.BRANCH);
        List<Member> members = new ArrayList<>();
        if (branches.isEmpty()) {
            return members;
        }
        Set<String> withSecretary = new HashSet<>();
        for (int pick : picks) {
            String branch = branches.get(pick % branches.size()).id();
            MemberRole role = MemberRole.values()[(pick / 7) % MemberRole.values().length];
            if (role == MemberRole.SECRETARY && !withSecretary.add(branch)) {
                role = MemberRole.MEMBER;
            }
            Optional<CadreLevel> level = (pick / 11) % 3 == 0
                    ? Optional.of(CadreLevel.values()[(pick / 13) % CadreLevel.values().length]) : Optional.empty();
            members.add(new Member("m." + members.size(), branch, role,
                    Membership.values()[(pick / 17) % 2], ServiceStatus.values()[(pick / 19) % 2], level));
        }
        return members;
    }

    private static List<Division> divisions(OrgTree tree, List<Integer> picks, List<Label> names) {
        List<OrgUnit> units = tree.ofKind(OrgKind.UNIT);
        List<Division> divisions = new ArrayList<>();
        if (units.isEmpty()) {
            return divisions;
        }
        for (int i = 0; i < Math.min(picks.size(), 60); i++) {
            int pick = picks.get(i);
            OrgUnit unit = units.get(pick % units.size());
            List<String> candidates = new ArrayList<>();
            for (OrgUnit org : tree.subtree(unit.id())) {
                if ((org.kind() == OrgKind.BRANCH || org.kind() == OrgKind.GENERAL_BRANCH)
                        && tree.unitOf(org.id()).orElseThrow().equals(unit)) {
                    candidates.add(org.id());
                }
            }
            List<String> built = new ArrayList<>();
            for (int bit = 0; bit < Math.min(candidates.size(), 8); bit++) {
                if (((pick >>> (bit + 3)) & 1) == 1) {
                    built.add(candidates.get(bit));
                }
            }
            divisions.add(new Division("div-" + i, unit.id(), names.get(pick % names.size()), built,
                    (pick & 4) == 0 ? Set.of() : Set.of("pilot")));
        }
        return divisions;
    }

    private static List<Partnership> links(OrgTree tree, List<Division> divisions, List<Integer> picks,
                                           List<Label> names) {
        List<String> subjects = new ArrayList<>();
        tree.units().forEach(org -> subjects.add(org.id()));
        divisions.forEach(division -> subjects.add(division.id()));
        List<Partnership> links = new ArrayList<>();
        for (int i = 0; i < Math.min(picks.size(), 40); i++) {
            int pick = picks.get(i);
            Set<String> parties = new LinkedHashSet<>();
            for (int p = 0; p <= pick % 3; p++) {
                parties.add(subjects.get(Math.floorMod(pick * 31 + p * 7919, subjects.size())));
            }
            List<Label> external = new ArrayList<>();
            for (int e = 0; e < (pick / 3) % 3 || parties.size() + external.size() < 2; e++) {
                Label name = names.get((pick / 5 + e) % names.size());
                external.add(name.isEmpty() ? Label.zh("外部党组织") : name);
            }
            PartnershipKind kind = PartnershipKind.values()[(pick / 23) % PartnershipKind.values().length];
            links.add(new Partnership("l:" + i, kind, List.copyOf(parties), external));
        }
        return links;
    }
}
