package dev.mofan.core.format.internal;

/**
 * What reading one property gave: nothing (absent or null), a good value, or a broken one whose
 * problem was reported. A broken value may still carry what was written (an id that breaks the id
 * rule), so that later reference checks do not report its consequences as new problems.
 *
 * @param value the value read; for a broken value, what was written if it was usable, else null
 * @param present whether the property was there
 * @param ok whether the value passed every check
 * @param <T> the type of the value
 */
public record Read<T>(T value, boolean present, boolean ok) {

    private static final Read<?> ABSENT = new Read<>(null, false, true);

    /**
     * {@return the property was absent (or null where null means absent)}
     *
     * @param <T> the type of the value
     */
    @SuppressWarnings("unchecked")
    public static <T> Read<T> absent() {
        return (Read<T>) ABSENT;
    }

    /**
     * {@return a good value}
     *
     * @param <T> the type of the value
     * @param value the value
     */
    public static <T> Read<T> of(T value) {
        return new Read<>(value, true, true);
    }

    /**
     * {@return a broken value (reported), keeping what was written if it is usable for cross-checks}
     *
     * @param <T> the type of the value
     * @param written what was written, usable for cross-checks
     */
    public static <T> Read<T> broken(T written) {
        return new Read<>(written, true, false);
    }

    /**
     * {@return a broken value with nothing usable}
     *
     * @param <T> the type of the value
     */
    public static <T> Read<T> broken() {
        return new Read<>(null, true, false);
    }

    /**
     * {@return the good value, or {@code fallback} when absent or broken}
     *
     * @param fallback the value to use instead
     */
    public T orElse(T fallback) {
        return present && ok ? value : fallback;
    }

    /** {@return whether the property was present but broken} */
    public boolean isBroken() {
        return present && !ok;
    }
}
