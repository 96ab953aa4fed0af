package dev.mofan.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.AdjustmentScore;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample evidence exercises every part of the bundled scheme, and is the same every time. */
class SampleEvidenceTest {

    static final Scheme SCHEME = BundledSchemes.get("five-type-organ");
    static final OrgDirectory PROVINCE = SampleProvince.generate();
    static Evidence evidence;
    static Report report;

    @BeforeAll
    static void evaluate() {
        evidence = SampleEvidence.generate(SCHEME, PROVINCE, Period.year(2025));
        report = Evaluator.of(SCHEME).parallel(true).evaluate(PROVINCE, evidence, Period.year(2025));
    }

    @Test
    void theSameInputsGiveTheSameRecords() {
        assertEquals(evidence, SampleEvidence.generate(SCHEME, PROVINCE, Period.year(2025)));
    }

    @Test
    void everyRuleVetoAndAdjustmentOccurs() {
        Set<String> rulesScored = new TreeSet<>();
        Set<String> vetoes = new TreeSet<>();
        Set<String> adjustments = new TreeSet<>();
        boolean sharedCase = false;
        boolean excluded = false;
        for (Scorecard card : report.scorecards()) {
            for (ItemScore item : card.items()) {
                if (!item.evidence().isEmpty() && item.points().isPresent()) {
                    rulesScored.add(item.rule());
                }
                excluded |= item.excluded();
            }
            card.vetoes().forEach(v -> vetoes.add(v.id()));
            for (AdjustmentScore adjustment : card.adjustments()) {
                if (adjustment.points().signum() > 0) {
                    adjustments.add(adjustment.id());
                }
                sharedCase |= adjustment.cases() < adjustment.evidence().size();
            }
        }
        assertEquals(Set.of("check", "count", "deduct", "direct", "rating", "ratio", "tiers"), rulesScored);
        assertEquals(Set.of("ideology-incident", "rectification-unfinished", "serious-discipline"), vetoes);
        assertEquals(Set.of("criticised", "held-accountable", "innovations-promoted", "integrity-risk-findings",
                "ledger-lapses", "national-honours", "provincial-honours", "service-commendations"), adjustments);
        assertTrue(sharedCase, "some case is recorded twice and counted once");
        assertTrue(excluded, "some item is excluded for want of evidence");
    }

    @Test
    void theOdditiesShowInTheReport() {
        Set<String> codes = new HashSet<>();
        report.unused().forEach(u -> codes.add(u.code()));
        assertEquals(Set.of("unused.duplicate", "unused.subject-unknown", "unused.period-outside", "unused.key-unknown",
                "unused.self-assessment", "unused.superseded"), codes);
        assertEquals(1, report.errors().size());
        assertEquals("theme-practice", report.errors().get(0).item());
        assertEquals(1, report.unranked().size());
    }

    /**
     * The bundled sample is the one the docs and the demo describe, to the byte: a deliberate change
     * to the generator updates this digest (and the figures quoted from the sample) on purpose.
     * Strong units (issue 12) left it unchanged: the same digest before and after them.
     */
    @Test
    void theSampleEvidenceIsTheOneDescribed() throws Exception {
        String json = EvidenceFormat.ofDefaults().write(evidence, Syntax.JSON);
        assertEquals("e4cb9d2dbd56699ee7bbbd2b065eed9bdb8f4fc1c8f6a01b3d2ab25fbfbad0d8",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * With a steady share of strong units (20%, about twenty of the 101 units) the same units lead
     * from one period to the next: of the ten best units by the quarterly index in 2026-Q1, at
     * least eight are among the 25 best in 2026-Q2; without strong units the periods are drawn
     * independently and fewer are.
     */
    @Test
    void strongUnitsLeadPeriodAfterPeriodAndNoneChangesNothing() {
        Scheme index = BundledSchemes.get("quzhou-index");
        Period q1 = Period.parse("2026-Q1");
        Period q2 = Period.parse("2026-Q2");
        Set<String> steadyQ1 = top(10, index, SampleEvidence.generate(index, PROVINCE, q1, 1L, 20), q1);
        Set<String> steadyQ2 = top(25, index, SampleEvidence.generate(index, PROVINCE, q2, 2L, 20), q2);
        Set<String> plainQ1 = top(10, index, SampleEvidence.generate(index, PROVINCE, q1, 1L, 0), q1);
        Set<String> plainQ2 = top(25, index, SampleEvidence.generate(index, PROVINCE, q2, 2L, 0), q2);
        steadyQ1.retainAll(steadyQ2);
        plainQ1.retainAll(plainQ2);
        assertTrue(steadyQ1.size() >= 8, "steady: " + steadyQ1);
        assertTrue(plainQ1.size() < steadyQ1.size(), "plain: " + plainQ1 + ", steady: " + steadyQ1);
        assertThrows(IllegalArgumentException.class, () -> SampleEvidence.generate(index, PROVINCE, q1, 1L, 101));
        assertThrows(IllegalArgumentException.class, () -> SampleEvidence.generate(index, PROVINCE, q1, 1L, -1));
    }

    private static Set<String> top(int n, Scheme scheme, Evidence evidence, Period period) {
        Report scored = Evaluator.of(scheme).evaluate(PROVINCE, evidence, period);
        Set<String> top = new HashSet<>();
        scored.scorecards().stream().filter(c -> !c.incomplete())
                .sorted(java.util.Comparator.comparing(Scorecard::total).reversed().thenComparing(Scorecard::subject))
                .limit(n).forEach(c -> top.add(c.subject()));
        return top;
    }
}
