package dev.mofan.core.internal;

import dev.mofan.core.format.internal.LedgerProblems;
import dev.mofan.model.error.Violation;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.org.OrgTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts kept per org and read per subtree, for the ledgers and the activity log: each entry is
 * added once at its own org, and every org's subtree total is then a difference of running sums,
 * because a subtree is a run of positions in the tree's pre-order. Adding entries costs O(1) each
 * and reading all subtrees O(orgs), where scanning the entries for every org would cost
 * O(orgs × entries). Not thread-safe; built and read by one call.
 */
public final class SubtreeCounts {

    private final OrgTree tree;
    private final int fields;
    private final long[] own;
    private long[] running;

    /**
     * Counts of {@code fields} figures for every org of {@code tree}, all zero.
     *
     * @param tree the org tree
     * @param fields how many figures each org has
     */
    public SubtreeCounts(OrgTree tree, int fields) {
        this.tree = tree;
        this.fields = fields;
        this.own = new long[tree.size() * fields];
    }

    /**
     * Adds {@code amounts} (one per field) at {@code org}; false, adding nothing, when the tree does
     * not hold {@code org}.
     *
     * @param org the org's id
     * @param amounts one amount per field
     * @return whether the tree holds {@code org}, so that the amounts were added
     */
    public boolean add(String org, long... amounts) {
        int at = tree.indexOf(org);
        if (at < 0) {
            return false;
        }
        for (int f = 0; f < fields; f++) {
            own[at * fields + f] += amounts[f];
        }
        running = null;
        return true;
    }

    /**
     * {@return the totals of each field over the subtree of {@code org}, which the tree holds}
     *
     * @param org the org's id
     */
    public long[] of(String org) {
        if (running == null) {
            running = new long[own.length + fields];
            for (int i = 0; i < own.length; i++) {
                running[i + fields] = running[i] + own[i];
            }
        }
        int from = tree.indexOf(org);
        int to = from + tree.subtree(org).size();
        long[] totals = new long[fields];
        for (int f = 0; f < fields; f++) {
            totals[f] = running[to * fields + f] - running[from * fields + f];
        }
        return totals;
    }

    /**
     * {@return each entry of the document section {@code section} whose org (in {@code orgs}, in document
     * order) {@code tree} does not hold, at its path ({@code $.problems[3].org}): such entries count
     * in no subtree, so they are reported rather than dropped in silence}
     *
     * @param orgs the org of each entry, in document order
     * @param section the section's name, such as {@code problems}
     * @param tree the org tree
     */
    public static List<Violation> unknownOrgs(List<String> orgs, String section, OrgTree tree) {
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            if (!tree.contains(orgs.get(i))) {
                unknown.add(Violation.of(Paths.field(Paths.index(Paths.field(Paths.ROOT, section), i), "org"),
                        LedgerProblems.ORG_UNKNOWN, orgs.get(i)));
            }
        }
        return List.copyOf(unknown);
    }
}
