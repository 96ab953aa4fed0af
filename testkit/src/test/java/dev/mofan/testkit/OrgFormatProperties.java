package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of reading and writing org documents over generated directories. */
class OrgFormatProperties {

    private static final OrgDirectoryFormat FORMAT = OrgDirectoryFormat.ofDefaults();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<OrgDirectory> directories() {
        return MofanArbitraries.orgDirectories().ofMaxTreeSize(120);
    }

    @Property
    @Label("every generated directory loads back from its JSON, equal, and writes the same bytes again")
    void jsonRoundTripIsIdentity(@ForAll("directories") OrgDirectory directory) {
        String json = FORMAT.write(directory, Syntax.JSON);
        OrgDirectory back = FORMAT.read(json, Syntax.JSON);
        assertEquals(directory, back);
        assertEquals(json, FORMAT.write(back, Syntax.JSON));
    }

    @Property
    @Label("every generated directory loads back from its YAML, equal, and writes the same bytes again")
    void yamlRoundTripIsIdentity(@ForAll("directories") OrgDirectory directory) {
        String yaml = FORMAT.write(directory, Syntax.YAML);
        OrgDirectory back = FORMAT.read(yaml, Syntax.YAML);
        assertEquals(FORMAT.write(directory, Syntax.JSON), FORMAT.write(back, Syntax.JSON), yaml);
        assertEquals(directory, back);
        assertEquals(yaml, FORMAT.write(back, Syntax.YAML));
    }

    @Property(tries = 100)
    @Label("a document with its entries shuffled reads to the same directory and writes the same bytes")
    void entryOrderInADocumentDoesNotMatter(@ForAll("directories") OrgDirectory directory, @ForAll Random random)
            throws Exception {
        String json = FORMAT.write(directory, Syntax.JSON);
        ObjectNode document = (ObjectNode) JSON.readTree(json);
        for (String section : List.of("orgs", "members", "divisions", "links")) {
            List<JsonNode> entries = new ArrayList<>();
            document.get(section).forEach(entries::add);
            Collections.shuffle(entries, random);
            ArrayNode shuffled = document.putArray(section);
            entries.forEach(shuffled::add);
        }
        OrgDirectory back = FORMAT.read(JSON.writeValueAsString(document), Syntax.JSON);
        assertEquals(directory, back);
        assertEquals(json, FORMAT.write(back, Syntax.JSON));
    }
}
