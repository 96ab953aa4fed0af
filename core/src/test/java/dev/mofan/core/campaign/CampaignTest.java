package dev.mofan.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.designation.ReviewAction;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.designation.Register;
import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of a campaign: three units scored from one inspector's points (优秀 from 90),
 * 模范单位 proposed after two 优秀 years without a veto and named by the committee.
 *
 * <pre>
 *        2025  2026  2027
 *   u1     95    96    97
 *   u2     92    94    90
 *   u3     91    85    99
 * </pre>
 */
class CampaignTest {

    private static final Scheme SCHEME = SchemeFormat.ofDefaults().read("""
            id: small
            version: "1"
            period: year
            maxPoints: 100
            subjects: [unit]
            keys:
              - {id: points, type: points}
            dimensions:
              - id: d
                indicators:
                  - id: i
                    items:
                      - {id: score, maxPoints: 100, missing: fail, rule: {id: direct}, keys: [points]}
            grades:
              - {id: excellent, min: 90}
              - {id: good, min: 80}
              - {id: qualified, min: 60}
              - {id: fail, min: 0}
            designations:
              - id: model-unit
                name: {zh: 模范单位, en: Model unit}
                naming: manual
                eligible: {result: grade, op: atLeast, value: excellent, periods: 2}
                rectificationDays: 90
            """, Syntax.YAML);

    private static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: u2, kind: unit, parent: wc}
              - {id: u3, kind: unit, parent: wc}
            """, Syntax.YAML);

    private static final Map<String, int[]> POINTS = Map.of("u1", new int[] {95, 96, 97}, "u2", new int[] {92, 94, 90},
            "u3", new int[] {91, 85, 99});

    private static final List<Period> YEARS = List.of(Period.year(2025), Period.year(2026), Period.year(2027));

    private static Evidence evidence(Scheme scheme, Period period) {
        List<EvidenceRecord> records = new ArrayList<>();
        int at = YEARS.indexOf(period);
        POINTS.forEach((unit, points) -> records.add(EvidenceRecord.of(unit + "-" + period.text(), unit, "points", period,
                Value.of(points[at]))));
        return Evidence.of(records);
    }

    private static CampaignRun run(Committee committee) {
        return Campaign.of(List.of(SCHEME)).committee(committee).run(ORGS, YEARS, CampaignTest::evidence, Register.EMPTY);
    }

    /**
     * 2025: nobody has two years. 2026: u1 (95, 96) and u2 (92, 94) are nominated, u3 (85) is not;
     * a committee that names one names u1, the better total. 2027: u2 is still eligible (94, 90)
     * and stays a candidate, now the only one, and is named; u1 is re-examined and retained.
     */
    @Test
    void aCommitteeWithALimitNamesTheBestCandidatesFirst() {
        CampaignRun run = run(Committee.limited(Map.of("model-unit", 1)));
        assertEquals(3, run.rounds().size());
        assertTrue(run.rounds().get(0).actions().isEmpty());
        CampaignRound y2026 = run.rounds().get(1);
        assertEquals(List.of("u1:nominate", "u2:nominate", "u1:name"), steps(y2026.actions()));
        assertEquals(List.of("named by the committee: 1st of 2 candidates by total (96.00), at most 1"),
                y2026.actions().get(2).reasons().stream().map(l -> l.text(Language.EN)).toList());
        assertEquals("工委审定命名：2 个候选中按总分排第 1（96.00），名额 1",
                y2026.actions().get(2).reasons().get(0).text(Language.ZH));
        assertEquals(RegisterState.CANDIDATE, y2026.register().open("u2", "model-unit").orElseThrow().state());
        CampaignRound y2027 = run.last();
        assertEquals(List.of("u1:open-review", "u1:retain", "u2:name"), steps(y2027.actions()));
        assertEquals(RegisterState.NAMED, run.register().open("u2", "model-unit").orElseThrow().state());
        assertEquals(new BigDecimal("97.00"), y2027.report("small").scorecards().get(0).total());
        assertEquals(List.of(run.rounds().get(0).report("small"), y2026.report("small"), y2027.report("small")),
                run.reports("small"));
    }

    @Test
    void withoutACommitteeCandidatesWaitAndWithAllEveryoneIsNamed() {
        CampaignRun waiting = run(Committee.none());
        assertEquals(List.of("u1:nominate", "u2:nominate"), steps(waiting.rounds().get(1).actions()));
        assertEquals(RegisterState.CANDIDATE, waiting.register().open("u1", "model-unit").orElseThrow().state());
        CampaignRun all = run(Committee.all());
        assertEquals(List.of("u1:nominate", "u2:nominate", "u1:name", "u2:name"), steps(all.rounds().get(1).actions()));
        assertEquals("named by the committee (all 2 candidates)",
                all.rounds().get(1).actions().get(3).reasons().get(0).text(Language.EN));
    }

    /**
     * Equal totals at the limit: u1 (work 50 + appraisal 40) and u2 (55 + 35) both have 90.00 in
     * 2025 and 2026; the race breaks the tie on work, so u2 ranks first and a committee that names
     * one names u2, whatever the ids say.
     */
    @Test
    void aTieInTotalIsBrokenByTheRaceBeforeTheId() {
        Scheme tied = SchemeFormat.ofDefaults().read("""
                id: tied
                version: "1"
                period: year
                maxPoints: 100
                subjects: [unit]
                keys:
                  - {id: work-points, type: points}
                  - {id: appraisal-points, type: points}
                dimensions:
                  - id: d
                    indicators:
                      - id: i
                        items:
                          - {id: work, maxPoints: 60, rule: {id: direct}, keys: [work-points]}
                          - {id: appraisal, maxPoints: 40, rule: {id: direct}, keys: [appraisal-points]}
                grades:
                  - {id: excellent, min: 90}
                  - {id: fail, min: 0}
                peerGroups:
                  - {id: units, kinds: [unit], tieBreak: [item:work]}
                designations:
                  - {id: model-unit, naming: manual, eligible: {result: grade, op: is, value: excellent, periods: 2}}
                """, Syntax.YAML);
        EvidenceSource points = (scheme, period) -> Evidence.of(List.of(
                EvidenceRecord.of("w1", "u1", "work-points", period, Value.of(50)),
                EvidenceRecord.of("a1", "u1", "appraisal-points", period, Value.of(40)),
                EvidenceRecord.of("w2", "u2", "work-points", period, Value.of(55)),
                EvidenceRecord.of("a2", "u2", "appraisal-points", period, Value.of(35))));
        CampaignRun run = Campaign.of(List.of(tied)).committee(Committee.limited(Map.of("model-unit", 1)))
                .run(ORGS, List.of(Period.year(2025), Period.year(2026)), points, Register.EMPTY);
        List<ReviewAction> named = run.last().actions().stream().filter(a -> a.action() == RegisterAction.NAME).toList();
        assertEquals(List.of("u2:name"), steps(named));
        assertEquals("named by the committee: 1st of 2 candidates by total (90.00), at most 1",
                named.get(0).reasons().get(0).text(Language.EN));
    }

    @Test
    void aLeanCampaignTakesTheSameStepsWithoutTraces() {
        CampaignRun traced = run(Committee.all());
        CampaignRun lean = Campaign.of(List.of(SCHEME)).committee(Committee.all()).lean()
                .run(ORGS, YEARS, CampaignTest::evidence, Register.EMPTY);
        assertEquals(traced.register(), lean.register());
        for (int i = 0; i < YEARS.size(); i++) {
            assertEquals(traced.rounds().get(i).actions(), lean.rounds().get(i).actions());
            List<Scorecard> full = traced.rounds().get(i).report("small").scorecards();
            List<Scorecard> bare = lean.rounds().get(i).report("small").scorecards();
            assertEquals(full.stream().map(Scorecard::total).toList(), bare.stream().map(Scorecard::total).toList());
            assertTrue(full.stream().allMatch(c -> !c.trace().isEmpty()));
            assertTrue(bare.stream().allMatch(c -> c.trace().isEmpty()));
        }
    }

    @Test
    void theSameInputsGiveTheSameRun() {
        assertEquals(run(Committee.all()), run(Committee.all()));
        Campaign campaign = Campaign.of(List.of(SCHEME)).committee(Committee.all());
        assertEquals(campaign.run(ORGS, YEARS, CampaignTest::evidence, Register.EMPTY),
                campaign.parallel(true).run(ORGS, YEARS, CampaignTest::evidence, Register.EMPTY));
    }

    @Test
    void aCommitteeCanNameOnlyTheCandidatesOffered() {
        Committee stranger = (designation, candidates) -> List.of(new Committee.Decision(
                new Candidate("model-unit:u3:2026", "u3", Optional.empty(), Optional.empty(), Optional.empty()),
                Label.of("随意", "at will")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(stranger));
        assertTrue(e.getMessage().contains("not one of the candidates offered"), e.getMessage());
        // An offered entry with another subject is not the candidate offered either.
        Committee forger = (designation, candidates) -> List.of(new Committee.Decision(new Candidate(
                candidates.get(0).entry(), "u3", candidates.get(0).total(), candidates.get(0).grade(),
                candidates.get(0).rank()), Label.of("冒名", "forged")));
        assertThrows(IllegalStateException.class, () -> run(forger));
        Committee twice = (designation, candidates) -> List.of(new Committee.Decision(candidates.get(0), Label.of("一", "one")),
                new Committee.Decision(candidates.get(0), Label.of("二", "two")));
        assertThrows(IllegalStateException.class, () -> run(twice));
    }

    @Test
    void badArgumentsAreRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> Campaign.of(List.of()));
        assertEquals("The scheme small is given twice",
                assertThrows(IllegalArgumentException.class, () -> Campaign.of(List.of(SCHEME, SCHEME))).getMessage());
        Campaign campaign = Campaign.of(List.of(SCHEME));
        assertEquals("The period 2027 does not follow 2025: a campaign's periods are consecutive",
                assertThrows(IllegalArgumentException.class, () -> campaign.run(ORGS,
                        List.of(Period.year(2025), Period.year(2027)), CampaignTest::evidence, Register.EMPTY))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> campaign.run(ORGS,
                List.of(Period.parse("2025-Q1")), CampaignTest::evidence, Register.EMPTY)).getMessage()
                .startsWith("The period 2025-Q1 is not a year"));
        assertThrows(IllegalArgumentException.class, () -> campaign.run(ORGS, List.of(), CampaignTest::evidence,
                Register.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> Committee.limited(Map.of("model-unit", -1)));
        // five-type-organ and three-atmospheres both declare model-organ: one register cannot hold both.
        assertEquals("The schemes five-type-organ and three-atmospheres both declare 'model-organ': one register "
                + "cannot tell their entries apart", assertThrows(IllegalArgumentException.class, () -> Campaign.of(
                        List.of(BundledSchemes.get("five-type-organ"), BundledSchemes.get("three-atmospheres"))))
                .getMessage());
    }

    private static List<String> steps(List<ReviewAction> actions) {
        return actions.stream().map(a -> a.subject() + ":" + a.action().id()).toList();
    }
}
