package dev.mofan.testkit;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The choices one generated number makes: a stream of rolls seeded by the number, except that the
 * number 0 (where jqwik shrinks to) always rolls 0, so every choice takes its first option and
 * shrinking leads to the plainest part. Options are therefore listed simplest first.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long pick) {
        this.random = pick == 0 ? null : new SplittableRandom(pick);
    }

    /** A number from 0 to {@code n - 1}. */
    int roll(int n) {
        return random == null ? 0 : random.nextInt(n);
    }

    /** True about once in {@code n} rolls, never for the plainest pick. */
    boolean oneIn(int n) {
        return roll(n) == n - 1;
    }

    /** One of {@code options}. */
    <T> T of(List<T> options) {
        return options.get(roll(options.size()));
    }
}
