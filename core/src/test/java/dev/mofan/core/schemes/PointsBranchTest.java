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
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled points-branch scheme (积分制): open-ended, its shape, the sample province scored with
 * it, and the worked example of its documentation computed by hand.
 */
class PointsBranchTest {

    static final Scheme SCHEME = BundledSchemes.get("points-branch");
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
    void openEndedWithOneCappedItem() {
        assertTrue(SCHEME.openEnded());
        assertEquals(Optional.empty(), SCHEME.maxPoints());
        assertTrue(SCHEME.allowUnverifiedSelfAssessment());
        assertEquals(List.of("branch"), SCHEME.subjects());
        assertEquals(List.of("activities", "proposals", "information", "honours"),
                SCHEME.dimensions().stream().map(dimension -> dimension.id()).toList());
        SCHEME.dimensions().forEach(dimension -> {
            assertEquals(Optional.empty(), dimension.maxPoints());
            dimension.indicators().forEach(indicator -> {
                assertEquals(Optional.empty(), indicator.maxPoints());
                indicator.items().forEach(item -> assertEquals(item.id().equals("volunteer-activities")
                        ? Optional.of(d("5")) : Optional.empty(), item.maxPoints(), item.id()));
            });
        });
        assertEquals(List.of(d("60"), d("40"), d("20"), d("0")), SCHEME.grades().stream().map(g -> g.min()).toList());
    }

    @Test
    void theSampleProvinceScoresOnAnOpenScale() {
        Set<String> grades = new TreeSet<>();
        long aboveSixty = 0;
        boolean gateDenied = false;
        boolean unverifiedCounted = false;
        boolean provinceAdoption = false;
        for (Scorecard card : sample.scorecards()) {
            card.grade().ifPresent(grades::add);
            aboveSixty += card.total().compareTo(d("60")) > 0 ? 1 : 0;
            gateDenied |= card.trace().stream().anyMatch(s -> s.step().equals("gate"));
            card.dimensions().forEach(dimension -> assertEquals(Optional.empty(), dimension.maxPoints()));
            card.indicators().forEach(indicator -> assertEquals(Optional.empty(), indicator.maxPoints()));
            for (ItemScore item : card.items()) {
                if (item.id().equals("volunteer-activities")) {
                    assertEquals(Optional.of(d("5.00")), item.maxPoints());
                    assertTrue(item.points().orElseThrow().compareTo(d("5")) <= 0);
                } else {
                    assertEquals(Optional.empty(), item.maxPoints(), item.id());
                }
                // Self-assessed and never reviewed: this scheme counts the self-assessed points.
                if (item.unverified() && item.selfPoints().isPresent()) {
                    assertEquals(item.selfPoints(), item.points(), card.subject() + " " + item.id());
                    unverifiedCounted = true;
                }
                provinceAdoption |= item.id().equals("proposals-adopted") && item.trace().stream()
                        .anyMatch(s -> s.step().equals("level") && "province".equals(s.figures().get("level")));
            }
            assertEquals(List.of(), card.parts());
        }
        assertTrue(aboveSixty > 0, "an open scale: totals above 60");
        assertTrue(sample.scorecards().stream().anyMatch(c -> c.total().compareTo(d("100")) > 0),
                "no maximum: some total passes 100");
        assertTrue(grades.containsAll(Set.of("excellent", "good", "qualified", "fail")), grades.toString());
        assertTrue(gateDenied, "some branch has 60 points but fewer than 15 from activities");
        assertTrue(unverifiedCounted, "allowUnverifiedSelfAssessment: unreviewed self-assessment counts");
        assertTrue(provinceAdoption, "some proposal is adopted by the province");
        assertEquals(List.of(), sample.errors(), "no direct item, so no out-of-range inspector score");
        assertEquals(List.of(), sample.unranked());
    }

    // ------------------------------------------------------------------ the documented example

    private static final OrgDirectory ORGS = OrgDirectory.of(OrgTree.of(List.of(
            OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
            OrgUnit.of("u1", OrgKind.UNIT, "wc"),
            OrgUnit.of("b1", OrgKind.BRANCH, "u1"))));

    private final List<EvidenceRecord> records = new ArrayList<>();

    private void add(String key, Value value) {
        records.add(EvidenceRecord.of("r" + (records.size() + 1), "b1", key, YEAR, value));
    }

    private void addCase(String key, String level, String caseId) {
        records.add(EvidenceRecord.of("r" + (records.size() + 1), "b1", key, YEAR, Value.of(level)).withCaseId(caseId));
    }

    private Scorecard evaluate() {
        return Evaluator.of(SCHEME).evaluate(ORGS, Evidence.of(records), YEAR).scorecards().get(0);
    }

    @Test
    void theDocumentedExample() {
        // 活动积分: 12 themed party days × 1 = 12; 4 party lectures × 2 = 8; 10 study sessions × 0.5 = 5;
        //   14 volunteer activities × 0.5 = 7, capped at 5. = 30.
        add("themed-party-day", Value.of(12));
        add("party-lecture", Value.of(4));
        add("study-session", Value.of(10));
        add("volunteer-activity", Value.of(14));
        // 建言献策: p1 stayed in the branch: 1. p2 adopted by the unit, then by the city (two records, one
        //   case): 1 + 1 + 3 = 5. p3 adopted by the province: 1 + 1 + 3 + 10 = 15 (cumulative). = 21.
        addCase("proposal-level", "branch", "p1");
        addCase("proposal-level", "unit", "p2");
        addCase("proposal-level", "city", "p2");
        addCase("proposal-level", "province", "p3");
        // 信息报送: five reports submitted, one used by the province: 6 × 0.5 = 3, + committee 1 + province 3 = 7.
        for (int i = 0; i < 5; i++) {
            add("info-report-level", Value.of("submitted"));
        }
        add("info-report-level", Value.of("province"));
        // 荣誉积分: one honour from the working committee: 4 (the highest level reached only: pay: highest).
        addCase("honour-level", "committee", "h1");
        // Base = 30 + 21 + 7 + 4 = 62. One organisational life not held on time: −2. Total 60.00.
        add("missed-org-life", Value.of(1));

        Scorecard b1 = evaluate();
        assertEquals(Optional.of(d("5.00")), b1.item("volunteer-activities").orElseThrow().points());
        assertEquals(List.of(Optional.of(d("30.00")), Optional.of(d("21.00")), Optional.of(d("7.00")),
                Optional.of(d("4.00"))), b1.dimensions().stream().map(DimensionScore::points).toList());
        assertEquals(d("62.00"), b1.base());
        assertEquals(d("2.00"), b1.deductions());
        assertEquals(d("0.00"), b1.bonus());
        // Total = max(0, 62 − 2) + 0 = 60.00 ≥ 60 and activities 30 ≥ 15 → 优秀.
        assertEquals(d("60.00"), b1.total());
        assertEquals(Optional.of("excellent"), b1.grade());
        assertEquals(Optional.empty(), b1.item("proposals-adopted").orElseThrow().maxPoints());
        assertTrue(b1.indicators().stream().map(IndicatorScore::maxPoints).allMatch(Optional::isEmpty));
    }

    @Test
    void honoursAloneDoNotMakeAnExcellentBranch() {
        // A national honour 15 and three proposals adopted by the province 3 × 15 = 45: 60 points, but
        //   no activities (0 < 15): the excellent gate fails → 良好.
        addCase("honour-level", "national", "h1");
        for (int p = 1; p <= 3; p++) {
            addCase("proposal-level", "province", "p" + p);
        }
        Scorecard b1 = evaluate();
        assertEquals(d("60.00"), b1.total());
        assertEquals(Optional.of("good"), b1.grade());
        assertTrue(b1.trace().stream().anyMatch(s -> s.step().equals("gate")));
    }

    @Test
    void unreviewedSelfAssessmentCounts() {
        // Only a self-assessment of 6 themed party days, never reviewed: it counts here, 6.00, and is marked.
        records.add(EvidenceRecord.of("s1", "b1", "themed-party-day", YEAR, Value.of(6)).atStage(Stage.SELF));
        Scorecard b1 = evaluate();
        ItemScore item = b1.item("themed-party-days").orElseThrow();
        assertTrue(item.unverified());
        assertEquals(Optional.of(d("6.00")), item.selfPoints());
        assertEquals(Optional.of(d("6.00")), item.points());
        assertEquals(d("6.00"), b1.total());
        assertEquals(Optional.of("fail"), b1.grade());
        assertFalse(b1.incomplete());
    }
}
