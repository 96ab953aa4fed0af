package dev.mofan.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SCORING.md's worked example, computed by hand there and checked figure by figure here. */
class WorkedExampleTest {

    static String resource(String name) {
        try (InputStream in = WorkedExampleTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Scheme SCHEME = SchemeFormat.ofDefaults().read(resource("worked-example.yaml"), Syntax.YAML);
    static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read(resource("worked-orgs.yaml"), Syntax.YAML);
    static final Evidence EVIDENCE = EvidenceFormat.ofDefaults().read(resource("worked-evidence.yaml"), Syntax.YAML);

    static Report report() {
        return Evaluator.of(SCHEME).evaluate(ORGS, EVIDENCE, Period.year(2025));
    }

    @Test
    void branchWithoutVetoScoresSevenAndIsQualified() {
        Scorecard b1 = report().scorecards().get(0);
        assertEquals("b1", b1.subject());
        // A: 3 party days × 1.5 = 4.50 (max 6); B: 3 meetings reach the 2–3 tier = 2.00.
        assertEquals(new BigDecimal("4.50"), b1.item("A").orElseThrow().points().orElseThrow());
        assertEquals(new BigDecimal("2.00"), b1.item("B").orElseThrow().points().orElseThrow());
        assertEquals(new BigDecimal("6.50"), b1.base());
        // Late uploads c1, c1, c2: two distinct cases × 0.5 = 1.00.
        assertEquals(new BigDecimal("1.00"), b1.deductions());
        assertEquals(2, b1.adjustments().get(0).cases());
        assertEquals(new BigDecimal("1.50"), b1.bonus());
        // max(0, 6.50 − 1.00) + 1.50 = 7.00 → 合格 (qualified).
        assertEquals(new BigDecimal("7.00"), b1.total());
        assertEquals(Optional.of("qualified"), b1.grade());
        assertFalse(b1.vetoed());
    }

    @Test
    void seriousDisciplineCapsTheGradeButKeepsTheTotal() {
        Scorecard b2 = report().scorecards().get(1);
        assertEquals("b2", b2.subject());
        assertEquals(new BigDecimal("7.00"), b2.total());
        assertTrue(b2.vetoed());
        assertEquals("serious-discipline", b2.vetoes().get(0).id());
        assertEquals(java.util.List.of("e17"), b2.vetoes().get(0).evidence());
        assertEquals(Optional.of("fail"), b2.grade());
    }

    @Test
    void everyRecordIsCitedAndNothingIsUnused() {
        Report report = report();
        assertTrue(report.unused().isEmpty(), () -> report.unused().toString());
        assertTrue(report.errors().isEmpty());
    }

    @Test
    void explanationSaysWhy() {
        Scorecard b2 = report().scorecards().get(1);
        String en = Explanation.of(SCHEME, b2).text(Language.EN);
        String zh = Explanation.of(SCHEME, b2).text(Language.ZH);
        assertTrue(en.contains("total 7.00"), en);
        assertTrue(zh.contains("一票否决"), zh);
    }
}
