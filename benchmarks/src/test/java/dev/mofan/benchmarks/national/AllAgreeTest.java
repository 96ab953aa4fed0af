package dev.mofan.benchmarks.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.EvidenceColumns;
import dev.mofan.core.engine.Totals;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * mofan, the floor, the AviatorScript baseline and the Easy Rules baseline give the same total to
 * every branch of the province: the benchmark compares the same work.
 */
class AllAgreeTest {

    private static final Population PROVINCE = Population.province();

    @Test
    void theRankingSchemeRollsUpEveryUnitAndRanksEverySubject() {
        Population small = Population.ofUnits(20);
        Report report = Evaluator.of(small.rankingScheme()).evaluate(small.directory(), small.evidence(),
                Population.YEAR);
        assertEquals(20, report.rollups().size());
        assertEquals(20 + small.branches(), report.rankings().size());
        assertEquals(20, report.rankings().stream().filter(r -> r.peerGroup().equals("units")).count());
        long excellent = report.rankings().stream().filter(r -> r.peerGroup().equals("branches"))
                .filter(r -> r.grade().orElse("").equals("excellent")).count();
        assertTrue(excellent <= 20 * (48 / 5), "at most 20% excellent in each unit: " + excellent);
    }

    @Test
    void everyWayGivesEveryBranchTheSameTotal() {
        long[] floor = new long[PROVINCE.branches()];
        new PlainLoopFloor(PROVINCE).totals(floor);
        BigDecimal[] aviator = new BigDecimal[PROVINCE.branches()];
        new AviatorBaseline(PROVINCE).totals(aviator);
        BigDecimal[] easyRules = new BigDecimal[PROVINCE.branches()];
        new EasyRulesBaseline(PROVINCE).totals(easyRules);
        Report report = Evaluator.of(PROVINCE.scheme()).evaluate(PROVINCE.directory(), PROVINCE.evidence(),
                Population.YEAR);
        Map<String, BigDecimal> mofan = new HashMap<>();
        for (Scorecard card : report.scorecards()) {
            assertTrue(!card.incomplete(), card.subject());
            mofan.put(card.subject(), card.total());
        }
        assertEquals(PROVINCE.branches(), mofan.size());
        assertEquals(0, report.unused().size(), "every record is used");
        Evaluator lean = Evaluator.of(PROVINCE.scheme()).lean();
        assertEquals(List.of(), lean.columnarLimits(), "the scheme is scored from columns");
        Totals fromColumns = lean.totals(PROVINCE.columns(lean, PROVINCE.directory()));
        Totals fromRecords = lean.totals(EvidenceColumns.of(lean, PROVINCE.directory(), PROVINCE.evidence(),
                Population.YEAR));
        int vetoed = 0;
        for (int b = 0; b < PROVINCE.branches(); b++) {
            String id = PROVINCE.branchId(b);
            BigDecimal expected = Cents.decimal(floor[b]);
            int s = fromColumns.indexOf(id);
            assertEquals(floor[b], fromColumns.unscaledTotal(s), id + ": floor, mofan lean from columns");
            assertEquals(floor[b], fromRecords.unscaledTotal(fromRecords.indexOf(id)), id + ": mofan lean from records");
            assertTrue(!fromRecords.fromRecords(fromRecords.indexOf(id)), id + " fits the columns");
            assertEquals(mofan.get(id), fromColumns.total(s), id);
            assertEquals(report.scorecards().stream().filter(c -> c.subject().equals(id)).findFirst().orElseThrow()
                    .grade(), fromColumns.grade(s), id);
            assertEquals(0, expected.compareTo(mofan.get(id)), id + ": floor " + expected + ", mofan " + mofan.get(id));
            assertEquals(0, expected.compareTo(aviator[b]), id + ": floor " + expected + ", aviator " + aviator[b]);
            assertEquals(0, expected.compareTo(easyRules[b]), id + ": floor " + expected + ", easy rules " + easyRules[b]);
            vetoed += PROVINCE.vetoed[b] ? 1 : 0;
        }
        assertTrue(vetoed > 0, "some branch is vetoed");
    }
}
