package dev.mofan.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.internal.SchemaFiles;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated JSON Schemas: shipped in the jar and in docs/schema/ exactly as generated; every
 * bundled and sample document passes them; and each kind of mistake a front-end should catch is
 * refused at the place it stands. Validated with an independent draft 2020-12 validator (networknt).
 */
class JsonSchemasTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemas SCHEMAS = JsonSchemas.ofDefaults();

    @ParameterizedTest
    @ValueSource(strings = {"scheme", "orgs", "evidence"})
    void theJarShipsTheSchemasAsGenerated(String name) throws IOException {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(SchemaFiles.fileName(name))) {
            assertEquals(SCHEMAS.named(name).orElseThrow(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"scheme", "orgs", "evidence"})
    void docsShowTheSchemasAsGenerated(String name) throws IOException {
        Path file = Path.of("..", "docs", "schema", SchemaFiles.fileName(name));
        assertEquals(SCHEMAS.named(name).orElseThrow(), Files.readString(file, StandardCharsets.UTF_8),
                "docs/schema/" + file.getFileName() + " is stale: regenerate it with `java -jar cli/target/mofan.jar "
                        + "schema " + name + " > docs/schema/" + file.getFileName() + "` (docs/schema/README.md)");
    }

    @Test
    void everySchemaDeclaresDraft2020AndNamesOnlyKnownDocuments() throws IOException {
        for (String name : JsonSchemas.DOCUMENTS) {
            JsonNode schema = JSON.readTree(SCHEMAS.named(name).orElseThrow());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        }
        assertTrue(SCHEMAS.named("report").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"five-type-organ", "four-strong-branch", "star-branch", "points-branch", "model-division", "three-atmospheres", "quzhou-index"})
    void everyBundledSchemePasses(String id) throws IOException {
        try (InputStream in = BundledSchemes.class.getResourceAsStream(id + ".yaml")) {
            assertEquals(List.of(), errors("scheme", YAML.readTree(in)));
        }
        assertEquals(BundledSchemes.IDS.size(), 7, "a new bundled scheme belongs in this test's list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"engine/worked-example.yaml", "format/small.yaml"})
    void theTestDocumentsPass(String file) throws IOException {
        JsonNode document = YAML.readTree(Files.readString(Path.of("src/test/resources/dev/mofan/core", file)));
        assertEquals(List.of(), errors(file.startsWith("engine") ? "scheme" : "orgs", document));
    }

    @Test
    void theWorkedExamplesOrgsAndEvidencePass() throws IOException {
        Path dir = Path.of("src/test/resources/dev/mofan/core/engine");
        assertEquals(List.of(), errors("orgs", YAML.readTree(Files.readString(dir.resolve("worked-orgs.yaml")))));
        assertEquals(List.of(), errors("evidence", YAML.readTree(Files.readString(dir.resolve("worked-evidence.yaml")))));
    }

    @Test
    void theSampleProvinceAndItsEvidencePassAsTheLibraryWritesThem() throws IOException {
        OrgDirectory province = SampleProvince.generate();
        assertEquals(List.of(), errors("orgs", JSON.readTree(OrgDirectoryFormat.ofDefaults().write(province, Syntax.JSON))));
        String evidence = EvidenceFormat.ofDefaults().write(SampleEvidence.generate(BundledSchemes.get("five-type-organ"),
                province, Period.year(2025)), Syntax.JSON);
        assertEquals(List.of(), errors("evidence", JSON.readTree(evidence)));
    }

    @Test
    void everyBundledSchemeWrittenBackPasses() throws IOException {
        for (String id : BundledSchemes.IDS) {
            String written = SchemeFormat.ofDefaults().write(BundledSchemes.get(id), Syntax.JSON);
            assertEquals(List.of(), errors("scheme", JSON.readTree(written)), id);
        }
    }

    // Mistakes a front-end should catch, each at its place (the validator names it as a JSON Pointer).

    @Test
    void aSchemeWithAMisspelledPropertyIsRefusedThere() throws IOException {
        assertRefused("scheme", small(s -> s.put("maxPionts", 10)), "");
    }

    @Test
    void anUnknownRuleIsRefusedAtItsId() throws IOException {
        assertRefused("scheme", small(s -> item(s).withObjectProperty("rule").put("id", "guess")), "/dimensions/0/indicators/0/items/0/rule/id");
    }

    @Test
    void aRuleParameterTheRuleDoesNotReadIsRefused() throws IOException {
        assertRefused("scheme", small(s -> item(s).withObjectProperty("rule").withObjectProperty("params").put("perr", 1)),
                "/dimensions/0/indicators/0/items/0/rule/params");
    }

    @Test
    void aRuleParameterOutOfItsBoundsIsRefused() throws IOException {
        assertRefused("scheme", small(s -> item(s).withObjectProperty("rule").withObjectProperty("params").put("per", 0)),
                "/dimensions/0/indicators/0/items/0/rule/params/per");
    }

    @Test
    void aMissingRequiredRuleParameterIsRefused() throws IOException {
        assertRefused("scheme", small(s -> item(s).withObjectProperty("rule").withObjectProperty("params").remove("per")),
                "/dimensions/0/indicators/0/items/0/rule/params");
    }

    @Test
    void anIdBreakingTheIdRuleIsRefused() throws IOException {
        assertRefused("scheme", small(s -> item(s).put("id", "第一项")), "/dimensions/0/indicators/0/items/0/id");
    }

    @Test
    void anUnknownKeyTypeIsRefused() throws IOException {
        assertRefused("scheme", small(s -> ((ObjectNode) s.get("keys").get(0)).put("type", "counter")), "/keys/0/type");
    }

    @Test
    void aPredicateOfTwoFormsIsRefused() throws IOException {
        assertRefused("scheme", small(s -> s.putArray("vetoes").addObject().put("id", "v").put("effect", "zero")
                .putObject("when").put("key", "k").put("result", "total").put("op", ">=").put("value", 1)),
                "/vetoes/0/when");
    }

    @Test
    void anOrgOfAnUnknownKindIsRefused() throws IOException {
        assertRefused("orgs", JSON.readTree("{\"orgs\": [{\"id\": \"wc\", \"kind\": \"committee\"}]}"), "/orgs/0/kind");
    }

    @Test
    void evidenceOfAnImpossiblePeriodIsRefused() throws IOException {
        assertRefused("evidence", JSON.readTree("{\"evidence\": [{\"id\": \"e1\", \"subject\": \"b\", \"key\": \"k\", "
                + "\"period\": \"2025-Q5\", \"value\": 1}]}"), "/evidence/0/period");
    }

    @Test
    void evidenceWithAnObjectValueIsRefused() throws IOException {
        assertRefused("evidence", JSON.readTree("{\"evidence\": [{\"id\": \"e1\", \"subject\": \"b\", \"key\": \"k\", "
                + "\"period\": \"2025\", \"value\": {\"n\": 1}}]}"), "/evidence/0/value");
    }

    /** A small valid scheme with one count item, changed by {@code change}. */
    private static JsonNode small(Consumer<ObjectNode> change) throws IOException {
        ObjectNode scheme = (ObjectNode) YAML.readTree("""
                id: small
                version: "1"
                period: year
                maxPoints: 10
                subjects: [branch]
                keys: [{id: k, type: count}]
                dimensions:
                  - id: d
                    indicators:
                      - id: i
                        items:
                          - {id: x, maxPoints: 10, rule: {id: count, params: {per: 2}}, keys: [k]}
                grades: [{id: any, min: 0}]
                """);
        assertEquals(List.of(), errors("scheme", scheme), "the small scheme itself passes");
        change.accept(scheme);
        return scheme;
    }

    private static ObjectNode item(ObjectNode scheme) {
        return (ObjectNode) scheme.get("dimensions").get(0).get("indicators").get(0).get("items").get(0);
    }

    private static void assertRefused(String name, JsonNode document, String at) {
        List<String> errors = errors(name, document);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(at + ": ")),
                "expected an error at " + at + ", got " + errors);
    }

    private static List<String> errors(String name, JsonNode document) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SCHEMAS.named(name).orElseThrow());
        return schema.validate(document).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .collect(Collectors.toList());
    }
}
