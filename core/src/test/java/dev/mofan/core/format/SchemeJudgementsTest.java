package dev.mofan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.DerivedMaximum;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * AHP judgements in a scheme (SCORING.md, Weights become maxima): a level gives a pairwise matrix
 * over its children instead of their maxima; at load the AHP weights become the children's weights,
 * then maxima by the largest-remainder rule; the report states the method, the table, CR and the
 * unrounded weights.
 */
class SchemeJudgementsTest {

    /** One dimension of 100 points whose three indicators are weighted by the classic 3 × 3 matrix. */
    private static String scheme(String judgements) {
        return """
                id: judged
                version: "1"
                name: Judged
                period: year
                maxPoints: 100
                subjects: [branch]
                keys: [{id: a, type: points}, {id: b, type: points}, {id: c, type: points}]
                dimensions:
                  - id: d
                    maxPoints: 100
                """ + judgements + """
                    indicators:
                      - {id: ia, items: [{id: xa, weight: 1, rule: {id: direct}, keys: [a]}]}
                      - {id: ib, items: [{id: xb, weight: 1, rule: {id: direct}, keys: [b]}]}
                      - {id: ic, items: [{id: xc, weight: 1, rule: {id: direct}, keys: [c]}]}
                grades: [{id: pass, min: 0}]
                """;
    }

    @Test
    void judgementsBecomeMaximaAndTheReportSaysHow() {
        // Eigenvector weights 0.636985…, 0.258284…, 0.104729… of 100 points at scale 2: 63.69, 25.82, 10.47 cut
        // down, 0.02 short, to the two largest remainders (…857 and …849): 63.70, 25.83, 10.47. CR 0.0332.
        Scheme judged = SchemeFormat.ofDefaults().read(scheme("""
                    judgements: {matrix: [[1, 3, 5], ["1/3", 1, 3], ["1/5", "1/3", 1]]}
                """), Syntax.YAML);
        assertEquals(List.of(Optional.of(new BigDecimal("63.70")), Optional.of(new BigDecimal("25.83")),
                Optional.of(new BigDecimal("10.47"))), judged.dimensions().get(0).indicators().stream()
                .map(i -> i.maxPoints()).toList());
        assertEquals(new BigDecimal("0.0332"), judged.judgements("indicator", "d").orElseThrow().cr());
        Report report = Evaluator.of(judged).evaluate(dev.mofan.core.format.OrgDirectoryFormat.ofDefaults().read(
                "orgs:\n  - {id: wc, kind: working-committee}\n  - {id: u, kind: unit, parent: wc}\n"
                        + "  - {id: b, kind: branch, parent: u}\n", Syntax.YAML), Evidence.EMPTY, Period.year(2026));
        DerivedMaximum first = report.weights().get(0);
        assertEquals("0.6369855717447571296501110715901567", first.weight().toPlainString());
        assertEquals(Optional.of(new DerivedMaximum.Judged("eigenvector", "saaty-1980", new BigDecimal("0.0332"))),
                first.judgements());
        assertEquals(report, ReportFormat.read(ReportFormat.write(report)));
        // The scheme reads back equal: its document carries the judgements, not the derived weights.
        String written = SchemeFormat.ofDefaults().write(judged, Syntax.YAML);
        assertTrue(written.contains("judgements:"), written);
        assertEquals(judged, SchemeFormat.ofDefaults().read(written, Syntax.YAML));
    }

    @Test
    void anInconsistentMatrixFailsTheLoadUnlessAllowed() {
        // A ≻ B 9 : 1, B ≻ C 9 : 1, yet C ≻ A 9 : 1: CR far above 0.1.
        String cyclic = """
                    judgements: {matrix: [[1, 9, "1/9"], ["1/9", 1, 9], [9, "1/9", 1]]}
                """;
        ValidationException e = assertThrows(ValidationException.class, () -> SchemeFormat.ofDefaults().read(
                scheme(cyclic), Syntax.YAML));
        assertEquals(List.of("$.dimensions[0].judgements.matrix: CR 6.1303 is above 0.1 (eigenvector, saaty-1980): "
                + "revise the judgements, or set allowInconsistent: true"), e.lines(Language.EN));
        Scheme allowed = SchemeFormat.ofDefaults().read(scheme("""
                    judgements: {matrix: [[1, 9, "1/9"], ["1/9", 1, 9], [9, "1/9", 1]], allowInconsistent: true}
                """), Syntax.YAML);
        assertEquals(new BigDecimal("6.1303"), allowed.judgements("indicator", "d").orElseThrow().cr());
    }

    @Test
    void judgementsThatDoNotFitAreReportedAtTheirPaths() {
        String text = scheme("""
                    judgements: {matrix: [[1, 3], ["1/3", 1]], method: power}
                """).replace("- {id: ia, items:", "- {id: ia, maxPoints: 30, items:");
        ValidationException e = assertThrows(ValidationException.class, () -> SchemeFormat.ofDefaults().read(text,
                Syntax.YAML));
        List<String> lines = e.lines(Language.EN);
        assertTrue(lines.contains("$.dimensions[0].judgements.method: unknown AHP method 'power'; expected one of: "
                + "eigenvector, geometric-mean, arithmetic-mean"), lines.toString());
        assertTrue(lines.contains("$.dimensions[0].indicators[0].maxPoints: the parent's judgements give this level its "
                + "weight: remove maxPoints"), lines.toString());
        assertTrue(lines.contains("$.dimensions[0].judgements.matrix: a 2 × 2 matrix, but the level has 3 children: one "
                + "row and column per child, in their order"), lines.toString());
    }
}
