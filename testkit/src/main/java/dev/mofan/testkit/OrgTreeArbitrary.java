package dev.mofan.testkit;

import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Label;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid {@link OrgTree}s of any shape: bushy, deep (chains of working committees or units),
 * flat, rooted at a working committee or a unit; every kind of org, branch types, names and tags.
 *
 * <p>A tree is grown from a list of steps, each adding one org under an org chosen among the
 * newest, the root or any, in one of three shapes: mixed, deep (long chains of working
 * committees or units, down to {@link OrgTree#MAX_DEPTH}) or flat. Shrinking the list shrinks the
 * tree. Ids are a letter and the
 * org's number ({@code b17}), unique, and never contain {@code -}, so tests can make up ids that
 * are sure not to exist. Orgs are given to {@link OrgTree#of} in the order grown, which is not
 * the tree's order.
 */
public final class OrgTreeArbitrary extends ArbitraryDecorator<OrgTree> {

    /** The tags orgs get (divisions get {@code pilot}); peer groups of generated schemes filter by them. */
    static final List<String> TAGS = List.of("government", "party-organ", "pilot", "x.y", "t:1");

    private final int minSize;
    private final int maxSize;

    OrgTreeArbitrary(int minSize, int maxSize) {
        if (minSize < 1 || maxSize < minSize) {
            throw new IllegalArgumentException("Sizes must satisfy 1 <= min <= max but were " + minSize + ", " + maxSize);
        }
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    /**
     * {@return trees of at least {@code size} orgs}
     *
     * @param size the fewest orgs a tree may have
     */
    public OrgTreeArbitrary ofMinSize(int size) {
        return new OrgTreeArbitrary(size, Math.max(size, maxSize));
    }

    /**
     * {@return trees of at most {@code size} orgs}
     *
     * @param size the most orgs a tree may have
     */
    public OrgTreeArbitrary ofMaxSize(int size) {
        return new OrgTreeArbitrary(Math.min(minSize, size), size);
    }

    @Override
    protected Arbitrary<OrgTree> arbitrary() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Step> step = Combinators.combine(any, any, any, MofanArbitraries.labels(),
                Arbitraries.of(TAGS).set().ofMaxSize(2)).as(Step::new);
        return Combinators.combine(Arbitraries.of(Shape.class), Arbitraries.of(true, false), MofanArbitraries.labels(),
                        step.list().ofMinSize(minSize - 1).ofMaxSize(maxSize - 1))
                .as(OrgTreeArbitrary::grow);
    }

    /** How a tree grows: mixed, as deep as allowed (chains of committees or units), or flat. */
    private enum Shape {
        MIXED, DEEP, FLAT
    }

    /** One org to add: where ({@code where}), what kind ({@code what}), its id letter and branch type ({@code extra}). */
    private record Step(int where, int what, int extra, Label name, Set<String> tags) {
    }

    private static OrgTree grow(Shape shape, boolean committeeRoot, Label rootName, List<Step> steps) {
        List<OrgUnit> orgs = new ArrayList<>(steps.size() + 1);
        List<Integer> depths = new ArrayList<>(steps.size() + 1);
        OrgKind rootKind = committeeRoot ? OrgKind.WORKING_COMMITTEE : OrgKind.UNIT;
        orgs.add(OrgUnit.root("r0", rootKind).withName(rootName));
        depths.add(0);
        for (Step step : steps) {
            int parent = chooseParent(shape, step, orgs, depths);
            OrgKind parentKind = orgs.get(parent).kind();
            List<OrgKind> kinds = childKinds(parentKind);
            OrgKind kind = shape == Shape.DEEP && parentKind.mayBeChildOf(parentKind) && step.what() % 8 != 0
                    ? parentKind : kinds.get(step.what() % kinds.size());
            BranchType branchType = kind.hasBranchType()
                    ? BranchType.values()[step.extra() % BranchType.values().length] : BranchType.REGULAR;
            String id = (char) ('a' + step.extra() % 26) + Integer.toString(orgs.size());
            orgs.add(new OrgUnit(id, kind, Optional.of(orgs.get(parent).id()), step.name(), branchType, step.tags()));
            depths.add(depths.get(parent) + 1);
        }
        return OrgTree.of(orgs);
    }

    /**
     * Mixed trees put three steps in ten under the newest org, one under the root and the rest
     * anywhere; deep trees nearly always go under the newest org; flat ones under the root or
     * one of its children.
     */
    private static int chooseParent(Shape shape, Step step, List<OrgUnit> orgs, List<Integer> depths) {
        int roll = step.where() % 10;
        int anywhere = (step.where() / 10) % orgs.size();
        int parent = switch (shape) {
            case MIXED -> roll < 3 ? orgs.size() - 1 : roll == 3 ? 0 : anywhere;
            case DEEP -> roll < 9 ? orgs.size() - 1 : anywhere;
            case FLAT -> depths.get(anywhere) <= 1 ? anywhere : 0;
        };
        while (childKinds(orgs.get(parent).kind()).isEmpty() || depths.get(parent) >= OrgTree.MAX_DEPTH) {
            parent = parent == 0 ? 0 : indexOf(orgs, orgs.get(parent).parent().orElseThrow());
        }
        return parent;
    }

    private static int indexOf(List<OrgUnit> orgs, String id) {
        for (int i = orgs.size() - 1; i >= 0; i--) {
            if (orgs.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("No org " + id);
    }

    private static List<OrgKind> childKinds(OrgKind parent) {
        List<OrgKind> kinds = new ArrayList<>();
        for (OrgKind kind : EnumSet.allOf(OrgKind.class)) {
            if (kind.mayBeChildOf(parent)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
