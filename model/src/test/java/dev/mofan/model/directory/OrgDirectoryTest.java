package dev.mofan.model.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.model.error.ValidationException;
import dev.mofan.model.link.Partnership;
import dev.mofan.model.link.PartnershipKind;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgDirectoryTest {

    /* wc → u1 → oc1 → {b1, b2}; wc → u2 → b3. In pre-order: wc, u1, oc1, b1, b2, u2, b3. */
    private static final OrgTree TREE = OrgTree.of(List.of(
            OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
            OrgUnit.of("u1", OrgKind.UNIT, "wc"),
            OrgUnit.of("oc1", OrgKind.ORGAN_COMMITTEE, "u1"),
            OrgUnit.of("b1", OrgKind.BRANCH, "oc1"),
            OrgUnit.of("b2", OrgKind.BRANCH, "oc1"),
            OrgUnit.of("u2", OrgKind.UNIT, "wc"),
            OrgUnit.of("b3", OrgKind.BRANCH, "u2")));

    @Test
    void indexesMembersDivisionsAndLinks() {
        OrgDirectory directory = OrgDirectory.of(TREE,
                List.of(Member.of("m2", "b1"), Member.of("m1", "b1").withRole(MemberRole.SECRETARY), Member.of("m3", "b3")),
                List.of(Division.of("d1", "u1").withName(Label.zh("办公室")).withBranches(List.of("b2", "b1"))),
                List.of(Partnership.of("l1", PartnershipKind.PAIRED_ASSISTANCE, List.of("b3", "d1"))));
        assertEquals(List.of("m1", "m2", "m3"), directory.members().stream().map(Member::id).toList());
        assertEquals(List.of("m1", "m2"), directory.membersOf("b1").stream().map(Member::id).toList());
        assertEquals(List.of(), directory.membersOf("b2"));
        assertEquals(List.of("b1", "b2"), directory.division("d1").orElseThrow().branches());
        assertEquals(List.of("d1"), directory.divisionsOf("u1").stream().map(Division::id).toList());
        assertEquals(List.of("d1"), directory.divisionsOnBranch("b2").stream().map(Division::id).toList());
        assertEquals(List.of("l1"), directory.linksOf("d1").stream().map(Partnership::id).toList());
        assertEquals("division", directory.subject("d1").orElseThrow().kindId());
        assertEquals("branch", directory.subject("b3").orElseThrow().kindId());
        assertEquals(Optional.empty(), directory.subject("m1"));
        assertEquals(OrgDirectory.of(TREE).tree(), TREE);
    }

    /** Paths name positions in the canonical document, where a division's branches and a link's parties are sorted. */
    @Test
    void reportsEveryBrokenReferenceAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> OrgDirectory.of(TREE,
                List.of(
                        Member.of("m1", "b1").withRole(MemberRole.SECRETARY),
                        Member.of("m2", "b1").withRole(MemberRole.SECRETARY),
                        Member.of("m3", "u1"),
                        Member.of("m4", "b9"),
                        Member.of("m1", "b2")),
                List.of(
                        Division.of("b3", "u2"),
                        Division.of("d2", "oc1"),
                        Division.of("d3", "u9"),
                        Division.of("d4", "u2").withBranches(List.of("b1", "u2", "b7"))),
                List.of(
                        Partnership.of("l1", PartnershipKind.ALLIANCE, List.of("u1", "nowhere")),
                        Partnership.of("l1", PartnershipKind.ALLIANCE, List.of("u1", "d4")))));
        assertEquals(List.of(
                "$.members[1].role: branch 'b1' already has a secretary: 'm1' at $.members[0]",
                "$.members[2].branch: 'u1' is of kind 'unit', not a branch; members belong to branches",
                "$.members[3].branch: unknown branch 'b9'",
                "$.members[4].id: duplicate id 'm1' (first at $.members[0])",
                "$.divisions[0].id: duplicate id 'b3' (first at $.orgs[6])",
                "$.divisions[1].unit: 'oc1' is of kind 'organ-committee', not a unit; divisions belong to units",
                "$.divisions[2].unit: unknown unit 'u9'",
                "$.divisions[3].branches[0]: branch 'b1' belongs to unit 'u1', not to 'u2'",
                "$.divisions[3].branches[1]: unknown branch 'b7'",
                "$.divisions[3].branches[2]: 'u2' is of kind 'unit'; a division is built on branches or general branches",
                "$.links[0].parties[0]: unknown org or division 'nowhere'",
                "$.links[1].id: duplicate id 'l1' (first at $.links[0])"), e.lines(Language.EN));
    }

    @Test
    void linksJoinAtLeastOneSubjectAndTwoPartiesInAll() {
        assertThrows(IllegalArgumentException.class,
                () -> Partnership.of("l1", PartnershipKind.ALLIANCE, List.of("u1")));
        assertThrows(IllegalArgumentException.class,
                () -> new Partnership("l1", PartnershipKind.JOINT_BUILDING, List.of(), List.of(Label.zh("村"), Label.zh("社区"))));
        assertEquals(2, new Partnership("l1", PartnershipKind.JOINT_BUILDING, List.of("b1"), List.of(Label.zh("村")))
                .parties().size() + 1);
    }

    @Test
    void equalityIgnoresInputOrder() {
        List<Member> members = List.of(Member.of("m1", "b1"), Member.of("m2", "b2"));
        assertEquals(OrgDirectory.of(TREE, members, List.of(), List.of()),
                OrgDirectory.of(TREE, List.of(members.get(1), members.get(0)), List.of(), List.of()));
    }
}
