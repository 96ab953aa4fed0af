package dev.mofan.core.format.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import java.io.IOException;

/**
 * Builds the tree of an evidence document: records in the order given, properties in a fixed
 * order, defaults (stage {@code review}) and absent values left out.
 */
public final class EvidenceDocumentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvidenceDocumentWriter() {
    }

    /**
     * {@return the document tree of {@code evidence}}
     *
     * @param evidence the evidence
     */
    public static ObjectNode toTree(Evidence evidence) {
        ObjectNode document = NODES.objectNode();
        ArrayNode records = document.putArray("evidence");
        for (EvidenceRecord record : evidence.records()) {
            records.add(record(record));
        }
        return document;
    }

    /**
     * {@return the document form of one record}
     *
     * @param record the record
     */
    public static ObjectNode record(EvidenceRecord record) {
        ObjectNode node = NODES.objectNode();
        node.put("id", record.id());
        node.put("subject", record.subject());
        node.put("key", record.key());
        node.put("period", record.period().text());
        Value value = record.value();
        if (value instanceof Value.Flag flag) {
            node.put("value", flag.value());
        } else if (value instanceof Value.Number number) {
            node.put("value", number.value());
        } else {
            node.put("value", ((Value.Text) value).value());
        }
        record.caseId().ifPresent(c -> node.put("caseId", c));
        if (record.stage() != Stage.REVIEW) {
            node.put("stage", record.stage().id());
        }
        record.source().ifPresent(s -> node.put("source", s));
        record.recordedAt().ifPresent(t -> node.put("recordedAt", t.text()));
        record.supersedes().ifPresent(s -> node.put("supersedes", s));
        return node;
    }

    /**
     * Writes {@code record} to {@code generator} as {@link #record} would give it, field for field and
     * byte for byte, without building a tree: for the fingerprint, which writes every record.
     *
     * @param generator where to write; left open
     * @param record the record
     * @throws IOException if the generator's target fails
     */
    public static void write(JsonGenerator generator, EvidenceRecord record) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("id", record.id());
        generator.writeStringField("subject", record.subject());
        generator.writeStringField("key", record.key());
        generator.writeStringField("period", record.period().text());
        Value value = record.value();
        generator.writeFieldName("value");
        if (value instanceof Value.Flag flag) {
            generator.writeBoolean(flag.value());
        } else if (value instanceof Value.Number number) {
            // Through the tree's own number node, so that decimals are written exactly as record() writes them.
            NODES.numberNode(number.value()).serialize(generator, null);
        } else {
            generator.writeString(((Value.Text) value).value());
        }
        if (record.caseId().isPresent()) {
            generator.writeStringField("caseId", record.caseId().get());
        }
        if (record.stage() != Stage.REVIEW) {
            generator.writeStringField("stage", record.stage().id());
        }
        if (record.source().isPresent()) {
            generator.writeStringField("source", record.source().get());
        }
        if (record.recordedAt().isPresent()) {
            generator.writeStringField("recordedAt", record.recordedAt().get().text());
        }
        if (record.supersedes().isPresent()) {
            generator.writeStringField("supersedes", record.supersedes().get());
        }
        generator.writeEndObject();
    }
}
