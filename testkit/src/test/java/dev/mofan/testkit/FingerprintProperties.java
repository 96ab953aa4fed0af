package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mofan.core.format.internal.EvidenceDocumentWriter;
import dev.mofan.model.evidence.EvidenceRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fingerprint writes evidence records straight to the digest; the bytes must be those of the
 * records' trees as they were written before, or every stored fingerprint would change.
 */
class FingerprintProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 60)
    void aRecordIsWrittenAsItsTree(@ForAll Assessment a) throws IOException {
        for (EvidenceRecord record : a.evidence().records()) {
            ByteArrayOutputStream tree = new ByteArrayOutputStream();
            try (JsonGenerator generator = JSON.getFactory().createGenerator(tree, JsonEncoding.UTF8)) {
                JSON.writeTree(generator, EvidenceDocumentWriter.record(record));
            }
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            try (JsonGenerator generator = JSON.getFactory().createGenerator(streamed, JsonEncoding.UTF8)) {
                EvidenceDocumentWriter.write(generator, record);
            }
            assertEquals(tree.toString(StandardCharsets.UTF_8),
                    streamed.toString(StandardCharsets.UTF_8));
        }
    }
}
