package dev.mofan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mofan.core.schema.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example documents against the JSON Schemas, as a front-end would check them: the good ones
 * pass (the scheme with the plug-in rule too, whose parameters the schema knows), and the broken org
 * file is caught where a schema can see the problem: the unknown property and the misspelt kind. Its
 * unknown parent and second secretary need the whole document; only the reader reports those.
 */
class ExampleDocumentsSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemas SCHEMAS = JsonSchemas.ofDefaults();

    @Test
    void theExampleDocumentsPass() throws IOException {
        assertEquals(List.of(), errors("scheme", "branch-scheme.yaml"));
        assertEquals(List.of(), errors("orgs", "city.yaml"));
        assertEquals(List.of(), errors("evidence", "city-evidence.json"));
    }

    @Test
    void theBrokenOrgFileIsCaughtWhereASchemaCanSee() throws IOException {
        assertEquals(List.of("/orgs/3", "/orgs/4/kind"), errors("orgs", "city-broken.json"));
    }

    /** The instance locations of the schema's errors for the example document {@code file}. */
    private static List<String> errors(String document, String file) throws IOException {
        JsonNode node;
        try (InputStream in = ExampleDocumentsSchemaTest.class.getResourceAsStream(file)) {
            node = YAML.readTree(in);       // YAML is a superset of JSON
        }
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SCHEMAS.named(document).orElseThrow()).validate(node).stream()
                .map(e -> e.getInstanceLocation().toString()).distinct().toList();
    }
}
