package dev.mofan.model.evidence;

import dev.mofan.model.period.Period;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.Objects;
import java.util.Optional;

/**
 * One evidence record (SCORING.md): a value of a key for a subject in a period.
 *
 * @param id the record's id, unique in its file
 * @param subject the id of the org or division the record is about
 * @param key the evidence key of the scheme the value is for
 * @param period the period the value belongs to
 * @param value the value, a flag, a number or a text as the key's type asks
 * @param caseId the case it belongs to: records of one case count once (deductions, distinct cases)
 * @param stage reviewed (审核) or self-assessed (自评)
 * @param source free text naming where it came from, at most {@link Label#MAX_LENGTH} characters
 * @param recordedAt when it was recorded, if known; a record recorded after the as-of date is not used
 * @param supersedes the id of a record this one corrects (an appeal or a correction)
 */
public record EvidenceRecord(String id, String subject, String key, Period period, Value value,
        Optional<String> caseId, Stage stage, Optional<String> source, Optional<Timestamp> recordedAt,
        Optional<String> supersedes) {

    /**
     * Checks every part.
     *
     * @param id the record's id, unique in its file
     * @param subject the id of the org or division the record is about
     * @param key the evidence key of the scheme the value is for
     * @param period the period the value belongs to
     * @param value the value, a flag, a number or a text as the key's type asks
     * @param caseId the case it belongs to: records of one case count once (deductions, distinct cases)
     * @param stage reviewed (审核) or self-assessed (自评)
     * @param source free text naming where it came from, at most {@link Label#MAX_LENGTH} characters
     * @param recordedAt when it was recorded, if known; a record recorded after the as-of date is not used
     * @param supersedes the id of a record this one corrects (an appeal or a correction)
     */
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

    /**
     * {@return a reviewed record with only the required parts}
     *
     * @param id the record's id
     * @param subject the id of the org or division
     * @param key the evidence key
     * @param period the period the value belongs to
     * @param value the value
     */
    public static EvidenceRecord of(String id, String subject, String key, Period period, Value value) {
        return new EvidenceRecord(id, subject, key, period, value, Optional.empty(), Stage.REVIEW, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * {@return this record with a case id}
     *
     * @param caseId the id of the case it belongs to
     */
    public EvidenceRecord withCaseId(String caseId) {
        return new EvidenceRecord(id, subject, key, period, value, Optional.of(caseId), stage, source, recordedAt,
                supersedes);
    }

    /**
     * {@return this record as a correction of record {@code corrected}}
     *
     * @param corrected the id of the record it corrects
     */
    public EvidenceRecord superseding(String corrected) {
        return new EvidenceRecord(id, subject, key, period, value, caseId, stage, source, recordedAt,
                Optional.of(corrected));
    }

    /**
     * {@return this record with the time it was made}
     *
     * @param time when the record was made
     */
    public EvidenceRecord recordedAt(Timestamp time) {
        return new EvidenceRecord(id, subject, key, period, value, caseId, stage, source, Optional.of(time),
                supersedes);
    }

    /**
     * {@return this record at another stage}
     *
     * @param other the stage, reviewed or self-assessed
     */
    public EvidenceRecord atStage(Stage other) {
        return new EvidenceRecord(id, subject, key, period, value, caseId, other, source, recordedAt, supersedes);
    }
}
