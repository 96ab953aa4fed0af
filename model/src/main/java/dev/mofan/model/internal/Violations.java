package dev.mofan.model.internal;

import dev.mofan.model.error.Problem;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects the problems of one input, keeping at most a fixed number (the first ones in document
 * order) and counting the rest, then reports them in one {@link ValidationException}.
 *
 * <p>Document order: problems of the document as a whole first, then by top-level section in the
 * order given (for example orgs, members, divisions, links), then by entry index, then in the
 * order they were found. Not thread-safe; one collector per load.
 */
public final class Violations {

    /** How many problems are listed by default; the rest are only counted. */
    public static final int DEFAULT_LIMIT = 1000;

    private static final Comparator<Key> ORDER_OF_KEYS = Comparator.comparingInt(Key::rank)
            .thenComparingInt(Key::index)
            .thenComparingLong(Key::sequence);
    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::key, ORDER_OF_KEYS);

    private final List<String> sections;
    private final int limit;
    private final PriorityQueue<Keyed> kept;
    private int total;
    private long sequence;

    /**
     * @param sections the document's top-level array sections in document order
     * @param limit how many problems to list at most (at least 1)
     */
    public Violations(List<String> sections, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        this.sections = List.copyOf(sections);
        this.limit = limit;
        this.kept = new PriorityQueue<>(ORDER.reversed());
    }

    /**
     * Adds a problem found at {@code path}. Its messages are written only if it will be listed:
     * a hostile document can hold millions of problems, and only the first ones are shown.
     *
     * @param path where the problem is, as a JSON path
     * @param problem the kind of problem
     * @param args the values that fill its messages
     */
    public void add(String path, Problem problem, Object... args) {
        total++;
        Key key = key(path);
        if (kept.size() < limit || ORDER_OF_KEYS.compare(key, kept.peek().key()) < 0) {
            keep(new Keyed(key, Violation.of(path, problem, args)));
        }
    }

    private void keep(Keyed keyed) {
        if (kept.size() == limit) {
            kept.poll();
        }
        kept.add(keyed);
    }

    /** {@return whether no problem was found} */
    public boolean isEmpty() {
        return total == 0;
    }

    /** {@return how many problems were found, listed or not} */
    public int total() {
        return total;
    }

    /** {@return the listed problems in document order} */
    public List<Violation> sorted() {
        List<Keyed> ordered = new ArrayList<>(kept);
        ordered.sort(ORDER);
        List<Violation> result = new ArrayList<>(ordered.size());
        for (Keyed keyed : ordered) {
            result.add(keyed.violation());
        }
        return result;
    }

    /** Throws a {@link ValidationException} with every problem found, if there is any. */
    public void throwIfAny() {
        if (total > 0) {
            throw new ValidationException(sorted(), total - kept.size());
        }
    }

    private Key key(String path) {
        int rank = -1;
        int index = -1;
        if (path.startsWith("$.")) {
            int end = 2;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            rank = sections.indexOf(path.substring(2, end));
            if (rank >= 0 && end < path.length() && path.charAt(end) == '[') {
                index = parseIndex(path, end + 1);
            }
        }
        return new Key(rank, index, sequence++);
    }

    private static int parseIndex(String path, int from) {
        long value = 0;
        int i = from;
        while (i < path.length() && Character.isDigit(path.charAt(i)) && value <= Integer.MAX_VALUE) {
            value = value * 10 + (path.charAt(i) - '0');
            i++;
        }
        return i == from ? -1 : (int) Math.min(value, Integer.MAX_VALUE);
    }

    /** Where a problem sorts: section, entry, then the order found. */
    private record Key(int rank, int index, long sequence) {
    }

    private record Keyed(Key key, Violation violation) {
    }
}
