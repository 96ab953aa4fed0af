package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link OrgTree} over generated trees of every shape. */
class OrgTreeProperties {

    @Provide
    Arbitrary<OrgTree> trees() {
        return MofanArbitraries.orgTrees().ofMaxSize(150);
    }

    @Provide
    Arbitrary<OrgTree> largeTrees() {
        return MofanArbitraries.orgTrees().ofMinSize(1000).ofMaxSize(5000);
    }

    @Property
    @Label("a path is the ancestors reversed, then the org itself; its length is the depth plus one")
    void pathsAncestorsAndDepthAgree(@ForAll("trees") OrgTree tree) {
        for (OrgUnit org : tree.units()) {
            List<OrgUnit> expected = new ArrayList<>(tree.ancestors(org.id()));
            Collections.reverse(expected);
            expected.add(org);
            assertEquals(expected, tree.path(org.id()));
            assertEquals(tree.ancestors(org.id()).size(), tree.depth(org.id()));
            assertEquals(tree.root(), tree.path(org.id()).get(0));
        }
    }

    @Property
    @Label("y is in the subtree of x exactly when x is on the path of y")
    void subtreeAndAncestryAgree(@ForAll("trees") OrgTree tree) {
        for (OrgUnit x : tree.units()) {
            List<OrgUnit> subtree = tree.subtree(x.id());
            for (OrgUnit y : tree.units()) {
                boolean inSubtree = subtree.contains(y);
                assertEquals(inSubtree, tree.path(y.id()).contains(x), x.id() + " / " + y.id());
                assertEquals(inSubtree, tree.isAncestorOrSelf(x.id(), y.id()), x.id() + " / " + y.id());
            }
        }
    }

    @Property
    @Label("a subtree is its org followed by its children's subtrees, children sorted by id")
    void subtreesAreMadeOfChildrenSubtrees(@ForAll("trees") OrgTree tree) {
        for (OrgUnit org : tree.units()) {
            List<OrgUnit> expected = new ArrayList<>();
            expected.add(org);
            List<OrgUnit> children = tree.children(org.id());
            for (int i = 0; i < children.size(); i++) {
                OrgUnit child = children.get(i);
                assertEquals(Optional.of(org), tree.parent(child.id()));
                if (i > 0) {
                    assertTrue(children.get(i - 1).id().compareTo(child.id()) < 0, "children sorted by id");
                }
                expected.addAll(tree.subtree(child.id()));
            }
            assertEquals(expected, tree.subtree(org.id()));
        }
        assertEquals(tree.units(), tree.subtree(tree.root().id()));
    }

    @Property
    @Label("every org sits under an allowed kind, and its unit is the nearest unit on its path")
    void nestingAndUnitsHold(@ForAll("trees") OrgTree tree) {
        int height = 0;
        for (OrgUnit org : tree.units()) {
            tree.parent(org.id()).ifPresent(parent -> assertTrue(org.kind().mayBeChildOf(parent.kind())));
            Optional<OrgUnit> nearestUnit = Optional.empty();
            for (OrgUnit step : tree.path(org.id())) {
                if (step.kind() == OrgKind.UNIT) {
                    nearestUnit = Optional.of(step);
                }
            }
            assertEquals(nearestUnit, tree.unitOf(org.id()));
            height = Math.max(height, tree.depth(org.id()));
            assertTrue(tree.ofKind(org.kind()).contains(org));
        }
        assertEquals(height, tree.height());
        assertTrue(height <= OrgTree.MAX_DEPTH);
    }

    @Property
    @Label("the order orgs are given in changes neither the tree nor its order")
    void inputOrderDoesNotMatter(@ForAll("trees") OrgTree tree, @ForAll Random random) {
        List<OrgUnit> shuffled = new ArrayList<>(tree.units());
        Collections.shuffle(shuffled, random);
        OrgTree rebuilt = OrgTree.of(shuffled);
        assertEquals(tree, rebuilt);
        assertEquals(tree.units(), rebuilt.units());
    }

    @Property(tries = 15)
    @Label("trees of thousands of orgs build, and their subtree sizes add up")
    void largeTreesHold(@ForAll("largeTrees") OrgTree tree) {
        for (OrgUnit org : tree.units()) {
            int size = 1;
            for (OrgUnit child : tree.children(org.id())) {
                size += tree.subtree(child.id()).size();
            }
            assertEquals(size, tree.subtree(org.id()).size());
        }
    }

    @Property(tries = 50)
    @Label("jqwik fills an OrgTree parameter by itself through the testkit's provider")
    void theProviderIsRegistered(@ForAll OrgTree tree) {
        assertTrue(tree.root().kind().mayBeRoot());
    }
}
