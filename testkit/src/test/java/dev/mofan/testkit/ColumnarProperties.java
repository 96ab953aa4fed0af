package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.EvidenceColumns;
import dev.mofan.core.engine.Totals;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Scoring from columns ({@code Evaluator.totals}) gives every subject the traced engine's figures:
 * total, base, bonus, deductions, grade, vetoes, dimension and indicator points, failed items,
 * unranked subjects, and, through {@code Totals.report}, the same roll-ups and rankings. Subjects
 * whose evidence does not fit the columns, and schemes the columnar path does not support, are
 * scored from records; the statistics show how often each path ran.
 */
class ColumnarProperties {

    @Property(tries = 60)
    void totalsAreTheTracedEnginesFigures(@ForAll Assessment a) {
        check(a, Evaluator.of(a.scheme()).lean().parallel(true));
    }

    @Property(tries = 200, maxDiscardRatio = 10)
    void schemesTheColumnarPathSupportsAreScoredFromColumns(@ForAll Assessment a) {
        Evaluator evaluator = Evaluator.of(a.scheme());
        Assume.that(evaluator.columnarLimits().isEmpty());
        check(a, evaluator);
    }

    private static void check(Assessment a, Evaluator evaluator) {
        EvidenceColumns columns = EvidenceColumns.of(evaluator, a.directory(), a.evidence(), a.period());
        Totals totals = evaluator.totals(columns);
        Report expected = a.report();
        assertEquals(expected.scorecards().size(), totals.size());
        int fromColumns = 0;
        for (Scorecard card : expected.scorecards()) {
            int i = totals.indexOf(card.subject());
            fromColumns += totals.fromRecords(i) ? 0 : 1;
            assertEquals(card.total(), totals.total(i), card.subject());
            assertEquals(card.grade(), totals.grade(i), card.subject());
            assertEquals(card.vetoed(), totals.vetoed(i), card.subject());
            assertEquals(card.incomplete(), totals.incomplete(i), card.subject());
            assertEquals(card.base(), totals.base(i), card.subject());
            assertEquals(card.bonus(), totals.bonus(i), card.subject());
            assertEquals(card.deductions(), totals.deductions(i), card.subject());
            card.items().forEach(item -> assertEquals(item.points(), totals.figure(i, "item:" + item.id())));
        }
        assertEquals(expected.errors(), totals.errors());

        Report summary = totals.report(a.directory(), List.of());
        assertEquals(expected.scorecards().stream().map(card -> summary(card, totals)).toList(), summary.scorecards());
        // A roll-up repeats its subjects' veto hits; from columns they cite no record ids.
        assertEquals(expected.rollups().stream().map(ColumnarProperties::withoutVetoEvidence).toList(),
                summary.rollups().stream().map(ColumnarProperties::withoutVetoEvidence).toList());
        assertEquals(expected.rankings(), summary.rankings());
        assertEquals(expected.unranked(), summary.unranked());
        assertEquals(expected.unused(), summary.unused());
        assertEquals(expected.fingerprint(), summary.fingerprint());

        Statistics.label("scheme").collect(evaluator.columnarLimits().isEmpty() ? "from columns" : "from records");
        evaluator.columnarLimits().forEach(limit -> Statistics.label("limits").collect(
                limit.text(Language.EN).replaceAll(" [^ ]*[0-9][^ ]*", " N")));
        Statistics.label("subjects").collect(fromColumns == 0 ? "none from columns"
                : fromColumns == totals.size() ? "all from columns" : "some from columns");
    }

    private static RollupScore withoutVetoEvidence(RollupScore r) {
        return new RollupScore(r.subject(), r.kind(), r.id(), r.period(), r.total(), r.grade(), r.vetoed(),
                r.vetoes().stream().map(h -> new VetoHit(h.id(), h.effect(), h.reason(), h.reasonZh(), List.of())).toList(),
                r.inputs(), r.trace());
    }

    /** The traced scorecard as a summary gives it: no items, adjustments, parts, differences or trace. */
    private static Scorecard summary(Scorecard c, Totals totals) {
        boolean fromColumns = !totals.fromRecords(totals.indexOf(c.subject()));
        List<VetoHit> hits = c.vetoes().stream().map(h -> fromColumns
                ? new VetoHit(h.id(), h.effect(), h.reason(), h.reasonZh(), List.of()) : h).toList();
        return new Scorecard(c.subject(), c.kind(), c.total(), c.grade(), c.vetoed(), hits, c.incomplete(), c.base(),
                c.bonus(), c.deductions(), List.of(), c.dimensions(), c.indicators(), List.of(), List.of(), List.of(),
                BigDecimal.valueOf(0, c.total().scale()), List.of());
    }
}
