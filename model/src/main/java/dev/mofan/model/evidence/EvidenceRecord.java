package dev.mofan.model.evidence;

import dev.mofan.model.period.Period;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.Objects;
import java.util.Optional;

/**
 * One evidence record (SCORING.md): a value of a key for a subject in a period.
 *
 * @param caseId the case it belongs to: records of one case count once (deductions, distinct cases)
 * @param source free text naming where it came from, at most {@link Label#MAX_LENGTH} characters
 * @param supersedes the id of a record this one corrects (an appeal or a correction)
 */
public record EvidenceRecord(String id, String subject, String key, Period period, Value value,
        Optional<String> caseId, Stage stage, Optional<String> source, Optional<Timestamp> recordedAt,
        Optional<String> supersedes) {

    /** Checks every part. */
    public EvidenceRecord {
        Identifiers.require(id, "record id");
        Identifiers.require(subject, "subject");
        Identifiers.require(key, "key");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        caseId.ifPresent(c -> Identifiers.require(c, "caseId"));
        Objects.requireNonNull(stage, "stage");
        source.ifPresent(s -> {
            if (s.isBlank() || s.length() > Label.MAX_LENGTH) {
                throw new IllegalArgumentException("A source is 1–" + Label.MAX_LENGTH + " characters");
            }
        });
        Objects.requireNonNull(recordedAt, "recordedAt");
        supersedes.ifPresent(s -> Identifiers.require(s, "supersedes"));
    }

    /** A reviewed record with only the required parts. */
    public static EvidenceRecord of(String id, String subject, String key, Period period, Value value) {
        return new EvidenceRecord(id, subject, key, period, value, Optional.empty(), Stage.REVIEW, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** This record with a case id. */
    public EvidenceRecord withCaseId(String caseId) {
        return new EvidenceRecord(id, subject, key, period, value, Optional.of(caseId), stage, source, recordedAt,
                supersedes);
    }

    /** This record as a correction of record {@code corrected}. */
    public EvidenceRecord superseding(String corrected) {
        return new EvidenceRecord(id, subject, key, period, value, caseId, stage, source, recordedAt,
                Optional.of(corrected));
    }

    /** This record with the time it was made. */
    public EvidenceRecord recordedAt(Timestamp time) {
        return new EvidenceRecord(id, subject, key, period, value, caseId, stage, source, Optional.of(time),
                supersedes);
    }

    /** This record at another stage. */
    public EvidenceRecord atStage(Stage other) {
        return new EvidenceRecord(id, subject, key, period, value, caseId, other, source, recordedAt, supersedes);
    }
}
