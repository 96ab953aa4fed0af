package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring rule an item names and its parameters. Parameters are JSON-like data: texts,
 * {@link BigDecimal} numbers, booleans, lists and maps of these (insertion-ordered), deeply
 * immutable. The rule checks their meaning when a scheme is loaded.
 *
 * @param id the rule's id, such as {@code count} or {@code tiers}
 * @param params the rule's parameters by name, in the order the scheme gave them
 */
public record RuleRef(String id, Map<String, Object> params) {

    /**
     * Checks the id and copies the parameters deeply, refusing values that are not JSON-like.
     *
     * @param id the rule's id, such as {@code count} or {@code tiers}
     * @param params the rule's parameters by name, in the order the scheme gave them
     */
    public RuleRef {
        Identifiers.require(id, "rule id");
        params = copyMap(params);
    }

    /**
     * {@return a rule without parameters}
     *
     * @param id the rule's id
     */
    public static RuleRef of(String id) {
        return new RuleRef(id, Map.of());
    }

    private static Map<String, Object> copyMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new IllegalArgumentException("A parameter name must be a text, but was " + entry.getKey());
            }
            copy.put(name, copyValue(entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
        if (value instanceof String || value instanceof BigDecimal || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return copyMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(copyValue(element));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("A parameter value must be a text, a BigDecimal, a boolean, a list or a map,"
                + " but was " + value);
    }
}
