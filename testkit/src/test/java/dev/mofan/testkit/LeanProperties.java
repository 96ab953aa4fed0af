package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Lean scoring ({@code Evaluator.lean()}) gives the traced report without its traces, figure for
 * figure, and {@code explain} rebuilds any subject's traced scorecard exactly: the same rules, one
 * engine.
 */
class LeanProperties {

    @Property(tries = 60)
    void aLeanReportIsTheTracedReportWithoutTraces(@ForAll Assessment a) {
        Report lean = Evaluator.of(a.scheme()).lean().evaluate(a.directory(), a.evidence(), a.period());
        assertEquals(withoutTraces(a.report()), lean);
        lean.scorecards().forEach(card -> {
            assertTrue(card.trace().isEmpty());
            card.items().forEach(item -> assertTrue(item.trace().isEmpty()));
        });
    }

    @Property(tries = 40)
    void explainRebuildsTheTracedScorecardOfAnySubject(@ForAll Assessment a) {
        Evaluator lean = Evaluator.of(a.scheme()).lean();
        for (Scorecard card : a.report().scorecards()) {
            assertEquals(card, lean.explain(a.directory(), a.evidence(), a.period(), card.subject()).orElseThrow());
        }
        assertTrue(lean.explain(a.directory(), a.evidence(), a.period(), "no-such-subject").isEmpty());
    }

    private static Report withoutTraces(Report report) {
        List<Scorecard> cards = report.scorecards().stream().map(LeanProperties::withoutTraces).toList();
        return new Report(report.fingerprint(), report.schemeId(), report.schemeVersion(), report.weights(),
                report.period(), report.asOf(), cards, report.rollups(), report.unranked(), report.rankings(),
                report.unused(), report.errors());
    }

    private static Scorecard withoutTraces(Scorecard c) {
        List<ItemScore> items = c.items().stream().map(i -> new ItemScore(i.id(), i.indicator(), i.points(),
                i.maxPoints(), i.selfPoints(), i.unverified(), i.excluded(), i.rule(), i.evidence(), List.of())).toList();
        return new Scorecard(c.subject(), c.kind(), c.total(), c.grade(), c.vetoed(), c.vetoes(), c.incomplete(), c.base(),
                c.bonus(), c.deductions(), c.adjustments(), c.dimensions(), c.indicators(), items, c.parts(),
                c.differences(), c.differenceSum(), List.of());
    }
}
