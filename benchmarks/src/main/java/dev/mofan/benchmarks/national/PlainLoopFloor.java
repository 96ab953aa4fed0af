package dev.mofan.benchmarks.national;

/**
 * The floor: the same totals by a hand-written loop over the primitive columns, in whole cents with
 * the engine's one rounding (half up). No objects, no traces, no checks: what any implementation of
 * this scheme must at least do, and so the yardstick for the others.
 */
public final class PlainLoopFloor {

    private final Population population;

    /** The floor for {@code population}. */
    public PlainLoopFloor(Population population) {
        this.population = population;
    }

    /** Every branch's total in cents, into {@code totals}; returns the sum, so that nothing is optimised away. */
    public long totals(long[] totals) {
        Population p = population;
        long sum = 0;
        for (int b = 0; b < p.branches; b++) {
            long base = 0;
            for (int i = 0; i < Population.ITEMS; i++) {
                base += points(p.kinds[i], p.maxCents[i], p.values[i][b]);
            }
            long lapses = p.lapses[b] == Population.MISSING ? 0 : Math.min(500, p.lapses[b] * 50L);
            long bonus = p.commendations[b] == Population.MISSING ? 0 : Math.min(300, p.commendations[b] * 100L);
            long total = p.vetoed[b] ? 0 : Math.max(0, base - lapses) + bonus;
            totals[b] = total;
            sum += total;
        }
        return sum;
    }

    /** One item's points in cents. */
    static long points(ItemKind kind, int max, int v) {
        boolean missing = v == Population.MISSING;
        return switch (kind) {
            case CHECK -> v == 1 ? max : 0;
            case COUNT -> missing ? 0 : Math.min(max, v * 50L);
            case RATIO -> missing || v < 600 ? 0 : Cents.divideHalfUp((long) max * v, 1000);
            case TIERS -> missing ? 0 : v >= 8 ? max : v >= 4 ? max / 2 : 0;
            case DEDUCT -> missing ? max : Math.max(0, max - v * 50L);
            case RATING -> missing ? 0 : Cents.divideHalfUp((long) max * v, 100);
            case DIRECT -> missing ? 0 : v;
            case OCCURRENCES -> missing ? 0 : Math.min(max, occurrences(v));
        };
    }

    /** 0.5 a case, +1 from the city, +2 more at the province (levels 0–3), in cents. */
    private static long occurrences(int packed) {
        long cents = 0;
        for (int c = packed; c != 0; c >>>= 3) {
            int level = (c & 7) - 1;
            cents += 50 + (level >= 2 ? 100 : 0) + (level == 3 ? 200 : 0);
        }
        return cents;
    }
}
