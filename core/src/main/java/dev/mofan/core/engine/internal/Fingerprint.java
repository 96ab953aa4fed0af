package dev.mofan.core.engine.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mofan.core.format.internal.EvidenceDocumentWriter;
import dev.mofan.core.format.internal.OrgDocumentWriter;
import dev.mofan.core.format.internal.SchemeDocumentWriter;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.scheme.Scheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of the canonical scheme, org directory and evidence, each as compact JSON, separated by
 * a zero byte; evidence records sorted by id (stably: records sharing an id keep their order, which
 * decides the one that counts), so that the same inputs in any order give the same fingerprint. Streamed into the digest: no copy
 * of the documents is kept.
 */
public final class Fingerprint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fingerprint() {
    }

    /**
     * {@return the hex fingerprint of these inputs}
     *
     * @param scheme the scheme
     * @param directory the org directory
     * @param evidence the evidence
     */
    public static String of(Scheme scheme, OrgDirectory directory, Evidence evidence) {
        return of(schemeJson(scheme), directory, evidence);
    }

    /**
     * {@return the compact JSON of {@code scheme} the fingerprint digests: the same for every evaluation
     * of one scheme, so that an evaluator writes it once}
     *
     * @param scheme the scheme
     */
    public static byte[] schemeJson(Scheme scheme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(SchemeDocumentWriter.toTree(scheme), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * {@return the hex fingerprint of these inputs, the scheme given as {@link #schemeJson(Scheme)} wrote it}
     *
     * @param schemeJson the scheme's compact JSON
     * @param directory the org directory
     * @param evidence the evidence
     */
    public static String of(byte[] schemeJson, OrgDirectory directory, Evidence evidence) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        List<EvidenceRecord> records = new ArrayList<>(evidence.records());
        // Stable: records sharing an id keep their order, which decides the one that counts.
        records.sort(Comparator.comparing(EvidenceRecord::id));
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            out.write(schemeJson);
            out.write(0);
            write(OrgDocumentWriter.toTree(directory), out);
            out.write(0);
            try (JsonGenerator generator = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                generator.writeStartArray();
                for (EvidenceRecord record : records) {
                    EvidenceDocumentWriter.write(generator, record);
                }
                generator.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a digest cannot fail", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void write(JsonNode tree, OutputStream out) throws IOException {
        try (JsonGenerator generator = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JSON.writeTree(generator, tree);
        }
    }
}
