package dev.mofan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading evidence: every malformed record reported at once with its path, and the round trip. */
class EvidenceFormatTest {

    private static final EvidenceFormat FORMAT = EvidenceFormat.ofDefaults();

    private static final String GOOD = """
            {"evidence": [
              {"id": "e1", "subject": "b1", "key": "party-day", "period": "2025-Q1", "value": 3},
              {"id": "e2", "subject": "b1", "key": "late-upload", "period": "2025-03", "value": true,
               "caseId": "L-17", "source": "督查通报 2025-4", "recordedAt": "2025-03-28T17:00:00+08:00"},
              {"id": "e3", "subject": "b1", "key": "party-day", "period": "2025-Q1", "value": 4,
               "supersedes": "e1", "stage": "self"},
              {"id": "e4", "subject": "u1", "key": "severity", "period": "2025", "value": "serious"}
            ]}
            """;

    static ValidationException refused(String json) {
        return assertThrows(ValidationException.class, () -> FORMAT.read(json, Syntax.JSON));
    }

    static List<String> problems(String json) {
        return refused(json).violations().stream().map(Object::toString).toList();
    }

    @Test
    void recordsAreReadWithEveryOptionalField() {
        Evidence evidence = FORMAT.read(GOOD, Syntax.JSON);
        assertEquals(4, evidence.records().size());
        EvidenceRecord late = evidence.records().get(1);
        assertEquals(Value.of(true), late.value());
        assertEquals("L-17", late.caseId().orElseThrow());
        assertEquals(Period.parse("2025-03"), late.period());
        EvidenceRecord correction = evidence.records().get(2);
        assertEquals(Value.of(new BigDecimal("4")), correction.value());
        assertEquals(Stage.SELF, correction.stage());
        assertEquals("e1", correction.supersedes().orElseThrow());
        assertEquals(Stage.REVIEW, evidence.records().get(0).stage(), "review is the default stage");
    }

    @Test
    void writingAndReadingBackGivesEqualEvidenceInBothSyntaxes() {
        Evidence evidence = FORMAT.read(GOOD, Syntax.JSON);
        assertEquals(evidence, FORMAT.read(FORMAT.write(evidence, Syntax.JSON), Syntax.JSON));
        assertEquals(evidence, FORMAT.read(FORMAT.write(evidence, Syntax.YAML), Syntax.YAML));
    }

    @Test
    void everyMalformedRecordIsReportedAtOnceWithItsPath() {
        assertEquals(List.of(
                "$.evidence[0].value: a value is true, false, a number or a text",
                "$.evidence[1].value: required property is missing",
                "$.evidence[2].stag: unknown property 'stag'; expected one of: id, subject, key, period, value, "
                        + "caseId, stage, source, recordedAt, supersedes",
                "$.evidence[2].period: '2025-Q5' is not a period such as 2025, 2025-H1, 2025-Q3, 2025-07 or "
                        + "2024..2026",
                "$.evidence[3].id: 'e 4' is not a valid id: 1–64 characters: ASCII letters, digits, '.', '_', ':' "
                        + "or '-', starting with a letter or digit",
                "$.evidence[3].value: a value is true, false, a number or a text",
                "$.evidence[4].stage: unknown stage 'draft'; expected one of: self, review",
                "$.evidence[4].recordedAt: 'yesterday' is not a date or date-time such as 2025-03-02 or "
                        + "2025-03-02T10:00:00+08:00",
                "$.evidence[4].supersedes: must be a string, but was a number"),
                problems("""
                        {"evidence": [
                          {"id": "e1", "subject": "b1", "key": "k", "period": "2025", "value": null},
                          {"id": "e2", "subject": "b1", "key": "k", "period": "2025"},
                          {"id": "e3", "subject": "b1", "key": "k", "period": "2025-Q5", "value": 1, "stag": "self"},
                          {"id": "e 4", "subject": "b1", "key": "k", "period": "2025", "value": [1]},
                          {"id": "e5", "subject": "b1", "key": "k", "period": "2025", "value": 1, "stage": "draft",
                           "recordedAt": "yesterday", "supersedes": 7}
                        ]}
                        """));
    }

    @Test
    void problemsSpeakChineseToo() {
        ValidationException e = refused("""
                {"evidence": [{"id": "e1", "subject": "b1", "key": "k", "period": "2025", "value": null}]}
                """);
        assertEquals("取值须为 true、false、数字或文本", e.violations().get(0).message(Language.ZH));
    }

    @Test
    void aNumberThatIsNotPlainIsASyntaxError() {
        // JSON forbids leading zeros; the reader names the place rather than reading 010 as 10 or as 8.
        assertEquals(List.of("$.evidence[0].value: malformed JSON at line 1, column 85: Invalid numeric value: "
                + "Leading zeroes not allowed"), problems("""
                {"evidence": [{"id": "e1", "subject": "b1", "key": "k", "period": "2025", "value": 010}]}
                """));
    }
}
