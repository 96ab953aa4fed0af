package dev.mofan.benchmarks;

import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building, checking and querying party trees. {@code orgs} is the size of a synthetic tree: a
 * province (about 5,000 orgs) and a national system (about 1,000,000 orgs), given in a shuffled
 * order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 7, time = 2)
public class OrgTreeBenchmark {

    @Param({"5000", "1000000"})
    private int orgs;

    private List<OrgUnit> units;
    private OrgTree tree;
    private List<String> leaves;

    @Setup(Level.Trial)
    public void setUp() {
        units = syntheticTree(orgs);
        tree = OrgTree.of(units);
        leaves = tree.ofKind(OrgKind.PARTY_CELL).stream().map(OrgUnit::id).toList();
    }

    /** Checks and indexes a tree of {@code orgs} orgs given in shuffled order. */
    @Benchmark
    public OrgTree buildTree() {
        return OrgTree.of(units);
    }

    /** The path from the root of every party cell (the deepest orgs). */
    @Benchmark
    public void pathOfEveryCell(Blackhole hole) {
        for (String leaf : leaves) {
            hole.consume(tree.path(leaf));
        }
    }

    /** The unit of every party cell. */
    @Benchmark
    public void unitOfEveryCell(Blackhole hole) {
        for (String leaf : leaves) {
            hole.consume(tree.unitOf(leaf));
        }
    }

    /**
     * A working committee over units, each with an organ committee, branches and party cells,
     * in the proportions of a real system (one cell in four orgs), shuffled with a fixed seed.
     */
    static List<OrgUnit> syntheticTree(int size) {
        List<OrgUnit> result = new ArrayList<>(size);
        result.add(OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE));
        int perUnit = 2 + 50 * 5;
        int unitCount = Math.max(1, (size - 1) / perUnit);
        for (int u = 0; u < unitCount && result.size() < size; u++) {
            String unit = "u" + u;
            result.add(OrgUnit.of(unit, OrgKind.UNIT, "wc"));
            result.add(OrgUnit.of(unit + "-oc", OrgKind.ORGAN_COMMITTEE, unit));
            for (int b = 0; b < 50 && result.size() < size; b++) {
                String branch = unit + "-b" + b;
                result.add(OrgUnit.of(branch, OrgKind.BRANCH, unit + "-oc"));
                for (int c = 0; c < 4 && result.size() < size; c++) {
                    result.add(OrgUnit.of(branch + "-c" + c, OrgKind.PARTY_CELL, branch));
                }
            }
        }
        Collections.shuffle(result, new Random(42));
        return result;
    }
}
