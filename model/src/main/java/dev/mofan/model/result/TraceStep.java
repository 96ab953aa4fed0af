package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One step of an explanation: what was done ({@code step}, a short id such as {@code count} or
 * {@code cap}), said in English and Chinese, with the figures it used, in order.
 *
 * @param step a short id of what was done, such as {@code count} or {@code cap}
 * @param en the step in English
 * @param zh the step in Chinese
 * @param figures named figures: a number ({@link BigDecimal}; whole numbers given as {@code int} or
 *     {@code long} are kept as decimals of scale 0, and a decimal in exponent form with a
 *     negative scale, such as {@code 1E+1}, as the same whole number of scale 0, so that a figure
 *     written to JSON reads back equal), a {@link Boolean}, a {@link String} or a list of texts;
 *     names other than {@code step}, {@code en} and {@code zh}
 */
public record TraceStep(String step, String en, String zh, Map<String, Object> figures) {

    /**
     * Checks the parts and copies the figures, keeping their order.
     *
     * @param step a short id of what was done, such as {@code count} or {@code cap}
     * @param en the step in English
     * @param zh the step in Chinese
     * @param figures named figures: a number ({@link BigDecimal}; whole numbers given as {@code int} or {@code long}
     *     are kept as decimals of scale 0, and a decimal in exponent form with a negative scale, such as {@code 1E+1},
     *     as the same whole number of scale 0, so that a figure written to JSON reads back equal), a {@link Boolean}, a
     *     {@link String} or a list of texts; names other than {@code step}, {@code en} and {@code zh}
     */
    public TraceStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (!(figures instanceof Figures)) {
            Figures copy = Figures.EMPTY;
            for (Map.Entry<String, Object> figure : figures.entrySet()) {
                copy = copy.with(figure.getKey(), figure.getValue());
            }
            figures = copy;
        }
    }

    /**
     * {@return a step without figures; add them with {@link #with(String, Object)}}
     *
     * @param step a short id of what was done
     * @param en the step in English
     * @param zh the step in Chinese
     */
    public static TraceStep of(String step, String en, String zh) {
        return new TraceStep(step, en, zh, Map.of());
    }

    /**
     * {@return this step with one more figure}
     *
     * @param name the figure's name, not {@code step}, {@code en} or {@code zh}
     * @param value a number, a boolean, a text or a list of texts
     */
    public TraceStep with(String name, Object value) {
        return new TraceStep(step, en, zh, ((Figures) figures).with(name, value));
    }

    private static Object figure(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigDecimal number) {
            return number.scale() < 0 ? number.setScale(0) : number;
        }
        if (value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!(element instanceof String)) {
                    throw new IllegalArgumentException("A list figure holds texts, but had " + element);
                }
            }
            return List.copyOf(list);
        }
        throw new IllegalArgumentException("A figure is a BigDecimal, a whole number, a boolean, a text or a list of"
                + " texts, but was " + value);
    }

    /**
     * The figures of a step: checked and canonical as they are added, kept in order, unmodifiable.
     * A step adds one figure at a time ({@link #with}), so each addition copies the few before it
     * once instead of copying and checking them all again.
     */
    private static final class Figures extends AbstractMap<String, Object> {

        static final Figures EMPTY = new Figures(new String[0], new Object[0]);

        private final String[] names;
        private final Object[] values;

        private Figures(String[] names, Object[] values) {
            this.names = names;
            this.values = values;
        }

        /** These figures with {@code name} set to {@code value}: replaced in place if present, else added last. */
        Figures with(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (name.equals("step") || name.equals("en") || name.equals("zh")) {
                throw new IllegalArgumentException("A figure cannot be named '" + name + "'");
            }
            Object canonical = figure(value);
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    Object[] replaced = values.clone();
                    replaced[i] = canonical;
                    return new Figures(names, replaced);
                }
            }
            String[] moreNames = Arrays.copyOf(names, names.length + 1);
            Object[] moreValues = Arrays.copyOf(values, values.length + 1);
            moreNames[names.length] = name;
            moreValues[values.length] = canonical;
            return new Figures(moreNames, moreValues);
        }

        @Override
        public Object get(Object name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object name) {
            return get(name) != null;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, Object> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                            next++;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super Object> action) {
            for (int i = 0; i < names.length; i++) {
                action.accept(names[i], values[i]);
            }
        }
    }
}
