package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.ModelProblems;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads the properties of one JSON object, reporting every problem with its path and going on:
 * unknown properties, missing required ones, wrong types, ids that break the id rule, unknown
 * terms, blank or overlong texts.
 *
 * <p>Null counts as absent for optional properties.
 */
public final class NodeReader {

    private static final Label STRING = Label.of("字符串", "a string");
    private static final Label OBJECT = Label.of("对象", "an object");
    private static final Label ARRAY = Label.of("数组", "an array");
    private static final Label NUMBER = Label.of("数字", "a number");
    private static final Label BOOLEAN = Label.of("布尔值", "a boolean");
    private static final Label NAME = Label.of("字符串或含 zh/en 的对象", "a string or an object with zh and en");

    private final ObjectNode node;
    private final Where where;
    private final Violations out;

    private NodeReader(ObjectNode node, Where where, Violations out) {
        this.node = node;
        this.where = where;
        this.out = out;
    }

    /**
     * {@return a reader of the object at {@code where}, or empty (reported) when {@code node} is not an object}
     *
     * @param node the value found there
     * @param where where the value is
     * @param out where problems are reported
     */
    public static Optional<NodeReader> object(JsonNode node, Where where, Violations out) {
        if (node instanceof ObjectNode object) {
            return Optional.of(new NodeReader(object, where, out));
        }
        if (node != TreeReader.REPORTED) {
            out.add(where.path(), FormatProblems.WRONG_TYPE, OBJECT, typeOf(node));
        }
        return Optional.empty();
    }

    /**
     * {@return the elements of the array at {@code where}, or empty (reported) when {@code node} is not an array}
     *
     * @param node the value found there
     * @param where where the value is
     * @param out where problems are reported
     */
    public static Optional<List<JsonNode>> array(JsonNode node, Where where, Violations out) {
        if (node != null && node.isArray()) {
            List<JsonNode> elements = new ArrayList<>(node.size());
            node.forEach(elements::add);
            return Optional.of(elements);
        }
        if (node != TreeReader.REPORTED) {
            out.add(where.path(), FormatProblems.WRONG_TYPE, ARRAY, typeOf(node));
        }
        return Optional.empty();
    }

    /**
     * {@return the place of one of its properties}
     *
     * @param name the property's name
     */
    public Where at(String name) {
        return where.field(name);
    }

    /**
     * Reports every property not in {@code allowed}, naming those that are; a value already reported is left alone.
     *
     * @param allowed the names the object may have
     * @return this reader
     */
    public NodeReader allowOnly(List<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name) && node.get(name) != TreeReader.REPORTED) {
                out.add(at(name).path(), FormatProblems.UNKNOWN_PROPERTY, name, new Verbatim(String.join(", ", allowed)));
            }
        }
        return this;
    }

    /**
     * {@return the array property {@code name}; elements in order}
     *
     * @param name the property's name
     * @param required whether a missing property is reported
     */
    public Read<List<JsonNode>> array(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return Read.absent();
        }
        return array(value, at(name), out).map(Read::of).orElseGet(Read::broken);
    }

    /**
     * {@return the property {@code name} as an exact decimal number}
     *
     * @param name the property's name
     * @param required whether a missing property is reported
     */
    public Read<BigDecimal> decimal(String name, boolean required) {
        return decimal(value(name, required), at(name), out);
    }

    /**
     * {@return the value at {@code at} as an exact decimal number}
     *
     * @param value the value found there
     * @param at where the value is
     * @param out where problems are reported
     */
    public static Read<BigDecimal> decimal(JsonNode value, Where at, Violations out) {
        if (value == null) {
            return Read.absent();
        }
        if (!value.isNumber()) {
            wrongType(value, at, NUMBER, out);
            return Read.broken();
        }
        return Read.of(value.decimalValue());
    }

    /**
     * {@return the property {@code name} as a whole number from {@code min} to {@code max}}
     *
     * @param name the property's name
     * @param min the smallest value allowed
     * @param max the largest value allowed
     */
    public Read<Integer> integer(String name, int min, int max) {
        Read<BigDecimal> number = decimal(name, false);
        if (!number.ok() || !number.present()) {
            return number.isBroken() ? Read.broken() : Read.absent();
        }
        BigDecimal value = number.value();
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            out.add(at(name).path(), SchemeProblems.NUMBER_RANGE, min, max, new Verbatim(value.toPlainString()));
            return Read.broken();
        }
        return Read.of(value.intValueExact());
    }

    /**
     * {@return the property {@code name} as a date such as {@code 2026-06-30}; a text that is not one is reported}
     *
     * @param name the property's name
     * @param required whether a missing property is reported
     */
    public Read<LocalDate> date(String name, boolean required) {
        Read<String> text = string(name, required);
        if (!text.ok() || !text.present()) {
            return text.isBroken() ? Read.broken() : Read.absent();
        }
        try {
            return Read.of(LocalDate.parse(text.value()));
        } catch (DateTimeParseException e) {
            out.add(at(name).path(), FormatProblems.DATE_INVALID, text.value());
            return Read.broken();
        }
    }

    /**
     * {@return the property {@code name} as a boolean}
     *
     * @param name the property's name
     */
    public Read<Boolean> bool(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return Read.absent();
        }
        if (!value.isBoolean()) {
            wrongType(value, at(name), BOOLEAN, out);
            return Read.broken();
        }
        return Read.of(value.booleanValue());
    }

    /**
     * {@return the property {@code name} as a non-blank text of at most {@link Label#MAX_LENGTH} characters}
     *
     * @param name the property's name
     * @param required whether a missing property is reported
     */
    public Read<String> string(String name, boolean required) {
        JsonNode value = value(name, required);
        return value == null ? Read.absent() : text(value, at(name), out);
    }

    /**
     * {@return the value of property {@code name} as written (null when absent or null)}
     *
     * @param name the property's name
     */
    public JsonNode raw(String name) {
        return value(name, false);
    }

    /**
     * {@return whether property {@code name} is present with the value {@code null}}
     *
     * @param name the property's name
     */
    public boolean isNull(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNull();
    }

    /**
     * {@return whether property {@code name} is present and not null}
     *
     * @param name the property's name
     */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** {@return the names of the properties present, in document order} */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@return the place of this object} */
    public Where where() {
        return where;
    }

    /** Reads one element of an array section. */
    public interface EntryReader {
        /**
         * Reads {@code element}, found at {@code where}.
         *
         * @param element the element
         * @param where where it is
         */
        void read(JsonNode element, Where where);
    }

    /**
     * Reads each element of the array property {@code section}; false when it was missing or not an array.
     *
     * @param section the array property's name
     * @param required whether a missing property is reported
     * @param reader what reads each element
     * @return whether the property was there and an array
     */
    public boolean each(String section, boolean required, EntryReader reader) {
        Read<List<JsonNode>> elements = array(section, required);
        if (!elements.ok() || !elements.present()) {
            return false;
        }
        List<JsonNode> list = elements.value();
        for (int i = 0; i < list.size(); i++) {
            reader.read(list.get(i), at(section).index(i));
        }
        return true;
    }

    /**
     * {@return the property {@code name} as an id: a string that follows {@link Identifiers}}
     *
     * @param name the property's name
     * @param required whether a missing property is reported
     */
    public Read<String> id(String name, boolean required) {
        return id(value(name, required), at(name), out);
    }

    /**
     * {@return the element or property at {@code at} as an id; a string breaking the rule is kept as written}
     *
     * @param value the value found there
     * @param at where the value is
     * @param out where problems are reported
     */
    public static Read<String> id(JsonNode value, Where at, Violations out) {
        if (value == null) {
            return Read.absent();
        }
        if (!value.isTextual()) {
            wrongType(value, at, STRING, out);
            return Read.broken();
        }
        String text = value.textValue();
        if (!Identifiers.isValid(text)) {
            out.add(at.path(), ModelProblems.ID_INVALID, text, Identifiers.RULE);
            return Read.broken(text);
        }
        return Read.of(text);
    }

    /**
     * {@return the property {@code name} as one of the ids of {@code type}}
     *
     * @param <E> the enum of the vocabulary
     * @param name the property's name
     * @param type the enum class of the vocabulary
     * @param what what the term names, for the message
     * @param required whether a missing property is reported
     */
    public <E extends Enum<E> & Term> Read<E> term(String name, Class<E> type, Label what, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return Read.absent();
        }
        if (!value.isTextual()) {
            wrongType(value, at(name), STRING, out);
            return Read.broken();
        }
        Optional<E> term = Term.find(type, value.textValue());
        if (term.isEmpty()) {
            out.add(at(name).path(), FormatProblems.UNKNOWN_VALUE, what, value.textValue(), new Verbatim(Term.ids(type)));
            return Read.broken();
        }
        return Read.of(term.get());
    }

    /**
     * {@return the property {@code name} as a bilingual name: a string (taken as Chinese) or an object
     * with {@code zh} and/or {@code en}} Absent gives {@link Label#NONE}.
     *
     * @param name the property's name
     */
    public Read<Label> label(String name) {
        return label(value(name, false), at(name), out);
    }

    /**
     * {@return the value at {@code at} as a bilingual name, as {@link #label(String)}}
     *
     * @param value the value found there
     * @param at where the value is
     * @param out where problems are reported
     */
    public static Read<Label> label(JsonNode value, Where at, Violations out) {
        if (value == null) {
            return Read.of(Label.NONE);
        }
        if (value.isTextual()) {
            return text(value, at, out).ok() ? Read.of(Label.zh(value.textValue())) : Read.broken();
        }
        if (!value.isObject()) {
            wrongType(value, at, NAME, out);
            return Read.broken();
        }
        NodeReader reader = new NodeReader((ObjectNode) value, at, out).allowOnly(List.of("zh", "en"));
        Read<String> zh = reader.text("zh");
        Read<String> en = reader.text("en");
        if (zh.isBroken() || en.isBroken()) {
            return Read.broken();
        }
        if (!zh.present() && !en.present()) {
            out.add(at.path(), FormatProblems.LABEL_EMPTY);
            return Read.broken();
        }
        return Read.of(new Label(Optional.ofNullable(zh.value()), Optional.ofNullable(en.value())));
    }

    /**
     * {@return the property {@code name} as an array of ids, an element that breaks the id rule left null (reported
     * here, skipped by later checks); an absent optional array is empty} With {@code repeatsAreProblems}, an id listed
     * twice is reported here; otherwise a later check reports it.
     *
     * @param name the property's name
     * @param required whether a missing property is reported
     * @param repeatsAreProblems whether an id listed twice is reported here
     */
    public Read<List<String>> ids(String name, boolean required, boolean repeatsAreProblems) {
        Read<List<JsonNode>> elements = array(name, required);
        if (!elements.present()) {
            return required ? Read.absent() : Read.of(List.of());
        }
        if (!elements.ok()) {
            return Read.broken();
        }
        List<String> ids = new ArrayList<>(elements.value().size());
        Map<String, Integer> first = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < elements.value().size(); i++) {
            Where at = at(name).index(i);
            Read<String> id = id(elements.value().get(i), at, out);
            ok &= id.ok();
            ids.add(id.orElse(null));
            if (repeatsAreProblems && id.ok()) {
                Integer earlier = first.putIfAbsent(id.value(), i);
                if (earlier != null) {
                    out.add(at.path(), ModelProblems.LIST_REPEAT, id.value(), at(name).index(earlier).path());
                    ok = false;
                }
            }
        }
        List<String> written = Collections.unmodifiableList(ids);
        return ok ? Read.of(written) : Read.broken(written);
    }

    /**
     * {@return the property {@code name} as a set of tags (ids, each listed once), sorted}
     *
     * @param name the property's name
     */
    public Read<SortedSet<String>> tags(String name) {
        Read<List<String>> ids = ids(name, false, true);
        return ids.ok() ? Read.of(Collections.unmodifiableSortedSet(new TreeSet<>(ids.value()))) : Read.broken();
    }

    private Read<String> text(String name) {
        JsonNode value = value(name, false);
        return value == null ? Read.absent() : text(value, at(name), out);
    }

    private static Read<String> text(JsonNode value, Where at, Violations out) {
        if (!value.isTextual()) {
            wrongType(value, at, STRING, out);
            return Read.broken();
        }
        String text = value.textValue();
        if (text.isBlank()) {
            out.add(at.path(), FormatProblems.BLANK);
            return Read.broken();
        }
        if (text.length() > Label.MAX_LENGTH) {
            out.add(at.path(), FormatProblems.TOO_LONG, text.length(), Label.MAX_LENGTH);
            return Read.broken();
        }
        return Read.of(text);
    }

    /** The value of {@code name}, or null when absent or null (reporting a missing required one). */
    private JsonNode value(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null) {
            if (required) {
                out.add(at(name).path(), FormatProblems.MISSING);
            }
            return null;
        }
        if (value.isNull() && !required) {
            return null;
        }
        return value;
    }

    /**
     * Reports that {@code value} at {@code at} is not {@code expected}, unless it was reported already.
     *
     * @param value the value found there
     * @param at where the value is
     * @param expected what was expected there, for the message
     * @param out where problems are reported
     */
    public static void wrongType(JsonNode value, Where at, Label expected, Violations out) {
        if (value != TreeReader.REPORTED) {
            out.add(at.path(), FormatProblems.WRONG_TYPE, expected, typeOf(value));
        }
    }

    private static Label typeOf(JsonNode node) {
        JsonNodeType type = node == null ? JsonNodeType.MISSING : node.getNodeType();
        return switch (type) {
            case OBJECT -> OBJECT;
            case ARRAY -> ARRAY;
            case STRING -> STRING;
            case NUMBER -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case NULL -> Label.of("null", "null");
            default -> Label.of("其他取值", "another kind of value");
        };
    }
}
