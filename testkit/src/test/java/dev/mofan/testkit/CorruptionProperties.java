package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every single corruption of a valid document is rejected, with a violation of the right rule at
 * the right path. Documents are the canonical JSON of generated directories, so an org's index
 * in {@code $.orgs} is its position in the tree's pre-order.
 */
class CorruptionProperties {

    private static final OrgDirectoryFormat FORMAT = OrgDirectoryFormat.ofDefaults();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<OrgDirectory> directories() {
        return MofanArbitraries.orgDirectories().ofMaxTreeSize(80);
    }

    @Provide
    Arbitrary<OrgTree> trees() {
        return MofanArbitraries.orgTrees().ofMinSize(2).ofMaxSize(80);
    }

    @Property
    @Label("pointing an org at itself or at an org below it is a cycle, reported at the cycle's first org")
    void cyclesAreRejected(@ForAll("trees") OrgTree tree, @ForAll @IntRange(min = 0) int a, @ForAll @IntRange(min = 0) int b)
            throws Exception {
        int x = 1 + a % (tree.size() - 1);
        OrgUnit org = tree.units().get(x);
        List<OrgUnit> below = tree.subtree(org.id());
        OrgUnit target = below.get(b % below.size());
        ObjectNode document = document(tree);
        orgs(document, x).put("parent", target.id());
        assertViolation(document, "org.cycle", "$.orgs[" + x + "].parent", false);
    }

    @Property
    @Label("a second org with an existing id is reported at its id, naming the first")
    void duplicateIdsAreRejected(@ForAll("trees") OrgTree tree, @ForAll @IntRange(min = 0) int a, @ForAll @IntRange(min = 0) int b)
            throws Exception {
        int second = 1 + a % (tree.size() - 1);
        int first = b % second;
        ObjectNode document = document(tree);
        orgs(document, second).put("id", tree.units().get(first).id());
        Violation violation = assertViolation(document, "id.duplicate", "$.orgs[" + second + "].id", false);
        assertTrue(violation.message().contains("first at $.orgs[" + first + "]"), violation.message());
    }

    @Property
    @Label("a parent that does not exist is the only problem reported")
    void danglingParentsAreRejected(@ForAll("trees") OrgTree tree, @ForAll @IntRange(min = 0) int a) throws Exception {
        assertOnlyProblem(tree, 1 + a % (tree.size() - 1), "parent", "no-such-org", "org.parent.unknown");
    }

    @Property
    @Label("an org of a kind its parent may not hold is reported at its parent")
    void forbiddenNestingIsRejected(@ForAll("trees") OrgTree tree, @ForAll @IntRange(min = 0) int a,
                                    @ForAll @IntRange(min = 0) int b) throws Exception {
        int x = 1 + a % (tree.size() - 1);
        OrgKind parentKind = tree.parent(tree.units().get(x).id()).orElseThrow().kind();
        List<OrgKind> forbidden = new ArrayList<>();
        for (OrgKind kind : OrgKind.values()) {
            if (!kind.mayBeChildOf(parentKind)) {
                forbidden.add(kind);
            }
        }
        ObjectNode document = document(tree);
        ObjectNode org = orgs(document, x);
        org.put("kind", forbidden.get(b % forbidden.size()).id());
        org.remove("branchType");
        assertViolation(document, "org.nesting", "$.orgs[" + x + "].parent", false);
    }

    @Property
    @Label("an unknown kind is the only problem reported")
    void unknownKindsAreRejected(@ForAll("trees") OrgTree tree, @ForAll @IntRange(min = 0) int a) throws Exception {
        assertOnlyProblem(tree, a % tree.size(), "kind", "galaxy", "value.unknown");
    }

    @Property
    @Label("an unknown property is the only problem reported")
    void unknownPropertiesAreRejected(@ForAll("trees") OrgTree tree, @ForAll @IntRange(min = 0) int a) throws Exception {
        assertOnlyProblem(tree, a % tree.size(), "colour", "red", "property.unknown");
    }

    @Property
    @Label("a member of a branch that does not exist is the only problem reported")
    void membersOfUnknownBranchesAreRejected(@ForAll("directories") OrgDirectory directory,
                                             @ForAll @IntRange(min = 0) int a) throws Exception {
        if (directory.members().isEmpty()) {
            return;
        }
        int m = a % directory.members().size();
        ObjectNode document = (ObjectNode) JSON.readTree(FORMAT.write(directory, Syntax.JSON));
        ((ObjectNode) document.withArray("members").get(m)).put("branch", "no-such-branch");
        assertViolation(document, "member.branch.unknown", "$.members[" + m + "].branch", true);
    }

    @Property
    @Label("several corrupted entries are all reported at once, in document order")
    void everyProblemIsReportedAtOnce(@ForAll("trees") OrgTree tree,
                                      @ForAll List<@IntRange(min = 0) Integer> picks) throws Exception {
        TreeSet<Integer> corrupted = new TreeSet<>();
        picks.forEach(pick -> corrupted.add(pick % tree.size()));
        ObjectNode document = document(tree);
        corrupted.forEach(x -> orgs(document, x).put("colour", "red"));
        if (corrupted.isEmpty()) {
            assertEquals(tree, FORMAT.read(JSON.writeValueAsString(document), Syntax.JSON).tree());
            return;
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> FORMAT.read(JSON.writeValueAsString(document), Syntax.JSON));
        assertEquals(corrupted.stream().map(x -> "$.orgs[" + x + "].colour").toList(),
                e.violations().stream().map(Violation::path).toList());
    }

    /** Sets {@code field} of org {@code x} to {@code value} and expects that to be the one problem, at that field. */
    private static void assertOnlyProblem(OrgTree tree, int x, String field, String value, String code)
            throws Exception {
        ObjectNode document = document(tree);
        orgs(document, x).put(field, value);
        assertViolation(document, code, "$.orgs[" + x + "]." + field, true);
    }

    private static ObjectNode document(OrgTree tree) throws Exception {
        return (ObjectNode) JSON.readTree(FORMAT.write(OrgDirectory.of(tree), Syntax.JSON));
    }

    private static ObjectNode orgs(ObjectNode document, int index) {
        return (ObjectNode) ((ArrayNode) document.get("orgs")).get(index);
    }

    private static Violation assertViolation(ObjectNode document, String code, String path, boolean only)
            throws Exception {
        String json = JSON.writeValueAsString(document);
        ValidationException e = assertThrows(ValidationException.class, () -> FORMAT.read(json, Syntax.JSON));
        if (only) {
            assertEquals(1, e.total(), () -> String.join("\n", e.lines(Language.EN)));
        }
        return e.violations().stream()
                .filter(v -> v.code().equals(code) && v.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected " + code + " at " + path + " among:\n"
                        + String.join("\n", e.lines(Language.EN))));
    }
}
