package dev.mofan.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scheme is scored from columns (no limits), and the sample province's totals,
 * grades, vetoes and failed items from columns are the traced engine's, subject by subject.
 */
class BundledSchemesFromColumnsTest {

    static List<String> schemes() {
        return BundledSchemes.IDS;
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void theSampleProvinceFromColumnsIsTheTracedReport(String id) {
        Scheme scheme = BundledSchemes.get(id);
        OrgDirectory province = SampleProvince.generate();
        // The last period of 2025 of the scheme's kind: a year, or its fourth quarter.
        List<Period> periods = scheme.period() == PeriodKind.YEAR ? List.of(Period.year(2025))
                : Period.year(2025).split(scheme.period());
        Period year = periods.get(periods.size() - 1);
        Evidence evidence = SampleEvidence.generate(scheme, province, year);
        Evaluator lean = Evaluator.of(scheme).lean();
        assertEquals(List.of(), lean.columnarLimits(), id);
        EvidenceColumns columns = EvidenceColumns.of(lean, province, evidence, year);
        Totals totals = lean.totals(columns);
        Report traced = Evaluator.of(scheme).evaluate(province, evidence, year);
        assertEquals(traced.scorecards().size(), totals.size());
        for (Scorecard card : traced.scorecards()) {
            int i = totals.indexOf(card.subject());
            assertEquals(card.total(), totals.total(i), card.subject());
            assertEquals(card.grade(), totals.grade(i), card.subject());
            assertEquals(card.vetoed(), totals.vetoed(i), card.subject());
            assertEquals(card.incomplete(), totals.incomplete(i), card.subject());
        }
        assertEquals(traced.errors(), totals.errors());
        assertEquals(traced.unused(), columns.unused());
        // Most subjects fit the columns; those with self-assessed records keep them.
        assertTrue(columns.keptAsRecords() < totals.size() / 2, id + ": " + columns.keptAsRecords() + " kept as records");
    }
}
