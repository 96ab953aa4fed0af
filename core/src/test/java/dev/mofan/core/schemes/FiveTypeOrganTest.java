package dev.mofan.core.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled five-type-organ scheme on two subjects computed by hand. Each starts from evidence
 * that earns every item its maximum (checked: base 100.00 for both kinds); the test then changes
 * a few records and states the arithmetic of each change.
 */
class FiveTypeOrganTest {

    static final Scheme SCHEME = BundledSchemes.get("five-type-organ");
    static final Period YEAR = Period.year(2025);
    static final OrgDirectory ORGS = OrgDirectory.of(OrgTree.of(List.of(
            OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
            OrgUnit.of("u1", OrgKind.UNIT, "wc"),
            OrgUnit.of("b1", OrgKind.BRANCH, "u1"))));

    private final List<EvidenceRecord> records = new ArrayList<>();

    /** Evidence that gives every item applying to {@code kind} its maximum, except those in {@code skip}. */
    private void fullMarks(String subject, String kind, Set<String> skip) {
        Map<String, List<Value>> values = new LinkedHashMap<>();
        for (Dimension dimension : SCHEME.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                for (Item item : indicator.items()) {
                    if (skip.contains(item.id()) || !(item.subjects().isEmpty() || item.subjects().contains(kind))) {
                        continue;
                    }
                    values.put(item.keys().get(0), full(item));
                }
            }
        }
        values.forEach((key, list) -> {
            boolean byCase = SCHEME.key(key).orElseThrow().combine() == Combination.DISTINCT_CASES;
            for (Value value : list) {
                if (byCase) {
                    // A distinct-cases key counts cases, not values: n occurrences are n records of n cases.
                    int n = ((Value.Number) value).value().intValueExact();
                    for (int c = 1; c <= n; c++) {
                        add(subject, key, Value.of(1), key + "-" + c);
                    }
                } else {
                    add(subject, key, value, null);
                }
            }
        });
    }

    private static List<Value> full(Item item) {
        Map<String, Object> params = item.rule().params();
        return switch (item.rule().id()) {
            case "check" -> List.of(Value.of(true));
            case "count" -> List.of(Value.of(params.containsKey("cap") ? (BigDecimal) params.get("cap")
                    : item.maxPoints().orElseThrow().divide((BigDecimal) params.get("per"), 0, RoundingMode.CEILING)));
            case "ratio" -> List.of(Value.of(1));
            case "tiers" -> List.of(Value.of((BigDecimal) ((Map<?, ?>) ((List<?>) params.get("tiers")).get(0)).get("atLeast")));
            case "rating" -> params.containsKey("grades") ? List.of(Value.of("excellent"), Value.of("excellent"))
                    : List.of(Value.of(100), Value.of(100));
            case "direct" -> List.of(Value.of(item.maxPoints().orElseThrow()));
            default -> List.of();
        };
    }

    private void add(String subject, String key, Value value, String caseId) {
        EvidenceRecord record = EvidenceRecord.of("r" + (records.size() + 1), subject, key, YEAR, value);
        records.add(caseId == null ? record : record.withCaseId(caseId));
    }

    private Report evaluate() {
        return Evaluator.of(SCHEME).evaluate(ORGS, Evidence.of(records), YEAR);
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void fullEvidenceEarnsTheMaximumForBothKinds() {
        fullMarks("u1", "unit", Set.of());
        fullMarks("b1", "branch", Set.of());
        Report report = evaluate();
        for (Scorecard card : report.scorecards()) {
            assertEquals(d("100.00"), card.base(), card.subject());
            assertEquals(Optional.of("excellent"), card.grade(), card.subject());
        }
        assertEquals(List.of(), report.unused());
        assertEquals(List.of(), SchemeFormat.ofDefaults().lint(SCHEME));
    }

    @Test
    void unitWithCapsCaseDedupExclusionAndScopedAdjustments() {
        // Themed party days (2 points) have no record: 0 (missing: zero). Political 20 − 2 = 18.
        // Window satisfaction has no record: excluded (missing: exclude); its indicator renormalises
        //   practical matters 3 of 3 to 3 × 5 / 3 = 5.00, so nothing is lost.
        fullMarks("u1", "unit", Set.of("themed-party-days", "window-satisfaction", "masses-appraisal"));
        // Appraisal by the public (3 points), out of 100: 100, 90, 80, 60; the highest and the lowest
        //   dropped, (90 + 80) / 2 = 85 → 0.85 × 3 = 2.55. Linking with the masses 2.55 + 2 = 4.55.
        for (int rating : new int[] {100, 90, 80, 60}) {
            add("u1", "masses-rating", Value.of(rating), null);
        }
        // Three commendations × 0.5 = 1.50, capped at 1; service 19.55 + 1 = 20.55 is held at its maximum 20.
        for (int i = 0; i < 3; i++) {
            add("u1", "service-praise", Value.of(1), null);
        }
        // Two integrity risks × 0.5: integrity 20 − 1 = 19. Base = 18 + 20 + 20 + 20 + 19 = 97.00.
        add("u1", "integrity-risk-finding", Value.of(1), null);
        add("u1", "integrity-risk-finding", Value.of(1), null);
        // Ledger lapses in cases c1, c1, c2, c3: three cases × 0.5 = 1.50.
        for (String c : new String[] {"c1", "c1", "c2", "c3"}) {
            add("u1", "ledger-lapse-case", Value.of(1), c);
        }
        // Held accountable: serious 3 + serious 3 + minor 1 = 7, capped at 6. Deductions 1.50 + 6 = 7.50.
        add("u1", "accountability-case", Value.of("serious"), "x1");
        add("u1", "accountability-case", Value.of("serious"), "x2");
        add("u1", "accountability-case", Value.of("minor"), "x3");
        // National honours 3 × 2 = 6, capped at 4; provincial 2 × 1 = 2; bonus 6 capped at 5.
        for (int i = 0; i < 3; i++) {
            add("u1", "national-honour", Value.of(1), null);
        }
        add("u1", "provincial-honour", Value.of(1), null);
        add("u1", "provincial-honour", Value.of(1), null);

        Scorecard u1 = evaluate().scorecards().get(0);
        assertEquals(Optional.of(d("0.00")), u1.item("themed-party-days").orElseThrow().points());
        assertTrue(u1.item("window-satisfaction").orElseThrow().excluded());
        assertEquals(Optional.of(d("2.55")), u1.item("masses-appraisal").orElseThrow().points());
        assertEquals(Optional.of(d("5.00")), points(u1, "enterprises-and-people"));
        assertEquals(Optional.of(d("20.00")), u1.dimensions().get(1).points());
        assertEquals(Optional.of(d("19.00")), u1.dimensions().get(4).points());
        assertEquals(d("97.00"), u1.base());
        assertEquals(d("7.50"), u1.deductions());
        assertEquals(d("5.00"), u1.bonus());
        // Total = max(0, 97.00 − 7.50) + 5.00 = 94.50; political 18 meets the 优秀 gate (≥ 18), no open finding.
        assertEquals(d("94.50"), u1.total());
        assertEquals(Optional.of("excellent"), u1.grade());
        assertFalse(u1.vetoed());
    }

    private static Optional<BigDecimal> points(Scorecard card, String indicator) {
        return card.indicators().stream().filter(i -> i.id().equals(indicator)).findFirst().orElseThrow().points();
    }

    @Test
    void branchWithASeriousCaseIsVetoedAndACorrectionCounts() {
        fullMarks("b1", "branch", Set.of("themed-party-days"));
        // A themed-party-day record of 1 (0.50) is corrected on appeal to 4 (2.00, the maximum).
        add("b1", "themed-party-day", Value.of(1), null);
        EvidenceRecord wrong = records.get(records.size() - 1);
        records.add(EvidenceRecord.of("fix", "b1", "themed-party-day", YEAR, Value.of(4)).superseding(wrong.id()));
        // One serious discipline case: clean record 2 − 1 × 2 = 0, integrity 18; base 98.00.
        add("b1", "serious-discipline-case", Value.of(1), "case-1");
        // An inspection finding still open, with no approved extension: not eligible, and no 优秀.
        add("b1", "open-inspection-finding", Value.of(1), null);

        Report report = evaluate();
        Scorecard b1 = report.scorecards().get(1);
        assertEquals(Optional.of(d("2.00")), b1.item("themed-party-days").orElseThrow().points());
        assertEquals(List.of("fix"), b1.item("themed-party-days").orElseThrow().evidence());
        assertEquals("unused.superseded", report.unused().get(0).code());
        assertEquals(wrong.id(), report.unused().get(0).record());
        assertEquals(Optional.of(d("0.00")), b1.item("clean-record").orElseThrow().points());
        assertEquals(d("98.00"), b1.base());
        assertEquals(d("98.00"), b1.total(), "a cap-grade veto keeps the total");
        assertTrue(b1.vetoed());
        assertEquals(List.of("serious-discipline", "rectification-unfinished"),
                b1.vetoes().stream().map(v -> v.id()).toList());
        // 98 ≥ 90 but the open finding fails the 优秀 gate: 良好 reached, then capped by the veto at 不合格.
        assertEquals(Optional.of("fail"), b1.grade());
        assertTrue(b1.trace().stream().anyMatch(step -> step.step().equals("gate")));
    }
}
