package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Full-marks evidence earns every subject the scheme's maximum, with no record unused. */
class FullMarksTest {

    private static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: u1-b1, kind: branch, parent: u1}
              - {id: u1-b2, kind: branch, parent: u1}
              - {id: u2, kind: unit, parent: wc}
              - {id: u2-b1, kind: branch, parent: u2}
            divisions:
              - {id: u1-d1, unit: u1, branches: [u1-b1]}
              - {id: u2-d1, unit: u2, branches: [u2-b1]}
            """, Syntax.YAML);

    @ParameterizedTest
    @ValueSource(strings = {"five-type-organ", "four-strong-branch", "model-division", "three-atmospheres", "quzhou-index"})
    void everySubjectEarnsTheMaximum(String id) {
        Scheme scheme = BundledSchemes.get(id);
        Period year = scheme.period() == PeriodKind.YEAR ? Period.year(2026) : Period.year(2026).split(scheme.period()).get(0);
        List<EvidenceRecord> records = FullMarks.of(scheme, ORGS, year);
        Report report = Evaluator.of(scheme).evaluate(ORGS, Evidence.of(records), year);
        assertFalse(report.scorecards().isEmpty());
        for (Scorecard card : report.scorecards()) {
            assertEquals(0, new BigDecimal(100).compareTo(card.total()), () -> card.subject() + " " + card.total() + " "
                    + card.items().stream().filter(i -> !i.points().equals(i.maxPoints())).map(i -> i.id() + "=" + i.points()).toList());
            assertEquals(Optional.of(scheme.grades().get(0).id()), card.grade(), card.subject());
        }
        assertEquals(List.of(), report.unused());
        assertEquals(List.of(), report.errors());
    }
}
