package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@code @ForAll Assessment}, {@code @ForAll Report} and {@code @ForAll Scorecard} work with no
 * {@code @Provide} method, as a user's test would write them, and what they give is what the engine
 * gives.
 */
class ProvidedResultsProperties {

    @Property(tries = 15)
    void anAssessmentsReportIsTheEnginesReportOfItsInputs(@ForAll Assessment assessment) {
        Report again = Evaluator.of(assessment.scheme()).evaluate(assessment.directory(), assessment.evidence(),
                assessment.period());
        assertEquals(assessment.report(), again);
        assertFalse(assessment.report().scorecards().isEmpty(), "someone is assessed");
    }

    @Property(tries = 15)
    void aReportHasOneScorecardPerSubject(@ForAll Report report) {
        Set<String> subjects = new HashSet<>();
        report.scorecards().forEach(card -> assertTrue(subjects.add(card.subject()), card.subject()));
    }

    @Property(tries = 20)
    void aScorecardIsNeverNegativeAndAnIncompleteOneHasNoGrade(@ForAll Scorecard card) {
        assertTrue(card.total().signum() >= 0, card.total().toPlainString());
        if (card.incomplete()) {
            assertTrue(card.grade().isEmpty(), card.subject());
        }
    }
}
