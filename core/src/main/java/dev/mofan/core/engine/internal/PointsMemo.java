package dev.mofan.core.engine.internal;

import java.util.Arrays;

/**
 * The points a pure rule gave for each value it was asked about, in whole units of the scheme's
 * scale: the columnar path asks a rule once per distinct value of its column and reads the answer
 * here after that. Rules are pure (the SPI's promise, the test kit's contract), so an answer never
 * goes stale.
 *
 * <p>Thread-safe: readers see an immutable table without locking; an evaluation collects its new
 * answers in a {@link Table} of its own and {@link #merge merges} them when it is done, up to
 * {@link #MOST} values, beyond which answers are worked out again each time.
 */
final class PointsMemo {

    /** Not in the table. */
    static final long UNKNOWN = Long.MIN_VALUE;
    /** The rule failed for the value: the item fails for the subject. */
    static final long FAILED = Long.MIN_VALUE + 1;
    /** The most values kept. */
    static final int MOST = 1 << 16;

    private volatile Table shared = new Table(16);

    /** {@return the table to read: shared by every evaluation, never changed once published} */
    Table table() {
        return shared;
    }

    /**
     * Publishes the answers of {@code found} with the earlier ones, while there are at most {@link #MOST}.
     *
     * @param found one evaluation's new answers
     */
    synchronized void merge(Table found) {
        if (found.size == 0 || shared.size + found.size > MOST) {
            return;
        }
        Table merged = shared.copy(shared.size + found.size);
        found.forEach(merged::put);
        shared = merged;
    }

    /**
     * An open-addressing table of (numerator, denominator) → points; a denominator of -1 marks a free
     * slot. Whole numbers from 0 to 255 (flags, counts, grades, one case) are kept in a plain array.
     */
    static final class Table {

        private static final int SMALL = 256;

        private final long[] small = new long[SMALL];
        private long[] slots;
        private int mask;
        private int size;

        Table(int expected) {
            int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
            slots = new long[capacity * 3];
            for (int i = 1; i < slots.length; i += 3) {
                slots[i] = -1;
            }
            mask = capacity - 1;
            Arrays.fill(small, UNKNOWN);
        }

        int size() {
            return size;
        }

        private static int hash(long n, long d) {
            long h = n * 0x9E3779B97F4A7C15L + d * 0xC2B2AE3D27D4EB4FL;
            return (int) (h ^ (h >>> 29));
        }

        /** {@return the points for n/d, or {@link #UNKNOWN}} */
        long get(long n, long d) {
            if (d == 1 && (n & ~(SMALL - 1)) == 0) {
                return small[(int) n];
            }
            long[] s = slots;
            int i = hash(n, d) & mask;
            while (true) {
                int at = i * 3;
                long slotD = s[at + 1];
                if (slotD == -1) {
                    return UNKNOWN;
                }
                if (slotD == d && s[at] == n) {
                    return s[at + 2];
                }
                i = (i + 1) & mask;
            }
        }

        void put(long n, long d, long points) {
            if (d == 1 && (n & ~(SMALL - 1)) == 0) {
                size += small[(int) n] == UNKNOWN ? 1 : 0;
                small[(int) n] = points;
                return;
            }
            if ((size + 1) * 2 > mask + 1) {
                grow();
            }
            int i = hash(n, d) & mask;
            while (true) {
                int at = i * 3;
                if (slots[at + 1] == -1) {
                    slots[at] = n;
                    slots[at + 1] = d;
                    slots[at + 2] = points;
                    size++;
                    return;
                }
                if (slots[at + 1] == d && slots[at] == n) {
                    slots[at + 2] = points;
                    return;
                }
                i = (i + 1) & mask;
            }
        }

        private void grow() {
            Table bigger = new Table((mask + 1) * 2);
            forEachSlot(bigger::put);
            slots = bigger.slots;
            mask = bigger.mask;
        }

        Table copy(int expected) {
            Table copy = new Table(Math.max(expected, size));
            forEach(copy::put);
            return copy;
        }

        void forEach(Entry consumer) {
            for (int n = 0; n < SMALL; n++) {
                if (small[n] != UNKNOWN) {
                    consumer.accept(n, 1, small[n]);
                }
            }
            forEachSlot(consumer);
        }

        private void forEachSlot(Entry consumer) {
            for (int at = 0; at < slots.length; at += 3) {
                if (slots[at + 1] != -1) {
                    consumer.accept(slots[at], slots[at + 1], slots[at + 2]);
                }
            }
        }
    }

    /** One answer. */
    @FunctionalInterface
    interface Entry {
        void accept(long n, long d, long points);
    }
}
