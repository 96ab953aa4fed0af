package dev.mofan.model.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgTreeTest {

    /*
     * The tree used below, given to OrgTree.of in a scrambled order:
     *
     * wc  working committee
     * ├── u1  unit
     * │   └── b9  branch
     * └── u2  unit
     *     ├── u2-pg  party group
     *     │   └── u2-oc  organ committee
     *     │       ├── b1  branch
     *     │       │   └── c1  party cell
     *     │       └── b2  branch
     *     └── u3  unit (a subordinate institution)
     *         └── g1  general branch
     *             └── b3  branch
     *
     * Children are ordered by id, so "u1" comes before "u2", and "u2-pg" before "u3".
     */
    private static final List<OrgUnit> ORGS = List.of(
            OrgUnit.of("b3", OrgKind.BRANCH, "g1"),
            OrgUnit.of("u2-oc", OrgKind.ORGAN_COMMITTEE, "u2-pg"),
            OrgUnit.of("c1", OrgKind.PARTY_CELL, "b1"),
            OrgUnit.of("u2", OrgKind.UNIT, "wc"),
            OrgUnit.of("b2", OrgKind.BRANCH, "u2-oc"),
            OrgUnit.of("u3", OrgKind.UNIT, "u2"),
            OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
            OrgUnit.of("b9", OrgKind.BRANCH, "u1"),
            OrgUnit.of("g1", OrgKind.GENERAL_BRANCH, "u3"),
            OrgUnit.of("u2-pg", OrgKind.PARTY_GROUP, "u2"),
            OrgUnit.of("b1", OrgKind.BRANCH, "u2-oc"),
            OrgUnit.of("u1", OrgKind.UNIT, "wc"));

    private final OrgTree tree = OrgTree.of(ORGS);

    @Test
    void listsOrgsInPreOrderWithChildrenById() {
        assertEquals(List.of("wc", "u1", "b9", "u2", "u2-pg", "u2-oc", "b1", "c1", "b2", "u3", "g1", "b3"),
                ids(tree.units()));
        assertEquals("wc", tree.root().id());
        assertEquals(12, tree.size());
        assertEquals(7, tree.indexOf("c1"));
        assertEquals(-1, tree.indexOf("nope"));
    }

    @Test
    void answersStructuralQueries() {
        assertEquals(List.of("b1", "b2"), ids(tree.children("u2-oc")));
        assertEquals(List.of(), ids(tree.children("c1")));
        assertEquals(List.of("b1", "u2-oc", "u2-pg", "u2", "wc"), ids(tree.ancestors("c1")));
        assertEquals(List.of("wc", "u2", "u2-pg", "u2-oc", "b1", "c1"), ids(tree.path("c1")));
        assertEquals(List.of(), ids(tree.ancestors("wc")));
        assertEquals(List.of("wc"), ids(tree.path("wc")));
        assertEquals(List.of("u2", "u2-pg", "u2-oc", "b1", "c1", "b2", "u3", "g1", "b3"), ids(tree.subtree("u2")));
        assertEquals(List.of("b3"), ids(tree.subtree("b3")));
        assertEquals(5, tree.depth("c1"));
        assertEquals(0, tree.depth("wc"));
        assertEquals(5, tree.height());
        assertEquals(Optional.of("u2-oc"), tree.parent("b1").map(OrgUnit::id));
        assertEquals(Optional.empty(), tree.parent("wc"));
    }

    @Test
    void findsTheNearestUnit() {
        assertEquals("u3", tree.unitOf("b3").orElseThrow().id());
        assertEquals("u2", tree.unitOf("c1").orElseThrow().id());
        assertEquals("u2", tree.unitOf("u2").orElseThrow().id());
        assertEquals(Optional.empty(), tree.unitOf("wc"));
    }

    @Test
    void groupsByKindInPreOrder() {
        assertEquals(List.of("b9", "b1", "b2", "b3"), ids(tree.ofKind(OrgKind.BRANCH)));
        assertEquals(List.of("u1", "u2", "u3"), ids(tree.ofKind(OrgKind.UNIT)));
        assertEquals(List.of(), ids(OrgTree.of(List.of(OrgUnit.root("x", OrgKind.UNIT))).ofKind(OrgKind.BRANCH)));
    }

    @Test
    void tellsAncestry() {
        assertTrue(tree.isAncestorOrSelf("u2", "b3"));
        assertTrue(tree.isAncestorOrSelf("b3", "b3"));
        assertFalse(tree.isAncestorOrSelf("u1", "b3"));
        assertFalse(tree.isAncestorOrSelf("b3", "u2"));
    }

    @Test
    void unknownIdsAreReportedNotNull() {
        assertEquals(Optional.empty(), tree.find("nope"));
        assertFalse(tree.contains("nope"));
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> tree.get("nope"));
        assertEquals("nope", e.id());
        assertThrows(UnknownIdException.class, () -> tree.subtree("nope"));
    }

    @Test
    void equalityIgnoresInputOrder() {
        List<OrgUnit> reversed = new ArrayList<>(ORGS);
        java.util.Collections.reverse(reversed);
        OrgTree other = OrgTree.of(reversed);
        assertEquals(tree, other);
        assertEquals(tree.hashCode(), other.hashCode());
        assertEquals(tree.units(), other.units());
    }

    @Test
    void rejectsAnEmptyList() {
        assertProblems(List.of(), "$.orgs: there must be at least one org");
    }

    @Test
    void reportsEveryProblemAtOnceInDocumentOrder() {
        assertProblems(List.of(
                        OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
                        OrgUnit.of("b1", OrgKind.BRANCH, "wc"),
                        OrgUnit.of("u1", OrgKind.UNIT, "d-17"),
                        OrgUnit.of("b1", OrgKind.BRANCH, "u9"),
                        OrgUnit.root("u9", OrgKind.UNIT),
                        OrgUnit.of("x1", OrgKind.UNIT, "x2"),
                        OrgUnit.of("x2", OrgKind.UNIT, "x1")),
                "$.orgs[1].parent: an org of kind 'branch' cannot sit under 'wc', of kind 'working-committee'; "
                        + "allowed parent kinds: unit, party-group, organ-committee, general-branch",
                "$.orgs[2].parent: unknown org 'd-17'",
                "$.orgs[3].id: duplicate id 'b1' (first at $.orgs[1])",
                "$.orgs[4].parent: missing: only one org may be the root, and 'wc' at $.orgs[0] already is",
                "$.orgs[5].parent: the parent chain is a cycle: x1 → x2 → x1");
    }

    @Test
    void messagesComeInChineseToo() {
        ValidationException e = assertThrows(ValidationException.class, () -> OrgTree.of(List.of(
                OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE), OrgUnit.of("u1", OrgKind.UNIT, "d-17"))));
        assertEquals(List.of("$.orgs[1].parent: 上级组织 'd-17' 不存在"), e.lines(Language.ZH));
        assertEquals("org.parent.unknown", e.violations().get(0).code());
    }

    @Test
    void theRootMustBeAKindThatMayBeTheRoot() {
        assertProblems(List.of(OrgUnit.root("b1", OrgKind.BRANCH)),
                "$.orgs[0].parent: missing: an org of kind 'branch' cannot be the root; it needs a parent of kind "
                        + "unit, party-group, organ-committee, general-branch");
    }

    @Test
    void aBranchWithoutParentBesideAProperRootIsASecondRoot() {
        assertProblems(List.of(OrgUnit.root("b1", OrgKind.BRANCH), OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE)),
                "$.orgs[0].parent: missing: only one org may be the root, and 'wc' at $.orgs[1] already is");
    }

    @Test
    void anOrgThatIsItsOwnParentIsACycle() {
        assertProblems(List.of(OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE), OrgUnit.of("u1", OrgKind.UNIT, "u1")),
                "$.orgs[1].parent: the parent chain is a cycle: u1 → u1");
    }

    @Test
    void aLongCycleIsShownShortAndReportedAtItsFirstMember() {
        List<OrgUnit> orgs = new ArrayList<>();
        orgs.add(OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE));
        for (int i = 0; i < 12; i++) {
            orgs.add(OrgUnit.of("u" + i, OrgKind.UNIT, "u" + ((i + 1) % 12)));
        }
        assertProblems(orgs, "$.orgs[1].parent: the parent chain is a cycle: "
                + "u0 → u1 → u2 → u3 → u4 → u5 → u6 → u7 → … (12 orgs in the cycle)");
    }

    @Test
    void orgsHangingUnderACycleAreNotReportedAgain() {
        assertProblems(List.of(
                        OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
                        OrgUnit.of("u1", OrgKind.UNIT, "u2"),
                        OrgUnit.of("u2", OrgKind.UNIT, "u1"),
                        OrgUnit.of("b1", OrgKind.BRANCH, "u1"),
                        OrgUnit.of("c1", OrgKind.PARTY_CELL, "b1")),
                "$.orgs[1].parent: the parent chain is a cycle: u1 → u2 → u1");
    }

    @Test
    void depthIsLimitedAndReportedOnceAtTheFirstOrgTooDeep() {
        List<OrgUnit> chain = committeeChain(OrgTree.MAX_DEPTH + 3);
        assertProblems(chain, "$.orgs[65].parent: 'w65' sits 65 levels below the root; at most 64 are allowed");
        assertEquals(OrgTree.MAX_DEPTH, OrgTree.of(committeeChain(OrgTree.MAX_DEPTH + 1)).height());
    }

    @Test
    void aParentChainAMillionDeepIsRejectedWithoutOverflowingTheStack() {
        ValidationException e = assertThrows(ValidationException.class, () -> OrgTree.of(committeeChain(1_000_000)));
        assertEquals(List.of("$.orgs[65].parent: 'w65' sits 65 levels below the root; at most 64 are allowed"),
                e.lines(Language.EN));
    }

    @Test
    void aCycleAMillionLongIsReportedOnce() {
        List<OrgUnit> orgs = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            orgs.add(OrgUnit.of("w" + i, OrgKind.WORKING_COMMITTEE, "w" + ((i + 1) % 1_000_000)));
        }
        ValidationException e = assertThrows(ValidationException.class, () -> OrgTree.of(orgs));
        assertEquals(List.of(
                "$.orgs: no root: every org names a parent",
                "$.orgs[0].parent: the parent chain is a cycle: "
                        + "w0 → w1 → w2 → w3 → w4 → w5 → w6 → w7 → … (1000000 orgs in the cycle)"), e.lines(Language.EN));
    }

    @Test
    void everyWrongNestingIsReported() {
        for (OrgKind child : OrgKind.values()) {
            for (OrgKind parent : OrgKind.values()) {
                if (!child.mayBeChildOf(parent)) {
                    List<OrgUnit> orgs = pathTo(parent);
                    orgs.add(OrgUnit.of("x", child, orgs.get(orgs.size() - 1).id()));
                    ValidationException e = assertThrows(ValidationException.class, () -> OrgTree.of(orgs),
                            child + " under " + parent);
                    assertEquals("org.nesting", e.violations().get(0).code());
                    assertEquals("$.orgs[" + (orgs.size() - 1) + "].parent", e.violations().get(0).path());
                } else {
                    List<OrgUnit> orgs = pathTo(parent);
                    orgs.add(OrgUnit.of("x", child, orgs.get(orgs.size() - 1).id()));
                    assertEquals(orgs.size(), OrgTree.of(orgs).size(), child + " under " + parent);
                }
            }
        }
    }

    @Test
    void branchTypesBelongToBranchesOnly() {
        OrgUnit retired = OrgUnit.of("r1", OrgKind.BRANCH, "u1").withBranchType(BranchType.RETIRED);
        assertEquals(BranchType.RETIRED, retired.branchType());
        OrgUnit general = OrgUnit.of("g1", OrgKind.GENERAL_BRANCH, "u1").withBranchType(BranchType.TEMPORARY);
        assertEquals(BranchType.TEMPORARY, general.branchType());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrgUnit.of("u1", OrgKind.UNIT, "wc").withBranchType(BranchType.RETIRED));
        assertTrue(e.getMessage().contains("only branches and general branches"), e.getMessage());
    }

    @Test
    void unitsChangeByCopy() {
        OrgUnit unit = OrgUnit.of("u1", OrgKind.UNIT, "wc");
        assertFalse(unit.isRoot());
        OrgUnit moved = unit.withParent(Optional.of("u9"));
        assertEquals(Optional.of("u9"), moved.parent());
        assertEquals(Optional.of("wc"), unit.parent());
        assertTrue(unit.withParent(Optional.empty()).isRoot());
    }

    @Test
    void unitsCheckTheirOwnValues() {
        assertThrows(IllegalArgumentException.class, () -> OrgUnit.root("a b", OrgKind.UNIT));
        assertThrows(IllegalArgumentException.class, () -> OrgUnit.of("a", OrgKind.UNIT, "-x"));
        assertThrows(NullPointerException.class, () -> OrgUnit.root("a", null));
        assertThrows(IllegalArgumentException.class, () -> OrgUnit.root("a", OrgKind.UNIT).withTags(List.of("bad tag")));
        assertEquals(List.of("a", "b"), List.copyOf(OrgUnit.root("u", OrgKind.UNIT).withTags(List.of("b", "a")).tags()));
    }

    /** A chain of working committees w0 (root) → w1 → … → w(n-1), in order. */
    private static List<OrgUnit> committeeChain(int length) {
        List<OrgUnit> chain = new ArrayList<>(length);
        chain.add(OrgUnit.root("w0", OrgKind.WORKING_COMMITTEE));
        for (int i = 1; i < length; i++) {
            chain.add(OrgUnit.of("w" + i, OrgKind.WORKING_COMMITTEE, "w" + (i - 1)));
        }
        return chain;
    }

    /** A valid chain from a working committee down to an org of {@code kind}. */
    private static List<OrgUnit> pathTo(OrgKind kind) {
        List<OrgUnit> orgs = new ArrayList<>();
        orgs.add(OrgUnit.root("k0", OrgKind.WORKING_COMMITTEE));
        OrgKind[] line = {OrgKind.UNIT, OrgKind.PARTY_GROUP, OrgKind.ORGAN_COMMITTEE, OrgKind.GENERAL_BRANCH,
            OrgKind.BRANCH, OrgKind.PARTY_CELL};
        if (kind == OrgKind.WORKING_COMMITTEE) {
            return orgs;
        }
        for (OrgKind step : line) {
            orgs.add(OrgUnit.of("k" + orgs.size(), step, "k" + (orgs.size() - 1)));
            if (step == kind) {
                return orgs;
            }
        }
        throw new AssertionError(kind);
    }

    private static void assertProblems(List<OrgUnit> orgs, String... lines) {
        ValidationException e = assertThrows(ValidationException.class, () -> OrgTree.of(orgs));
        assertEquals(List.of(lines), e.lines(Language.EN));
    }

    private static List<String> ids(List<OrgUnit> orgs) {
        return orgs.stream().map(OrgUnit::id).toList();
    }
}
