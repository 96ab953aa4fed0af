package dev.mofan.model.internal;

import dev.mofan.model.error.Violation;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks the {@code orgs} of a document as a tree and indexes it: unique ids, one root of a kind
 * that may be the root, every parent known, nesting rules, no cycles, at most
 * {@link #MAX_DEPTH} levels. Every problem is reported, each once, at the entry that has it.
 *
 * <p>Runs in O(n log n) time (sorting children by id; the checks themselves are O(n)) and never
 * recurses, so a hostile parent chain a million deep is reported, not a stack overflow.
 */
public final class TreeCheck {

    /** The most levels an org may sit below the root. */
    public static final int MAX_DEPTH = 64;

    private static final int CYCLE_IDS_SHOWN = 8;

    /** Each kind's allowed parents for a message: ids in English, Chinese names with ids in Chinese. */
    private static final Map<OrgKind, Label> ALLOWED_PARENTS = new EnumMap<>(OrgKind.class);

    static {
        for (OrgKind child : OrgKind.values()) {
            StringBuilder en = new StringBuilder();
            StringBuilder zh = new StringBuilder();
            for (OrgKind kind : child.allowedParents()) {
                if (en.length() > 0) {
                    en.append(", ");
                    zh.append("、");
                }
                en.append(kind.id());
                zh.append(kind.label().text(Language.ZH)).append('(').append(kind.id()).append(')');
            }
            ALLOWED_PARENTS.put(child, Label.of(zh.toString(), en.toString()));
        }
    }

    private TreeCheck() {
    }

    /**
     * Checks {@code entries}, the list at {@code $.<section>}, and reports problems to {@code out}.
     *
     * @param entries the entries as far as they could be read, in document order
     * @param section the name of the list, such as {@code orgs}
     * @param isDivision tells whether an id that is not an org is a division, for a clearer message
     * @param out where problems are reported
     * @return the index of what could be built of the tree; complete when no problem was found
     */
    public static TreeIndex check(List<OrgEntry> entries, String section, Predicate<String> isDivision,
                                  Violations out) {
        int n = entries.size();
        int before = out.total();
        if (n == 0) {
            out.add(Paths.field(Paths.ROOT, section), ModelProblems.ORGS_EMPTY);
        }
        String[] ids = new String[n];
        OrgKind[] kinds = new OrgKind[n];
        boolean[] excluded = new boolean[n];
        Map<String, Integer> byId = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
        for (int i = 0; i < n; i++) {
            OrgEntry entry = entries.get(i);
            ids[i] = entry.id();
            kinds[i] = entry.kind();
            if (ids[i] == null) {
                excluded[i] = true;
                continue;
            }
            Integer first = byId.putIfAbsent(ids[i], i);
            if (first != null) {
                excluded[i] = true;
                out.add(Paths.field(path(section, i), "id"), ModelProblems.ID_DUPLICATE, ids[i], path(section, first));
            }
        }

        int[] parent = resolveParents(entries, section, isDivision, ids, excluded, byId, out);
        int root = chooseRoot(entries, section, ids, kinds, parent, out);
        checkNesting(section, ids, kinds, parent, out);

        int[] childStart = new int[n + 1];
        int[] children = childrenById(ids, parent, childStart);
        int[] depth = new int[n];
        int[] unit = new int[n];
        Arrays.fill(depth, -1);
        Arrays.fill(unit, TreeIndex.UNKNOWN);
        int[] preorder = new int[n];
        int reached = 0;
        for (int r = 0; r < n; r++) {
            if (parent[r] == TreeIndex.NONE) {
                reached = walkDown(r, reached, kinds, parent, children, childStart, preorder, depth, unit);
            }
        }
        for (int k = 0; k < reached; k++) {
            int x = preorder[k];
            if (depth[x] == MAX_DEPTH + 1) {
                out.add(Paths.field(path(section, x), "parent"), ModelProblems.TOO_DEEP, ids[x], depth[x], MAX_DEPTH);
            }
        }
        reportCycles(section, ids, parent, depth, out);

        int[] size = new int[n];
        for (int k = reached - 1; k >= 0; k--) {
            int x = preorder[k];
            size[x] += 1;
            if (parent[x] >= 0) {
                size[parent[x]] += size[x];
            }
        }
        boolean valid = out.total() == before && root >= 0 && reached == n;
        int[] order = valid ? preorder : Arrays.copyOf(preorder, reached);
        return new TreeIndex(ids, kinds, byId, parent, order, depth, size, unit);
    }

    private static int[] resolveParents(List<OrgEntry> entries, String section, Predicate<String> isDivision,
                                        String[] ids, boolean[] excluded, Map<String, Integer> byId,
                                        Violations out) {
        int n = ids.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            OrgEntry entry = entries.get(i);
            if (excluded[i] || !entry.parentKnown()) {
                parent[i] = TreeIndex.UNKNOWN;
            } else if (entry.parent() == null) {
                parent[i] = TreeIndex.NONE;
            } else {
                Integer p = byId.get(entry.parent());
                if (p == null) {
                    parent[i] = TreeIndex.UNKNOWN;
                    out.add(Paths.field(path(section, i), "parent"),
                            isDivision.test(entry.parent()) ? ModelProblems.PARENT_NOT_ORG : ModelProblems.PARENT_UNKNOWN,
                            entry.parent());
                } else {
                    parent[i] = p;
                }
            }
        }
        return parent;
    }

    /** The root is the first entry without a parent whose kind may be a root (else the first without one). */
    private static int chooseRoot(List<OrgEntry> entries, String section, String[] ids, OrgKind[] kinds,
                                  int[] parent, Violations out) {
        int n = ids.length;
        int root = -1;
        int firstWithoutParent = -1;
        for (int i = 0; i < n; i++) {
            if (parent[i] == TreeIndex.NONE) {
                if (firstWithoutParent < 0) {
                    firstWithoutParent = i;
                }
                if (root < 0 && (kinds[i] == null || kinds[i].mayBeRoot())) {
                    root = i;
                }
            }
        }
        if (root < 0) {
            root = firstWithoutParent;
        }
        if (root < 0) {
            if (n > 0 && everyEntryNamesAParent(entries)) {
                out.add(Paths.field(Paths.ROOT, section), ModelProblems.ROOT_NONE);
            }
            return -1;
        }
        if (kinds[root] != null && !kinds[root].mayBeRoot()) {
            out.add(Paths.field(path(section, root), "parent"), ModelProblems.ROOT_KIND, kinds[root],
                    ALLOWED_PARENTS.get(kinds[root]));
        }
        for (int i = 0; i < n; i++) {
            if (parent[i] == TreeIndex.NONE && i != root) {
                out.add(Paths.field(path(section, i), "parent"), ModelProblems.ROOT_SECOND, ids[root], path(section, root));
            }
        }
        return root;
    }

    /**
     * Whether no entry can be the root: each names a parent. An entry whose parent could not be
     * read, or that was left out for another problem, may have been meant as the root, so its
     * problem is reported instead of a missing root.
     */
    private static boolean everyEntryNamesAParent(List<OrgEntry> entries) {
        for (OrgEntry entry : entries) {
            if (!entry.parentKnown() || entry.parent() == null) {
                return false;
            }
        }
        return true;
    }

    private static void checkNesting(String section, String[] ids, OrgKind[] kinds, int[] parent, Violations out) {
        for (int i = 0; i < ids.length; i++) {
            int p = parent[i];
            if (p >= 0 && kinds[i] != null && kinds[p] != null && !kinds[i].mayBeChildOf(kinds[p])) {
                out.add(Paths.field(path(section, i), "parent"), ModelProblems.NESTING, kinds[i], ids[p], kinds[p],
                        ALLOWED_PARENTS.get(kinds[i]));
            }
        }
    }

    /**
     * Children lists in compressed form, each sorted by id: children of x are
     * children[childStart[x] .. childStart[x+1]). Sorting each parent's children alone costs
     * far less than sorting all ids, since most orgs have few children.
     */
    private static int[] childrenById(String[] ids, int[] parent, int[] childStart) {
        int n = ids.length;
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childStart[parent[i] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] += childStart[i];
        }
        int[] fill = Arrays.copyOf(childStart, n);
        int[] children = new int[childStart[n]];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children[fill[parent[i]]++] = i;
            }
        }
        for (int x = 0; x < n; x++) {
            sortById(children, childStart[x], childStart[x + 1], ids);
        }
        return children;
    }

    /** Sorts {@code entries[from, to)} by their ids: insertion sort for the usual few, a full sort for many. */
    private static void sortById(int[] entries, int from, int to, String[] ids) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int entry = entries[i];
                int j = i - 1;
                while (j >= from && ids[entries[j]].compareTo(ids[entry]) > 0) {
                    entries[j + 1] = entries[j];
                    j--;
                }
                entries[j + 1] = entry;
            }
            return;
        }
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
            boxed[i - from] = entries[i];
        }
        Arrays.sort(boxed, (a, b) -> ids[a].compareTo(ids[b]));
        for (int i = from; i < to; i++) {
            entries[i] = boxed[i - from];
        }
    }

    /** Depth-first from {@code root} with an explicit stack; fills pre-order, depth and unit. */
    private static int walkDown(int root, int reached, OrgKind[] kinds, int[] parent, int[] children, int[] childStart,
                                int[] preorder, int[] depth, int[] unit) {
        int[] stack = new int[16];
        int top = 0;
        stack[top++] = root;
        while (top > 0) {
            int x = stack[--top];
            preorder[reached++] = x;
            int p = parent[x];
            depth[x] = p >= 0 ? depth[p] + 1 : 0;
            if (kinds[x] == OrgKind.UNIT) {
                unit[x] = x;
            } else if (kinds[x] == null) {
                unit[x] = TreeIndex.UNKNOWN;
            } else {
                unit[x] = p >= 0 ? unit[p] : TreeIndex.NONE;
            }
            int from = childStart[x];
            int to = childStart[x + 1];
            if (top + (to - from) > stack.length) {
                stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + (to - from)));
            }
            for (int c = to - 1; c >= from; c--) {
                stack[top++] = children[c];
            }
        }
        return reached;
    }

    /**
     * Orgs not reached from a root either hang under an org with a reported problem, or lie on or
     * under a cycle. Walks up each unreached chain once; a chain that meets itself is a cycle,
     * reported at its member that comes first in the document.
     */
    private static void reportCycles(String section, String[] ids, int[] parent, int[] depth, Violations out) {
        int n = ids.length;
        byte[] state = new byte[n];
        int[] walk = new int[16];
        int[] positionInWalk = new int[n];
        for (int start = 0; start < n; start++) {
            if (depth[start] >= 0 || state[start] != 0) {
                continue;
            }
            int length = 0;
            int x = start;
            while (x >= 0 && depth[x] < 0 && state[x] == 0) {
                state[x] = 1;
                if (length == walk.length) {
                    walk = Arrays.copyOf(walk, length * 2);
                }
                positionInWalk[x] = length;
                walk[length++] = x;
                x = parent[x];
            }
            if (x >= 0 && state[x] == 1) {
                reportCycle(section, ids, walk, positionInWalk[x], length, out);
            }
            for (int k = 0; k < length; k++) {
                state[walk[k]] = 2;
            }
        }
    }

    private static void reportCycle(String section, String[] ids, int[] walk, int from, int to, Violations out) {
        int first = from;
        for (int k = from + 1; k < to; k++) {
            if (walk[k] < walk[first]) {
                first = k;
            }
        }
        int length = to - from;
        StringBuilder chain = new StringBuilder();
        int shown = Math.min(length, CYCLE_IDS_SHOWN);
        for (int k = 0; k < shown; k++) {
            chain.append(Violation.echo(ids[walk[from + (first - from + k) % length]])).append(" → ");
        }
        String en;
        String zh;
        if (length <= CYCLE_IDS_SHOWN) {
            chain.append(Violation.echo(ids[walk[first]]));
            en = chain.toString();
            zh = en;
        } else {
            chain.append('…');
            en = chain + " (" + length + " orgs in the cycle)";
            zh = chain + "（循环共 " + length + " 个组织）";
        }
        out.add(Paths.field(path(section, walk[first]), "parent"), ModelProblems.CYCLE, Label.of(zh, en));
    }

    static String path(String section, int index) {
        return Paths.entry(section, index);
    }
}
