package dev.mofan.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Difference;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SCORING.md steps 2 and 6 computed by hand: a composite total with part deductions and a bonus,
 * rounded once; star bands with a gate and a veto; an open-ended points item with occurrences at
 * several levels; self-assessment beside review.
 */
class CompositeOpenStagedTest {

    private static final Period YEAR = Period.year(2025);

    private static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: b1, kind: branch, parent: u1}
              - {id: b2, kind: branch, parent: u1}
              - {id: b3, kind: branch, parent: u1}
              - {id: b4, kind: branch, parent: u1}
            """, Syntax.YAML);

    /** A star-rated branch: (基础项 − 减分项) × 70% + 评议项 × 30%, then the bonus; ★5 gated. */
    private static final Scheme STARS = SchemeFormat.ofDefaults().read("""
            id: star-mini
            version: "1"
            period: year
            maxPoints: 100
            subjects: [branch]
            keys:
              - {id: meetings, type: count}
              - {id: lectures, type: count}
              - {id: practical, type: count}
              - {id: appraisal, type: rating}
              - {id: lapse, type: count}
              - {id: commendation, type: count}
              - {id: innovation-project, type: flag}
              - {id: discipline-case, type: count}
            dimensions:
              - id: organisation
                maxPoints: 60
                indicators:
                  - id: meetings-held
                    items:
                      - {id: meetings-item, maxPoints: 40, rule: {id: count, params: {per: 4.5}}, keys: [meetings]}
                      - {id: lectures-item, maxPoints: 20, rule: {id: count, params: {per: 5}}, keys: [lectures]}
              - id: work
                maxPoints: 40
                indicators:
                  - id: work-done
                    items:
                      - {id: practical-item, maxPoints: 40, rule: {id: count, params: {per: 10}}, keys: [practical]}
              - id: appraised
                maxPoints: 100
                indicators:
                  - id: appraisal-by-members
                    items:
                      - id: appraisal-item
                        maxPoints: 100
                        rule: {id: rating, params: {outOf: 100, aggregate: trimmed-mean}}
                        keys: [appraisal]
            parts:
              - id: basic
                name: {zh: 基础项, en: basic}
                weight: 0.7
                dimensions: [organisation, work]
                deductions:
                  - {id: lapse-deduction, key: lapse, per: 1.35, cap: 10}
                deductionCap: 8
              - id: appraisal-part
                name: {zh: 评议项, en: appraisal}
                weight: 0.3
                dimensions: [appraised]
            bonuses:
              - {id: commended, key: commendation, per: 1, cap: 3}
            bonusCap: 3
            vetoes:
              - {id: discipline, when: {key: discipline-case, op: ">=", value: 1}, effect: cap-grade, grade: no-star}
            grades:
              - id: star-5
                name: {zh: 五星, en: five stars}
                min: 90
                gates: [{key: innovation-project, op: "==", value: true}]
              - {id: star-4, name: {zh: 四星, en: four stars}, min: 80}
              - {id: star-3, name: {zh: 三星, en: three stars}, min: 70}
              - {id: star-2, name: {zh: 二星, en: two stars}, min: 60}
              - {id: star-1, name: {zh: 一星, en: one star}, min: 50}
              - {id: no-star, name: {zh: 无星, en: no star}, min: 0}
            """, Syntax.YAML);

    private static EvidenceRecord record(String id, String subject, String key, Object value) {
        Value v = value instanceof Boolean b ? Value.of(b) : value instanceof String s ? Value.of(s)
                : Value.of(new BigDecimal(value.toString()));
        return EvidenceRecord.of(id, subject, key, YEAR, v);
    }

    private static Report evaluate(Scheme scheme, List<EvidenceRecord> records) {
        return Evaluator.of(scheme).evaluate(ORGS, Evidence.of(records), YEAR);
    }

    private static Scorecard card(Report report, String subject) {
        return report.scorecards().stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
    }

    /** A branch that fills every item of the basic part and has four appraisals of 95. */
    private static List<EvidenceRecord> full(String subject) {
        List<EvidenceRecord> records = new ArrayList<>();
        records.add(record(subject + "-m", subject, "meetings", 9));
        records.add(record(subject + "-l", subject, "lectures", 4));
        records.add(record(subject + "-p", subject, "practical", 4));
        for (int i = 1; i <= 4; i++) {
            records.add(record(subject + "-a" + i, subject, "appraisal", 95));
        }
        return records;
    }

    @Test
    void aCompositeTotalWeighsPartsAfterTheirDeductionsAndRoundsOnce() {
        List<EvidenceRecord> records = new ArrayList<>(List.of(
                record("m", "b1", "meetings", 7),
                record("l", "b1", "lectures", 3),
                record("p", "b1", "practical", 4),
                record("a1", "b1", "appraisal", 60),
                record("a2", "b1", "appraisal", new BigDecimal("83.2")),
                record("a3", "b1", "appraisal", new BigDecimal("83.5")),
                record("a4", "b1", "appraisal", 99),
                record("x1", "b1", "lapse", 1).withCaseId("c1"),
                record("x2", "b1", "lapse", 1).withCaseId("c1"),
                record("x3", "b1", "lapse", 1).withCaseId("c2"),
                record("x4", "b1", "lapse", 1).withCaseId("c3"),
                record("h1", "b1", "commendation", 1),
                record("h2", "b1", "commendation", 1)));
        Scorecard b1 = card(evaluate(STARS, records), "b1");
        // Basic part: meetings 7 × 4.5 = 31.50, lectures 3 × 5 = 15.00, practical 4 × 10 = 40.00:
        // base 86.50; lapses in three distinct cases (c1 twice) × 1.35 = 4.05 (under the caps 10 and 8):
        // 86.50 − 4.05 = 82.45.
        // Appraisal part: ratings 60, 83.2, 83.5, 99 without the highest and lowest: (83.2 + 83.5) / 2
        // = 83.35 of 100 → 83.35.
        assertEquals(List.of(
                new PartScore("basic", new BigDecimal("0.7"), new BigDecimal("86.50"), new BigDecimal("4.05"),
                        new BigDecimal("82.45")),
                new PartScore("appraisal-part", new BigDecimal("0.3"), new BigDecimal("83.35"), new BigDecimal("0.00"),
                        new BigDecimal("83.35"))), b1.parts());
        // 0.7 × 82.45 + 0.3 × 83.35 = 57.715 + 25.005 = 82.72 exactly, rounded once: 82.72. Rounding each
        // product first (57.72 + 25.01) would give 82.73: a cent of double rounding.
        assertEquals(new BigDecimal("82.72"), b1.base());
        // Two commendations × 1 = 2 (caps 3): total = 82.72 + 2 = 84.72 → ★4 (at least 80).
        assertEquals(new BigDecimal("2.00"), b1.bonus());
        assertEquals(new BigDecimal("0.00"), b1.deductions(), "a composite scheme's deductions live in its parts");
        assertEquals(new BigDecimal("84.72"), b1.total());
        assertEquals(Optional.of("star-4"), b1.grade());
        assertTrue(b1.trace().stream().anyMatch(step -> step.step().equals("composite")
                && step.en().equals("base = 0.7 × 82.45 + 0.3 × 83.35 = 82.72")), b1.trace().toString());
    }

    @Test
    void fiveStarsNeedTheirGateAndAVetoLeavesNoStar() {
        List<EvidenceRecord> records = new ArrayList<>();
        records.addAll(full("b2"));
        records.addAll(full("b3"));
        records.add(record("b3-i", "b3", "innovation-project", true));
        records.add(record("b3-d", "b3", "discipline-case", 1));
        records.addAll(full("b4"));
        records.add(record("b4-i", "b4", "innovation-project", true));
        Report report = evaluate(STARS, records);
        // Each: basic 9 × 4.5 = 40.50 capped at 40, lectures 20, practical 40 → 100; appraisal four 95s,
        // trimmed mean 95 → 95. 0.7 × 100 + 0.3 × 95 = 70 + 28.5 = 98.50.
        Scorecard b2 = card(report, "b2");
        assertEquals(new BigDecimal("98.50"), b2.total());
        // b2 reaches 90 but has no innovation project: ★5 is denied by its gate, ★4 it is.
        assertEquals(Optional.of("star-4"), b2.grade());
        assertTrue(b2.trace().stream().anyMatch(step -> step.step().equals("gate")
                && step.en().startsWith("star-5: total 98.50 ≥ 90 but gate not met")), b2.trace().toString());
        // b4 has one: ★5.
        assertEquals(Optional.of("star-5"), card(report, "b4").grade());
        // b3 has one too, but a discipline case: the veto caps the grade at the bottom band, 无星.
        Scorecard b3 = card(report, "b3");
        assertEquals(new BigDecimal("98.50"), b3.total(), "a cap-grade veto leaves the total as it is");
        assertTrue(b3.vetoed());
        assertEquals(Optional.of("no-star"), b3.grade());
        assertTrue(Explanation.of(STARS, b3).text(Language.ZH).contains("因一票否决降为无星"));
    }

    /** An open-ended points system (积分制): no maxima, points per occurrence and per level reached. */
    private static Scheme points(String pay) {
        return SchemeFormat.ofDefaults().read(pointsText(pay), Syntax.YAML);
    }

    private static String pointsText(String pay) {
        return """
                id: points-mini
                version: "1"
                period: year
                openEnded: true
                subjects: [branch]
                keys:
                  - {id: proposal, type: category, values: [branch, unit, city, province]}
                  - {id: volunteer, type: count}
                  - {id: absence, type: count}
                dimensions:
                  - id: contribution
                    indicators:
                      - id: ideas-and-service
                        items:
                          - id: proposals
                            rule: {id: occurrences, params: {per: 1, levels: {city: 3, province: 10}CUMULATIVE}}
                            keys: [proposal]
                          - {id: volunteering, rule: {id: count, params: {per: 0.5}}, keys: [volunteer]}
                          - {id: capped-volunteering, maxPoints: 2, rule: {id: count, params: {per: 1}}, keys: [volunteer]}
                deductions:
                  - {id: absent, key: absence, per: 2}
                grades:
                  - {id: excellent, min: 20}
                  - {id: good, min: 10}
                  - {id: qualified, min: 0}
                """.replace("CUMULATIVE", pay);
    }

    private static final List<EvidenceRecord> PROPOSALS = List.of(
            record("r1", "b1", "proposal", "branch").withCaseId("P1"),
            record("r2", "b1", "proposal", "unit").withCaseId("P2"),
            record("r3", "b1", "proposal", "city").withCaseId("P2"),
            record("r4", "b1", "proposal", "city").withCaseId("P2"),
            record("r5", "b1", "proposal", "province").withCaseId("P3"),
            record("v", "b1", "volunteer", 7),
            record("x", "b1", "absence", 1));

    @Test
    void anOpenEndedItemCountsEachOccurrenceOnceAndEachLevelItReached() {
        Scorecard b1 = card(evaluate(points(""), PROPOSALS), "b1");
        ItemScore proposals = b1.item("proposals").orElseThrow();
        // Three proposals (P1; P2 reported three times; P3) × 1 = 3. City +3 for P2 (once, though
        // reported twice at that level) and for P3, which reached the province and so passed the city:
        // 2 × 3 = 6. Province +10 for P3. 3 + 6 + 10 = 19, with no maximum.
        assertEquals(Optional.of(new BigDecimal("19.00")), proposals.points());
        assertEquals(Optional.empty(), proposals.maxPoints());
        // Volunteering 7 × 0.5 = 3.50 uncapped; the capped item gives 7 × 1 = 7 → its maximum 2.
        assertEquals(Optional.of(new BigDecimal("3.50")), b1.item("volunteering").orElseThrow().points());
        assertEquals(Optional.of(new BigDecimal("2.00")), b1.item("capped-volunteering").orElseThrow().points());
        assertEquals(Optional.empty(), b1.dimensions().get(0).maxPoints());
        // Base 24.50, one absence −2: total 22.50 → excellent (at least 20).
        assertEquals(new BigDecimal("24.50"), b1.base());
        assertEquals(new BigDecimal("22.50"), b1.total());
        assertEquals(Optional.of("excellent"), b1.grade());
        // pay: reported — the levels a record names: P3 was only reported at the province, so the
        // city's add-on goes to P2 alone: 3 + 3 + 10 = 16.
        Scorecard reported = card(evaluate(points(", pay: reported"), PROPOSALS), "b1");
        assertEquals(Optional.of(new BigDecimal("16.00")), reported.item("proposals").orElseThrow().points());
        // P3 is now also reported at the city (its way up): reported pays city and province for it,
        // 3 + 6 + 10 = 19; pay: highest pays only the highest level each reached, 3 + 3 + 10 = 16
        // (an honour escalated from the city to the province is worth the province's points once).
        List<EvidenceRecord> escalated = new ArrayList<>(PROPOSALS);
        escalated.add(record("r6", "b1", "proposal", "city").withCaseId("P3"));
        assertEquals(Optional.of(new BigDecimal("19.00")),
                card(evaluate(points(", pay: reported"), escalated), "b1").item("proposals").orElseThrow().points());
        assertEquals(Optional.of(new BigDecimal("16.00")),
                card(evaluate(points(", pay: highest"), escalated), "b1").item("proposals").orElseThrow().points());
        assertEquals(Optional.of(new BigDecimal("19.00")),
                card(evaluate(points(""), escalated), "b1").item("proposals").orElseThrow().points(),
                "re-reporting a level an occurrence already reached changes nothing");
        String json = ReportFormat.write(evaluate(points(""), PROPOSALS));
        assertTrue(json.contains("\"id\": \"proposals\",\n          \"indicator\": \"ideas-and-service\",\n          "
                + "\"points\": 19.00,\n          \"maxPoints\": null,"), "an uncapped item's maximum is written as null");
    }

    /** Three items; the scheme decides whether an item only self-assessed (自评) counts. */
    private static Scheme staged(boolean allowUnverified) {
        return SchemeFormat.ofDefaults().read(stagedText(allowUnverified), Syntax.YAML);
    }

    private static String stagedText(boolean allowUnverified) {
        return """
                id: staged-mini
                version: "1"
                period: year
                maxPoints: 12
                allowUnverifiedSelfAssessment: ALLOW
                subjects: [branch]
                keys:
                  - {id: party-day, type: count}
                  - {id: general-meeting, type: count}
                  - {id: first-topic, type: flag}
                dimensions:
                  - id: political
                    maxPoints: 12
                    indicators:
                      - id: organisational-life
                        items:
                          - {id: A, maxPoints: 6, rule: {id: count, params: {per: 1.5}}, keys: [party-day]}
                          - id: B
                            maxPoints: 4
                            rule: {id: tiers, params: {tiers: [{atLeast: 4, points: 4}, {atLeast: 2, points: 2}]}}
                            keys: [general-meeting]
                          - {id: C, maxPoints: 2, rule: {id: check}, keys: [first-topic]}
                """.replace("ALLOW", String.valueOf(allowUnverified));
    }

    private static final List<EvidenceRecord> STAGES = List.of(
            record("r1", "b1", "party-day", 3),
            record("r2", "b1", "general-meeting", 2),
            record("s1", "b1", "party-day", 4).atStage(Stage.SELF),
            record("s2", "b1", "general-meeting", 4).atStage(Stage.SELF),
            record("s3", "b1", "first-topic", true).atStage(Stage.SELF));

    @Test
    void selfAssessmentIsScoredBesideTheReviewAndTheGapIsListed() {
        Scorecard b1 = card(evaluate(staged(false), STAGES), "b1");
        // Reviewed: A 3 × 1.5 = 4.50; B 2 meetings → 2.00. Self-assessed: A 4 × 1.5 = 6.00; B 4 → 4.00.
        // The difference table (self − reviewed): A 1.50, B 2.00; sum 3.50.
        assertEquals(List.of(
                new Difference("A", new BigDecimal("6.00"), new BigDecimal("4.50"), new BigDecimal("1.50")),
                new Difference("B", new BigDecimal("4.00"), new BigDecimal("2.00"), new BigDecimal("2.00"))),
                b1.differences());
        assertEquals(new BigDecimal("3.50"), b1.differenceSum());
        // C was only self-assessed: unverified, and this scheme does not count it: 0 (missing: zero).
        ItemScore c = b1.item("C").orElseThrow();
        assertTrue(c.unverified());
        assertEquals(Optional.of(new BigDecimal("2.00")), c.selfPoints());
        assertEquals(Optional.of(new BigDecimal("0.00")), c.points());
        assertEquals(new BigDecimal("6.50"), b1.total());
        assertFalse(b1.item("A").orElseThrow().unverified());
        // A scheme that counts unverified self-assessment gives C its 2.00 (still marked unverified).
        Scorecard counted = card(evaluate(staged(true), STAGES), "b1");
        assertTrue(counted.item("C").orElseThrow().unverified());
        assertEquals(Optional.of(new BigDecimal("2.00")), counted.item("C").orElseThrow().points());
        assertEquals(new BigDecimal("8.50"), counted.total());
        assertEquals(b1.differences(), counted.differences(), "an unverified item has no reviewed figure to compare");
        String explained = Explanation.of(staged(false), b1).text(Language.ZH);
        assertTrue(explained.contains("自评与审核：\n  - A：自评 6.00，审核 4.50，差值 1.50\n"), explained);
        assertTrue(explained.contains("  差值合计 3.50\n  - C：有自评尚待审核（自评 2.00）\n"), explained);
        // Every self record is cited; none is unused.
        assertEquals(List.of(), evaluate(staged(false), STAGES).unused());
    }

    @Test
    void aReviewOfOneCaseLeavesTheOtherSelfAssessedCasesWaiting() {
        // The branch self-reports three proposals; the review has so far confirmed only P3.
        List<EvidenceRecord> records = List.of(
                record("s1", "b1", "proposal", "province").withCaseId("P1").atStage(Stage.SELF),
                record("s2", "b1", "proposal", "city").withCaseId("P2").atStage(Stage.SELF),
                record("s3", "b1", "proposal", "unit").withCaseId("P3").atStage(Stage.SELF),
                record("r3", "b1", "proposal", "unit").withCaseId("P3"));
        // Self-assessed: 3 × 1 + city 3 (P1, P2) × 2 + province 10 (P1) = 19.
        // This scheme does not count unverified self-assessment: only P3, reviewed, scores: 1.
        ItemScore strict = card(evaluate(points(""), records), "b1").item("proposals").orElseThrow();
        assertEquals(Optional.of(new BigDecimal("19.00")), strict.selfPoints());
        assertEquals(Optional.of(new BigDecimal("1.00")), strict.points());
        assertTrue(strict.unverified(), "P1 and P2 still wait for review");
        // A scheme that counts it takes the reviewed P3 with the waiting P1 and P2: 19, and no gap.
        Scheme counting = SchemeFormat.ofDefaults().read(pointsText("")
                .replace("openEnded: true", "openEnded: true\nallowUnverifiedSelfAssessment: true"), Syntax.YAML);
        Scorecard card = card(evaluate(counting, records), "b1");
        ItemScore counted = card.item("proposals").orElseThrow();
        assertEquals(Optional.of(new BigDecimal("19.00")), counted.points());
        assertTrue(counted.unverified());
        assertEquals(List.of(new Difference("proposals", new BigDecimal("19.00"), new BigDecimal("19.00"),
                new BigDecimal("0.00"))), card.differences());
        // Once the review confirms P1 at the city only (not the province), the self-assessment of P1
        // is replaced by the review: 3 + city 3 × 2 = 9, nothing waits, and the gap is 10.
        List<EvidenceRecord> reviewed = new ArrayList<>(records);
        reviewed.add(record("r1", "b1", "proposal", "city").withCaseId("P1"));
        reviewed.add(record("r2", "b1", "proposal", "city").withCaseId("P2"));
        Scorecard done = card(evaluate(counting, reviewed), "b1");
        assertFalse(done.item("proposals").orElseThrow().unverified());
        assertEquals(Optional.of(new BigDecimal("9.00")), done.item("proposals").orElseThrow().points());
        assertEquals(new BigDecimal("10.00"), done.differenceSum());
    }

    @Test
    void anItemThatMustHaveEvidenceSaysWhenItWasOnlySelfAssessed() {
        Scheme scheme = SchemeFormat.ofDefaults().read(stagedText(false)
                .replace("keys: [first-topic]}", "keys: [first-topic], missing: fail}"), Syntax.YAML);
        Report report = evaluate(scheme, STAGES);
        assertEquals("item.not-reviewed", report.errors().get(0).code());
        assertEquals("C", report.errors().get(0).item());
    }

    @Test
    void withoutSelfAssessmentTheScorecardIsTheReviewOnlyOne() {
        List<EvidenceRecord> reviewed = STAGES.stream().filter(r -> r.stage() == Stage.REVIEW).toList();
        Scorecard withSelf = card(evaluate(staged(false), STAGES), "b1");
        Scorecard without = card(evaluate(staged(false), reviewed), "b1");
        assertEquals(without.total(), withSelf.total());
        assertEquals(List.of(), without.differences());
        assertEquals(new BigDecimal("0.00"), without.differenceSum());
        for (ItemScore item : without.items()) {
            assertEquals(Optional.empty(), item.selfPoints());
            assertFalse(item.unverified());
            assertFalse(item.trace().stream().anyMatch(step -> step.step().equals("stage")),
                    "no self-assessment, no stage steps: the trace is the review-only one");
        }
    }
}
