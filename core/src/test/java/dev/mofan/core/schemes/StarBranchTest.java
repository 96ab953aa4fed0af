package dev.mofan.core.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled star-branch scheme (星级党支部): its composite shape, the sample province scored
 * with it, and one branch computed by hand from a few records.
 */
class StarBranchTest {

    static final Scheme SCHEME = BundledSchemes.get("star-branch");
    static final Period YEAR = Period.year(2025);
    static Report sample;

    @BeforeAll
    static void evaluateTheSampleProvince() {
        sample = SampleReports.of(SCHEME, YEAR);
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void aCompositeOfABasicAndAnAppraisalPart() {
        assertTrue(SCHEME.composite());
        assertFalse(SCHEME.openEnded());
        assertFalse(SCHEME.allowUnverifiedSelfAssessment());
        assertEquals(List.of("branch"), SCHEME.subjects());
        assertEquals(Optional.of(d("100")), SCHEME.maxPoints());
        assertEquals(List.of(), SCHEME.deductions(), "deductions belong to the parts");
        Part basic = SCHEME.parts().get(0);
        Part appraisal = SCHEME.parts().get(1);
        assertEquals("basic", basic.id());
        assertEquals(d("0.7"), basic.weight());
        assertEquals(List.of("political-building", "organisational-life", "team-building", "role-played",
                "basic-guarantees"), basic.dimensions());
        assertEquals(d("100"), maxima(basic));
        assertEquals(3, basic.deductions().size());
        assertEquals(Optional.of(d("10")), basic.deductionCap());
        assertEquals("appraisal", appraisal.id());
        assertEquals(d("0.3"), appraisal.weight());
        assertEquals(d("100"), maxima(appraisal));
        assertEquals(List.of("star-5", "star-4", "star-3", "star-2", "star-1", "no-star"),
                SCHEME.grades().stream().map(g -> g.id()).toList());
        assertEquals(List.of(d("90"), d("80"), d("70"), d("60"), d("50"), d("0")),
                SCHEME.grades().stream().map(g -> g.min()).toList());
        assertEquals(2, SCHEME.grades().get(0).gates().size());
    }

    private static BigDecimal maxima(Part part) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Dimension dimension : SCHEME.dimensions()) {
            if (part.dimensions().contains(dimension.id())) {
                sum = sum.add(dimension.maxPoints().orElseThrow());
            }
        }
        return sum;
    }

    @Test
    void theSampleProvinceReachesEveryKindOfStarAndShowsTheFiveStarGate() {
        Set<String> grades = new TreeSet<>();
        int deniedFiveStars = 0;
        for (Scorecard card : sample.scorecards()) {
            card.grade().ifPresent(grades::add);
            // Both parts on every scorecard, and the total formed from them exactly as documented.
            List<PartScore> parts = card.parts();
            assertEquals(List.of("basic", "appraisal"), parts.stream().map(PartScore::id).toList(), card.subject());
            assertEquals(d("0.7"), parts.get(0).weight());
            assertEquals(d("0.3"), parts.get(1).weight());
            assertTrue(parts.get(0).deductions().compareTo(d("10")) <= 0, card.subject());
            assertEquals(parts.get(0).base().subtract(parts.get(0).deductions()).max(BigDecimal.ZERO)
                    .setScale(2, RoundingMode.HALF_UP), parts.get(0).points(), card.subject());
            assertEquals(d("0.00"), parts.get(1).deductions());
            BigDecimal composite = d("0.7").multiply(parts.get(0).points()).add(d("0.3").multiply(parts.get(1).points()))
                    .setScale(2, RoundingMode.HALF_UP);
            assertEquals(composite, card.base(), card.subject());
            assertEquals(d("0.00"), card.deductions(), "no scheme-level deductions in a composite scheme");
            assertEquals(composite.add(card.bonus()), card.total(), card.subject());
            assertTrue(card.bonus().compareTo(d("5")) <= 0);
            if (card.vetoed()) {
                assertEquals(Optional.of("no-star"), card.grade(), card.subject());
            }
            for (TraceStep step : card.trace()) {
                if (step.step().equals("gate") && "star-5".equals(step.figures().get("grade"))) {
                    deniedFiveStars++;
                    assertTrue(card.total().compareTo(d("90")) >= 0);
                    // Denied ★5, the branch gets ★4 (no gate), unless a veto makes it 无星.
                    assertEquals(Optional.of(card.vetoed() ? "no-star" : "star-4"), card.grade(), card.subject());
                }
            }
        }
        assertTrue(grades.containsAll(Set.of("star-5", "star-4", "star-3", "star-2", "star-1", "no-star")), grades.toString());
        assertTrue(deniedFiveStars >= 1, "some branch reaches 90 but lacks an innovation project or has a discipline case");
        assertEquals(List.of(), sample.errors(), "no direct item, so no out-of-range inspector score");
        assertTrue(sample.scorecards().stream().anyMatch(Scorecard::vetoed));
        assertTrue(sample.scorecards().stream().anyMatch(c -> !c.differences().isEmpty()), "self-assessment shows");
    }

    // ------------------------------------------------------------------ one branch by hand

    private static final OrgDirectory ORGS = OrgDirectory.of(OrgTree.of(List.of(
            OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
            OrgUnit.of("u1", OrgKind.UNIT, "wc"),
            OrgUnit.of("b1", OrgKind.BRANCH, "u1"))));

    private final List<EvidenceRecord> records = new ArrayList<>();

    private EvidenceRecord add(String key, Period period, Value value) {
        EvidenceRecord record = EvidenceRecord.of("r" + (records.size() + 1), "b1", key, period, value);
        records.add(record);
        return record;
    }

    private void add(String key, Value value) {
        add(key, YEAR, value);
    }

    private void addCase(String key, String caseId) {
        records.add(EvidenceRecord.of("r" + (records.size() + 1), "b1", key, YEAR, Value.of(1)).withCaseId(caseId));
    }

    private Scorecard evaluate() {
        return Evaluator.of(SCHEME).evaluate(ORGS, Evidence.of(records), YEAR).scorecards().get(0);
    }

    @Test
    void oneBranchComputedByHand() {
        // ---- 基础项 basic part, item by item (items without a record score 0, missing: zero).
        // 政治建设 political building: first topic 4; 8 study sessions × 0.5 = 4; ideology duty 4.   = 12.00
        add("first-topic-in-place", Value.of(true));
        add("theory-study-session", Value.of(8));
        add("ideology-duty-in-place", Value.of(true));
        // 组织生活 organisational life: general meetings in Q1, Q2 and Q4 count in the year: 3 → 3;
        //   12 committee meetings → 4; 4 party lectures × 1 = 4; 10 themed party days × 0.25 = 2.50;
        //   life meeting 3; appraisal of members 2.                                                = 18.50
        add("general-meeting", Period.quarter(2025, 1), Value.of(1));
        add("general-meeting", Period.quarter(2025, 2), Value.of(1));
        add("general-meeting", Period.quarter(2025, 4), Value.of(1));
        add("committee-meeting", Value.of(12));
        add("party-lecture", Value.of(4));
        add("themed-party-day", Value.of(10));
        add("life-meeting-held", Value.of(true));
        add("member-appraisal-held", Value.of(true));
        // 队伍建设 team building: election on time 4; double leader 4; dues 3; pledges 0.85 × 3 = 2.55. = 13.55
        add("election-on-time", Value.of(true));
        add("secretary-double-leader", Value.of(true));
        add("dues-on-time", Value.of(true));
        add("pledge-fulfilment-rate", Value.of(d("0.85")));
        // 作用发挥 role played: key tasks 18/20 = 0.9 ≥ 0.6 → 0.9 × 5 = 4.50; innovation project 5;
        //   3 practical matters × 1 = 3.                                                          = 12.50
        add("work-task-rate", Value.of("18/20"));
        add("innovation-project", Value.of(true));
        add("practical-matter", Value.of(3));
        // Volunteer activities were only self-assessed (10 × 0.5 = 5.00 claimed) and never reviewed;
        //   this scheme does not count unverified self-assessment: 0.
        records.add(EvidenceRecord.of("self-1", "b1", "volunteer-activity", YEAR, Value.of(10)).atStage(Stage.SELF));
        // 基础保障 basic guarantees: activity room 4; ledgers 0.5 below 0.6 → 0; 2 late reports: 3 − 2 = 1. = 5.00
        add("activity-room-standard", Value.of(true));
        add("ledger-complete-rate", Value.of(d("0.5")));
        add("late-report", Value.of(2));
        // Basic part base = 12.00 + 18.50 + 13.55 + 12.50 + 5.00 = 61.55.
        // 减分项 of the basic part: one discipline case × 2 = 2; the irregular record c1 reported twice is
        //   one case × 1 = 1. Deductions 3.00 (cap 10): basic part = max(0, 61.55 − 3.00) = 58.55.
        addCase("discipline-case", "d1");
        addCase("irregular-record", "c1");
        addCase("irregular-record", "c1");
        // ---- 评议项 appraisal part.
        // Members, out of 100: 98, 90, 85, 80, 76, 60; drop 98 and 60: (90 + 85 + 80 + 76) / 4 = 82.75
        //   → 0.8275 × 60 = 49.65.
        for (int rating : new int[] {98, 90, 85, 80, 76, 60}) {
            add("member-rating", Value.of(rating));
        }
        // Masses: satisfied ×3, fairly satisfied ×1, dissatisfied ×1: (3 × 1 + 0.8 + 0) / 5 = 0.76 → 0.76 × 40 = 30.40.
        for (String grade : new String[] {"satisfied", "satisfied", "satisfied", "fairly-satisfied", "dissatisfied"}) {
            add("mass-rating", Value.of(grade));
        }
        // Appraisal part = 49.65 + 30.40 = 80.05 (no deductions of its own).
        // ---- Bonus: one innovation adopted and promoted by a higher level × 2 = 2.00 (cap 4, bonus cap 5).
        add("innovation-promoted", Value.of(1));

        Scorecard b1 = evaluate();
        assertEquals(Optional.of(d("12.00")), b1.dimensions().get(0).points());
        assertEquals(Optional.of(d("18.50")), b1.dimensions().get(1).points());
        assertEquals(Optional.of(d("13.55")), b1.dimensions().get(2).points());
        assertEquals(Optional.of(d("12.50")), b1.dimensions().get(3).points());
        assertEquals(Optional.of(d("5.00")), b1.dimensions().get(4).points());
        ItemScore volunteer = b1.item("volunteer-activities").orElseThrow();
        assertTrue(volunteer.unverified());
        assertEquals(Optional.of(d("5.00")), volunteer.selfPoints());
        assertEquals(Optional.of(d("0.00")), volunteer.points());
        assertEquals(Optional.of(d("49.65")), b1.item("appraisal-by-members").orElseThrow().points());
        assertEquals(Optional.of(d("30.40")), b1.item("appraisal-by-masses").orElseThrow().points());
        assertEquals(List.of(new PartScore("basic", d("0.7"), d("61.55"), d("3.00"), d("58.55")),
                new PartScore("appraisal", d("0.3"), d("80.05"), d("0.00"), d("80.05"))), b1.parts());
        // Weighted once: 0.7 × 58.55 + 0.3 × 80.05 = 40.985 + 24.015 = 65.000 → 65.00. (Rounding each term
        //   first would give 40.99 + 24.02 = 65.01: the scheme rounds once.)
        assertEquals(d("65.00"), b1.base());
        assertEquals(d("0.00"), b1.deductions());
        assertEquals(d("2.00"), b1.bonus());
        // Total = max(0, 65.00 − 0) + 2.00 = 67.00: at least 60, below 70 → ★★ (star-2).
        assertEquals(d("67.00"), b1.total());
        assertEquals(Optional.of("star-2"), b1.grade());
        assertFalse(b1.vetoed());

        // A serious discipline case: the veto caps the grade at 无星; the total stays 67.00.
        addCase("serious-discipline-case", "s1");
        Scorecard vetoed = evaluate();
        assertEquals(d("67.00"), vetoed.total());
        assertTrue(vetoed.vetoed());
        assertEquals(List.of("serious-discipline"), vetoed.vetoes().stream().map(v -> v.id()).toList());
        assertEquals(Optional.of("no-star"), vetoed.grade());
    }

    @Test
    void fullMarksWithADisciplineCaseAreDeniedFiveStars() {
        // Every basic item at its maximum (100) and a perfect appraisal (100), one discipline case (−2):
        //   basic part 98.00 → 0.7 × 98 + 0.3 × 100 = 98.60 ≥ 90, but the ★5 gate "no discipline case"
        //   fails → ★4. Without the case: 100.00 → ★5.
        fullMarks();
        Scorecard perfect = evaluate();
        assertEquals(d("100.00"), perfect.total());
        assertEquals(Optional.of("star-5"), perfect.grade());
        addCase("discipline-case", "d1");
        Scorecard denied = evaluate();
        assertEquals(d("98.60"), denied.total());
        assertEquals(Optional.of("star-4"), denied.grade());
        assertTrue(denied.trace().stream().anyMatch(s -> s.step().equals("gate") && "star-5".equals(s.figures().get("grade"))));
    }

    private void fullMarks() {
        for (String flag : List.of("first-topic-in-place", "ideology-duty-in-place", "life-meeting-held",
                "member-appraisal-held", "election-on-time", "secretary-double-leader", "dues-on-time",
                "member-info-accurate", "innovation-project", "activity-room-standard")) {
            add(flag, Value.of(true));
        }
        for (String ratio : List.of("talk-coverage-rate", "pledge-fulfilment-rate", "training-attendance-rate",
                "work-task-rate", "ledger-complete-rate", "platform-timely-rate")) {
            add(ratio, Value.of(1));
        }
        add("theory-study-session", Value.of(8));
        add("study-hours", Value.of(32));
        add("warning-education-session", Value.of(4));
        add("general-meeting", Value.of(4));
        add("committee-meeting", Value.of(12));
        add("group-meeting", Value.of(12));
        add("party-lecture", Value.of(4));
        add("themed-party-day", Value.of(12));
        add("practical-matter", Value.of(5));
        add("volunteer-activity", Value.of(10));
        add("member-rating", Value.of(100));
        add("mass-rating", Value.of("satisfied"));
    }
}
