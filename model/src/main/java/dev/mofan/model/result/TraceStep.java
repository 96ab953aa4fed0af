package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        Map<String, Object> copy = new LinkedHashMap<>();
        figures.forEach((name, value) -> {
            if (name.equals("step") || name.equals("en") || name.equals("zh")) {
                throw new IllegalArgumentException("A figure cannot be named '" + name + "'");
            }
            copy.put(name, figure(value));
        });
        figures = Collections.unmodifiableMap(copy);
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
        Map<String, Object> more = new LinkedHashMap<>(figures);
        more.put(name, value);
        return new TraceStep(step, en, zh, more);
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
}
