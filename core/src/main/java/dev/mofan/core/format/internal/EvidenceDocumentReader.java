package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Timestamp;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the tree of an evidence document into {@link Evidence}, reporting every shape problem of
 * every record. Whether a record fits the scheme (known subject and key, a value of the key's
 * type, inside the period) is judged when evaluating: such a record is reported as unused, not
 * refused here.
 */
public final class EvidenceDocumentReader {

    /** Top-level sections. */
    public static final List<String> SECTIONS = List.of("evidence");
    static final List<String> FIELDS = List.of("id", "subject", "key", "period", "value", "caseId", "stage", "source",
            "recordedAt", "supersedes");
    private static final Label STAGE = Label.of("阶段", "stage");

    private EvidenceDocumentReader() {
    }

    /**
     * {@return the evidence the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<Evidence> read(JsonNode root, Violations out) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(SECTIONS);
        Read<List<JsonNode>> elements = doc.array("evidence", true);
        if (!elements.ok() || !elements.present()) {
            return Optional.empty();
        }
        List<EvidenceRecord> records = new ArrayList<>(elements.value().size());
        for (int i = 0; i < elements.value().size(); i++) {
            Where where = doc.at("evidence").index(i);
            NodeReader.object(elements.value().get(i), where, out).flatMap(record -> record(record, out))
                    .ifPresent(records::add);
        }
        return out.isEmpty() ? Optional.of(Evidence.of(records)) : Optional.empty();
    }

    private static Optional<EvidenceRecord> record(NodeReader object, Violations out) {
        NodeReader record = object.allowOnly(FIELDS);
        Read<String> id = record.id("id", true);
        Read<String> subject = record.id("subject", true);
        Read<String> key = record.id("key", true);
        // YAML reads a bare year (period: 2025) as a number; it means the year.
        JsonNode rawPeriod = record.raw("period");
        Read<String> periodText = rawPeriod != null && rawPeriod.isIntegralNumber()
                ? Read.of(rawPeriod.bigIntegerValue().toString()) : record.string("period", true);
        Optional<Period> period = Optional.empty();
        if (periodText.ok() && periodText.present()) {
            period = Period.tryParse(periodText.value());
            if (period.isEmpty()) {
                out.add(record.at("period").path(), SchemeProblems.PERIOD_INVALID, periodText.value());
            }
        }
        Optional<Value> value = value(record, out);
        Read<String> caseId = record.id("caseId", false);
        Read<Stage> stage = record.term("stage", Stage.class, STAGE, false);
        Read<String> source = record.string("source", false);
        Read<String> recordedText = record.string("recordedAt", false);
        Optional<Timestamp> recordedAt = Optional.empty();
        if (recordedText.ok() && recordedText.present()) {
            recordedAt = Timestamp.tryParse(recordedText.value());
            if (recordedAt.isEmpty()) {
                out.add(record.at("recordedAt").path(), SchemeProblems.TIMESTAMP_INVALID, recordedText.value());
            }
        }
        Read<String> supersedes = record.id("supersedes", false);
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceRecord(id.value(), subject.value(), key.value(), period.orElseThrow(),
                value.orElseThrow(), Optional.ofNullable(caseId.value()), stage.orElse(Stage.REVIEW),
                Optional.ofNullable(source.value()), recordedAt, Optional.ofNullable(supersedes.value())));
    }

    private static Optional<Value> value(NodeReader record, Violations out) {
        if (record.isNull("value")) {
            out.add(record.at("value").path(), SchemeProblems.VALUE_TYPE);
            return Optional.empty();
        }
        if (!record.has("value")) {
            record.string("value", true);
            return Optional.empty();
        }
        JsonNode node = record.raw("value");
        if (node.isBoolean()) {
            return Optional.of(Value.of(node.booleanValue()));
        }
        if (node.isNumber()) {
            return Optional.of(Value.of(node.decimalValue()));
        }
        if (node.isTextual()) {
            return record.string("value", true).ok() ? Optional.of(Value.of(node.textValue())) : Optional.empty();
        }
        if (node != TreeReader.REPORTED) {
            out.add(record.at("value").path(), SchemeProblems.VALUE_TYPE);
        }
        return Optional.empty();
    }
}
