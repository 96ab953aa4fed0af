package dev.mofan.core.sample;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014): a small generator whose every output is fixed by the
 * seed on every JVM, unlike {@link java.util.SplittableRandom}, whose algorithm the JDK does not
 * promise. The sample must be the same bytes everywhere.
 */
final class SplitMix64 {

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in {@code [0, bound)}; the tiny modulo bias does not matter for sample data. */
    int below(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** A number in {@code [low, high]}. */
    int between(int low, int high) {
        return low + below(high - low + 1);
    }

    /** True with a chance of {@code percent} in a hundred. */
    boolean chance(int percent) {
        return below(100) < percent;
    }
}
