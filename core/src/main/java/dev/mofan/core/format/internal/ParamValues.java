package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.text.Label;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a rule's {@code params} object into the JSON-like values of
 * {@link dev.mofan.model.scheme.RuleRef}: texts, decimals, booleans, lists and maps. Null values
 * are reported: a parameter is either given or left out.
 */
final class ParamValues {

    private static final Label A_VALUE = Label.of("取值（null 请直接省略该参数）", "a value (leave the parameter out instead of null)");

    private ParamValues() {
    }

    /** The parameters, or empty when a value was null or already reported (the rule is then not configured). */
    static Optional<Map<String, Object>> read(JsonNode object, Where at, Violations out) {
        boolean[] broken = {false};
        Map<String, Object> values = map(object, at, out, broken);
        return broken[0] ? Optional.empty() : Optional.of(values);
    }

    private static Map<String, Object> map(JsonNode object, Where at, Violations out, boolean[] broken) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            Object value = value(field.getValue(), at.field(field.getKey()), out, broken);
            if (value != null) {
                values.put(field.getKey(), value);
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static Object value(JsonNode node, Where at, Violations out, boolean[] broken) {
        if (node == TreeReader.REPORTED) {
            broken[0] = true;
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isObject()) {
            return map(node, at, out, broken);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                Object element = value(node.get(i), at.index(i), out, broken);
                if (element != null) {
                    list.add(element);
                }
            }
            return Collections.unmodifiableList(list);
        }
        NodeReader.wrongType(node, at, A_VALUE, out);
        broken[0] = true;
        return null;
    }
}
