package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated schemes pass every check and round-trip; every single corruption of a scheme's
 * canonical JSON document is rejected with a violation at the right path. Documents are written
 * by {@link SchemeFormat#write}, so the positions of parts are those of the scheme's lists.
 */
class SchemeCorruptionProperties {

    private static final SchemeFormat FORMAT = SchemeFormat.ofDefaults();
    /** Reads numbers as written ({@code 2.50} stays {@code 2.50}). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    /** Parameters a built-in rule cannot do without, by rule. */
    private static final Map<String, List<String>> REQUIRED = Map.of("count", List.of("per"), "deduct", List.of("per"),
            "tiers", List.of("tiers"), "rating", List.of("outOf", "grades"));

    @Property(tries = 200)
    @Label("every generated scheme passes the checks and reads back equal from its JSON and its YAML")
    void schemesRoundTrip(@ForAll Scheme scheme) {
        assertEquals(scheme, FORMAT.check(scheme).scheme());
        String json = FORMAT.write(scheme, Syntax.JSON);
        Scheme back = FORMAT.read(json, Syntax.JSON);
        assertEquals(scheme, back);
        assertEquals(json, FORMAT.write(back, Syntax.JSON));
        String yaml = FORMAT.write(scheme, Syntax.YAML);
        assertEquals(scheme, FORMAT.read(yaml, Syntax.YAML), yaml);
    }

    @Property(tries = 200)
    @Label("an unknown property added to any object of the document is reported at that property")
    void unknownPropertiesAreRejected(@ForAll Scheme scheme, @ForAll @IntRange(min = 0) int a) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> objects = new ArrayList<>();
        objects(document, "$", objects);
        Located target = objects.get(a % objects.size());
        ((ObjectNode) target.node()).put("colour", "red");
        // An unknown property of an object the scheme format describes, an unknown rule parameter,
        // a grade or a severity level that the key does not have.
        Violation violation = assertViolation(document, target.path() + ".colour");
        assertTrue(Set.of("property.unknown", "scheme.rule.param-unknown", "type.mismatch",
                "scheme.adjustment.level-unknown").contains(violation.code()), violation.toString());
    }

    /**
     * Copies the id of one part onto a later one. SCORING.md: "A duplicate id anywhere is reported
     * at its second occurrence, naming the first."
     */
    @Property(tries = 200)
    @Label("a part given the id of an earlier part is reported at its id, naming the first")
    void duplicateIdsAreRejected(@ForAll Scheme scheme, @ForAll @IntRange(min = 0) int a,
            @ForAll @IntRange(min = 0) int b) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> ids = ids(document);
        List<int[]> pairs = new ArrayList<>();
        for (int first = 0; first < ids.size(); first++) {
            for (int second = first + 1; second < ids.size(); second++) {
                pairs.add(new int[] {first, second});
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        int[] pair = pairs.get((a ^ b) % pairs.size());
        Located first = ids.get(pair[0]);
        Located second = ids.get(pair[1]);
        ((ObjectNode) second.node()).put("id", first.node().get("id").textValue());
        Violation violation = assertViolation(document, second.path() + ".id");
        assertEquals("id.duplicate", violation.code(), violation.toString());
        assertTrue(violation.message().contains("first at " + first.path() + ".id"), violation.message());
    }

    @Property(tries = 200)
    @Label("a maxPoints of zero or less is reported at that maxPoints")
    void nonPositiveMaximaAreRejected(@ForAll Scheme scheme, @ForAll @IntRange(min = 0) int a,
            @ForAll @IntRange(min = 0, max = 2) int b) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> owners = new ArrayList<>();
        if (document.has("maxPoints")) {
            owners.add(new Located("$", document));
        }
        for (Located part : parts(document)) {
            if (part.node().has("maxPoints")) {
                owners.add(part);
            }
        }
        if (owners.isEmpty()) {
            // An open-ended scheme of uncapped items only: no maximum to break.
            return;
        }
        Located owner = owners.get(a % owners.size());
        ((ObjectNode) owner.node()).put("maxPoints", List.of(BigDecimal.ZERO, new BigDecimal("-1"),
                new BigDecimal("-0.5")).get(b));
        Violation violation = assertViolation(document, owner.path() + ".maxPoints");
        assertEquals("number.positive", violation.code(), violation.toString());
    }

    /** Schemes with a maximum (not open-ended): plain and composite. */
    @Provide
    Arbitrary<Scheme> closedSchemes() {
        return MofanArbitraries.schemes().filter(scheme -> !scheme.openEnded());
    }

    /**
     * Changes one item's maximum. The reader checks, for each kind, an indicator's declared
     * maximum against its items, a dimension's declared maximum against its indicators (each
     * counting as its declared maximum, else its items' sum) and the scheme's against the
     * dimensions: so the nearest level above the item that declares a maximum reports it, else
     * {@code $.maxPoints}.
     */
    @Property(tries = 200)
    @Label("an item's maximum changed so that the maxima no longer add up is reported at the nearest declared maximum")
    void maximaThatDoNotAddUpAreRejected(@ForAll("closedSchemes") Scheme scheme, @ForAll @IntRange(min = 0) int a,
            @ForAll @IntRange(min = 0, max = 3) int b) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> items = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        ArrayNode dimensions = (ArrayNode) document.get("dimensions");
        for (int d = 0; d < dimensions.size(); d++) {
            JsonNode dimension = dimensions.get(d);
            String dimensionPath = "$.dimensions[" + d + "]";
            ArrayNode indicators = (ArrayNode) dimension.get("indicators");
            for (int i = 0; i < indicators.size(); i++) {
                JsonNode indicator = indicators.get(i);
                String indicatorPath = dimensionPath + ".indicators[" + i + "]";
                String reportedAt = indicator.has("maxPoints") ? indicatorPath + ".maxPoints"
                        : dimension.has("maxPoints") ? dimensionPath + ".maxPoints" : "$.maxPoints";
                ArrayNode list = (ArrayNode) indicator.get("items");
                for (int t = 0; t < list.size(); t++) {
                    items.add(new Located(indicatorPath + ".items[" + t + "]", list.get(t)));
                    expected.add(reportedAt);
                }
            }
        }
        int x = a % items.size();
        ObjectNode item = (ObjectNode) items.get(x).node();
        BigDecimal max = item.get("maxPoints").decimalValue();
        BigDecimal delta = List.of(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("2.25"),
                new BigDecimal("0.01")).get(b);
        item.put("maxPoints", max.compareTo(delta) > 0 && a % 2 == 0 ? max.subtract(delta) : max.add(delta));
        Violation violation = assertViolation(document, expected.get(x));
        assertEquals("scheme.maxima.sum", violation.code(), violation.toString());
    }

    @Property(tries = 200)
    @Label("an item naming an unknown rule is reported at its rule's id")
    void unknownRulesAreRejected(@ForAll Scheme scheme, @ForAll @IntRange(min = 0) int a) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> items = items(document);
        Located item = items.get(a % items.size());
        ((ObjectNode) item.node().get("rule")).put("id", "no-such-rule");
        Violation violation = assertViolation(document, item.path() + ".rule.id");
        assertEquals("scheme.rule.unknown", violation.code(), violation.toString());
    }

    /**
     * Removes a parameter the item's rule requires (reported missing at its name), or renames one
     * (reported unknown at the new name); an item without parameters gets an unknown one.
     */
    @Property(tries = 200)
    @Label("a rule parameter removed or renamed is reported at rule.params.NAME")
    void brokenRuleParametersAreRejected(@ForAll Scheme scheme, @ForAll @IntRange(min = 0) int a,
            @ForAll boolean remove) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> items = items(document);
        Located item = items.get(a % items.size());
        ObjectNode rule = (ObjectNode) item.node().get("rule");
        ObjectNode params = rule.has("params") ? (ObjectNode) rule.get("params") : rule.putObject("params");
        String at = item.path() + ".rule.params.";
        List<String> required = REQUIRED.getOrDefault(rule.get("id").textValue(), List.of()).stream()
                .filter(params::has).toList();
        List<String> names = new ArrayList<>();
        params.fieldNames().forEachRemaining(names::add);
        Violation violation;
        if (remove && !required.isEmpty()) {
            String name = required.get(a % required.size());
            params.remove(name);
            violation = assertViolation(document, at + name);
        } else if (!names.isEmpty()) {
            String name = names.get(a % names.size());
            JsonNode value = params.remove(name);
            params.set(name + "2", value);
            violation = assertViolation(document, at + name + "2");
            assertEquals("scheme.rule.param-unknown", violation.code(), violation.toString());
        } else {
            params.put("colour", "red");
            violation = assertViolation(document, at + "colour");
            assertEquals("scheme.rule.param-unknown", violation.code(), violation.toString());
        }
    }

    @Property(tries = 200)
    @Label("an item reading an undeclared key is reported at that entry of its keys")
    void undeclaredItemKeysAreRejected(@ForAll Scheme scheme, @ForAll @IntRange(min = 0) int a) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> items = items(document);
        Located item = items.get(a % items.size());
        ArrayNode keys = (ArrayNode) item.node().get("keys");
        int k = a % keys.size();
        keys.set(k, "no-such-key");
        Violation violation = assertViolation(document, item.path() + ".keys[" + k + "]");
        assertEquals("scheme.key.unknown", violation.code(), violation.toString());
    }

    @Property(tries = 200)
    @Label("a veto or grade gate testing an undeclared key is reported at that test's key")
    void undeclaredPredicateKeysAreRejected(@ForAll("schemesWithKeyTests") Scheme scheme,
            @ForAll @IntRange(min = 0) int a) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> tests = keyTests(document);
        Located test = tests.get(a % tests.size());
        ((ObjectNode) test.node()).put("key", "no-such-key");
        Violation violation = assertViolation(document, test.path() + ".key");
        assertEquals("scheme.key.unknown", violation.code(), violation.toString());
    }

    @Provide
    Arbitrary<Scheme> schemesWithKeyTests() {
        return MofanArbitraries.schemes().filter(scheme -> {
            try {
                return !keyTests(document(scheme)).isEmpty();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The key tests of the vetoes and grade gates, at their paths. */
    private static List<Located> keyTests(ObjectNode document) {
        List<Located> tests = new ArrayList<>();
        ArrayNode vetoes = document.has("vetoes") ? (ArrayNode) document.get("vetoes") : JSON.createArrayNode();
        for (int v = 0; v < vetoes.size(); v++) {
            keyTests(vetoes.get(v).get("when"), "$.vetoes[" + v + "].when", tests);
        }
        ArrayNode grades = document.has("grades") ? (ArrayNode) document.get("grades") : JSON.createArrayNode();
        for (int g = 0; g < grades.size(); g++) {
            ArrayNode gates = grades.get(g).has("gates") ? (ArrayNode) grades.get(g).get("gates")
                    : JSON.createArrayNode();
            for (int p = 0; p < gates.size(); p++) {
                keyTests(gates.get(p), "$.grades[" + g + "].gates[" + p + "]", tests);
            }
        }
        return tests;
    }

    // ---------------------------------------------------------------- composite and open-ended schemes

    @Provide
    Arbitrary<Scheme> compositeSchemes() {
        return MofanArbitraries.schemes().composite();
    }

    @Provide
    Arbitrary<Scheme> openEndedSchemes() {
        return MofanArbitraries.schemes().openEnded();
    }

    /**
     * Breaks the rule that every dimension is in exactly one part: a part names an unknown
     * dimension (reported at that entry), a later part also names an earlier part's dimension
     * (reported at the repeated entry, naming the first part), or a dimension is taken out of its
     * part (reported at the dimension's id).
     */
    @Property(tries = 100)
    @Label("a part naming an unknown dimension or another part's, or a dimension in no part, is reported at that entry")
    void partsThatDoNotCoverTheDimensionsOnceAreRejected(@ForAll("compositeSchemes") Scheme scheme,
            @ForAll @IntRange(min = 0) int a, @ForAll @IntRange(min = 0, max = 2) int b) throws Exception {
        ObjectNode document = document(scheme);
        ArrayNode parts = (ArrayNode) document.get("parts");
        int k = a % parts.size();
        ArrayNode dimensions = (ArrayNode) parts.get(k).get("dimensions");
        int i = a % dimensions.size();
        if (b == 0) {
            dimensions.set(i, "no-such-dimension");
            Violation violation = assertViolation(document, "$.parts[" + k + "].dimensions[" + i + "]");
            assertEquals("scheme.parts.dimension-unknown", violation.code(), violation.toString());
        } else if (b == 2 && dimensions.size() > 1) {
            String taken = dimensions.remove(i).textValue();
            int d = scheme.dimensions().stream().map(dimension -> dimension.id()).toList().indexOf(taken);
            Violation violation = assertViolation(document, "$.dimensions[" + d + "].id");
            assertEquals("scheme.parts.dimension-without-part", violation.code(), violation.toString());
        } else {
            int later = 1 + a % (parts.size() - 1);
            int earlier = a % later;
            ArrayNode into = (ArrayNode) parts.get(later).get("dimensions");
            into.add(parts.get(earlier).get("dimensions").get(0).textValue());
            Violation violation = assertViolation(document, "$.parts[" + later + "].dimensions[" + (into.size() - 1)
                    + "]");
            assertEquals("scheme.parts.dimension-twice", violation.code(), violation.toString());
            assertTrue(violation.message().contains(parts.get(earlier).get("id").textValue()), violation.message());
        }
    }

    /** A composite scheme's deductions belong to its parts: a scheme-level one, or a deduction cap, is refused. */
    @Property(tries = 100)
    @Label("a scheme-level deduction or deduction cap in a composite scheme is reported at $.deductions or "
            + "$.deductionCap")
    void schemeLevelDeductionsOfACompositeSchemeAreRejected(@ForAll("compositeSchemes") Scheme scheme,
            @ForAll boolean cap) throws Exception {
        ObjectNode document = document(scheme);
        JsonNode partDeduction = null;
        for (JsonNode part : document.get("parts")) {
            if (part.has("deductions") && partDeduction == null) {
                partDeduction = part.get("deductions").get(0);
            }
        }
        if (cap || partDeduction == null) {
            document.put("deductionCap", BigDecimal.ONE);
            Violation violation = assertViolation(document, "$.deductionCap");
            assertEquals("scheme.parts.deductions", violation.code(), violation.toString());
        } else {
            ObjectNode moved = partDeduction.deepCopy();
            moved.put("id", "no-such-twin");
            document.putArray("deductions").add(moved);
            Violation violation = assertViolation(document, "$.deductions");
            assertEquals("scheme.parts.deductions", violation.code(), violation.toString());
        }
    }

    @Property(tries = 100)
    @Label("maxPoints given to an open-ended scheme, one of its dimensions or indicators is reported at that maxPoints")
    void maximaAboveItemsOfAnOpenEndedSchemeAreRejected(@ForAll("openEndedSchemes") Scheme scheme,
            @ForAll @IntRange(min = 0) int a) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> owners = new ArrayList<>();
        owners.add(new Located("$", document));
        parts(document).stream().filter(part -> !part.path().contains(".items[")).forEach(owners::add);
        Located owner = owners.get(a % owners.size());
        ((ObjectNode) owner.node()).put("maxPoints", BigDecimal.TEN);
        Violation violation = assertViolation(document, owner.path() + ".maxPoints");
        assertEquals(owner.path().equals("$") ? "scheme.open-ended.max" : "scheme.open-ended.level-max",
                violation.code(), violation.toString());
    }

    /**
     * In an open-ended scheme: an uncapped item given a rule that scores against a maximum is
     * reported at its rule's id; {@code missing: exclude} at its missing; a weight at its weight.
     */
    @Property(tries = 100)
    @Label("an uncapped item with a rule that needs a maximum, missing: exclude or a weight in an open-ended scheme "
            + "is reported there")
    void itemsAnOpenEndedSchemeCannotScoreAreRejected(@ForAll("openEndedSchemes") Scheme scheme,
            @ForAll @IntRange(min = 0) int a, @ForAll @IntRange(min = 0, max = 2) int b) throws Exception {
        ObjectNode document = document(scheme);
        List<Located> items = items(document);
        List<Located> uncapped = items.stream().filter(item -> !item.node().has("maxPoints")).toList();
        if (b == 0 && !uncapped.isEmpty()) {
            Located item = uncapped.get(a % uncapped.size());
            List<String> capped = SchemeArbitrary.BUILT_IN_RULES.stream()
                    .filter(rule -> !SchemeArbitrary.OPEN_ENDED_RULES.contains(rule)).toList();
            ((ObjectNode) item.node().get("rule")).put("id", capped.get(a % capped.size()));
            Violation violation = assertViolation(document, item.path() + ".rule.id");
            assertEquals("scheme.rule.needs-max", violation.code(), violation.toString());
        } else if (b == 2) {
            Located item = items.get(a % items.size());
            ((ObjectNode) item.node()).put("weight", BigDecimal.ONE);
            Violation violation = assertViolation(document, item.path() + ".weight");
            assertEquals("scheme.open-ended.weight", violation.code(), violation.toString());
        } else {
            Located item = items.get(a % items.size());
            ((ObjectNode) item.node()).put("missing", "exclude");
            Violation violation = assertViolation(document, item.path() + ".missing");
            assertEquals("scheme.open-ended.exclude", violation.code(), violation.toString());
        }
    }

    // ---------------------------------------------------------------- the document

    /** A node of the document and its JSON path. */
    private record Located(String path, JsonNode node) {
    }

    private static ObjectNode document(Scheme scheme) throws Exception {
        return (ObjectNode) JSON.readTree(FORMAT.write(scheme, Syntax.JSON));
    }

    /** Every object of the document, in document order. */
    private static void objects(JsonNode node, String path, List<Located> into) {
        if (node.isObject()) {
            into.add(new Located(path, node));
            node.properties().forEach(field -> objects(field.getValue(), path + "." + field.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), path + "[" + i + "]", into);
            }
        }
    }

    /**
     * The parts with an id, in document order: keys, then each dimension followed by its
     * indicators (each followed by its items, deductions and bonuses) and its own deductions and
     * bonuses, then the parts of a composite scheme (each followed by its deductions), then the
     * scheme's deductions, bonuses, vetoes and grades.
     */
    private static List<Located> ids(ObjectNode document) {
        List<Located> ids = new ArrayList<>();
        each(document, "keys", "$", ids);
        ArrayNode dimensions = (ArrayNode) document.get("dimensions");
        for (int d = 0; d < dimensions.size(); d++) {
            JsonNode dimension = dimensions.get(d);
            String at = "$.dimensions[" + d + "]";
            ids.add(new Located(at, dimension));
            ArrayNode indicators = (ArrayNode) dimension.get("indicators");
            for (int i = 0; i < indicators.size(); i++) {
                JsonNode indicator = indicators.get(i);
                String indicatorAt = at + ".indicators[" + i + "]";
                ids.add(new Located(indicatorAt, indicator));
                each(indicator, "items", indicatorAt, ids);
                each(indicator, "deductions", indicatorAt, ids);
                each(indicator, "bonuses", indicatorAt, ids);
            }
            each(dimension, "deductions", at, ids);
            each(dimension, "bonuses", at, ids);
        }
        ArrayNode parts = document.has("parts") ? (ArrayNode) document.get("parts") : JSON.createArrayNode();
        for (int p = 0; p < parts.size(); p++) {
            String at = "$.parts[" + p + "]";
            ids.add(new Located(at, parts.get(p)));
            each(parts.get(p), "deductions", at, ids);
        }
        for (String section : List.of("deductions", "bonuses", "vetoes", "grades")) {
            each(document, section, "$", ids);
        }
        return ids;
    }

    private static void each(JsonNode parent, String section, String at, List<Located> into) {
        JsonNode list = parent.get(section);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            into.add(new Located(at + "." + section + "[" + i + "]", list.get(i)));
        }
    }

    /** Dimensions, indicators and items. */
    private static List<Located> parts(ObjectNode document) {
        List<Located> parts = new ArrayList<>();
        ArrayNode dimensions = (ArrayNode) document.get("dimensions");
        for (int d = 0; d < dimensions.size(); d++) {
            String at = "$.dimensions[" + d + "]";
            parts.add(new Located(at, dimensions.get(d)));
            ArrayNode indicators = (ArrayNode) dimensions.get(d).get("indicators");
            for (int i = 0; i < indicators.size(); i++) {
                parts.add(new Located(at + ".indicators[" + i + "]", indicators.get(i)));
                each(indicators.get(i), "items", at + ".indicators[" + i + "]", parts);
            }
        }
        return parts;
    }

    private static List<Located> items(ObjectNode document) {
        return parts(document).stream().filter(part -> part.path().endsWith("]") && part.path().contains(".items["))
                .toList();
    }

    /** The key tests of a predicate, at their paths. */
    private static void keyTests(JsonNode predicate, String path, List<Located> into) {
        if (predicate.has("key")) {
            into.add(new Located(path, predicate));
        } else if (predicate.has("not")) {
            keyTests(predicate.get("not"), path + ".not", into);
        } else {
            for (String form : List.of("allOf", "anyOf")) {
                JsonNode parts = predicate.get(form);
                if (parts != null) {
                    for (int i = 0; i < parts.size(); i++) {
                        keyTests(parts.get(i), path + "." + form + "[" + i + "]", into);
                    }
                }
            }
        }
    }

    /** The document is refused, with a violation at {@code path}. */
    private static Violation assertViolation(ObjectNode document, String path) throws Exception {
        String json = JSON.writeValueAsString(document);
        ValidationException e = assertThrows(ValidationException.class, () -> FORMAT.read(json, Syntax.JSON));
        return e.violations().stream()
                .filter(v -> v.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected a violation at " + path + " among:\n"
                        + String.join("\n", e.lines(Language.EN))));
    }
}
