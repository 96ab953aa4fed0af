package dev.mofan.core.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mofan.core.format.internal.EvidenceDocumentWriter;
import dev.mofan.core.format.internal.OrgDocumentWriter;
import dev.mofan.core.format.internal.SchemeDocumentWriter;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.scheme.Scheme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of the canonical scheme, org directory and evidence (records sorted by id, then by
 * their canonical text), each as compact JSON, separated by a zero byte: the same inputs in any
 * order give the same fingerprint.
 */
public final class Fingerprint {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private Fingerprint() {
    }

    /** The hex fingerprint of these inputs. */
    public static String of(Scheme scheme, OrgDirectory directory, Evidence evidence) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        digest.update(bytes(SchemeDocumentWriter.toTree(scheme)));
        digest.update((byte) 0);
        digest.update(bytes(OrgDocumentWriter.toTree(directory)));
        digest.update((byte) 0);
        List<String> records = new ArrayList<>();
        for (EvidenceRecord record : evidence.records()) {
            records.add(record.id() + "\u0000" + text(EvidenceDocumentWriter.record(record)));
        }
        records.sort(Comparator.naturalOrder());
        for (String record : records) {
            digest.update(record.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] bytes(JsonNode tree) {
        return text(tree).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A tree built in memory is always writable", e);
        }
    }
}
