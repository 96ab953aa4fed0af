package dev.mofan.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule on examples computed by hand (docs/rules.md, Worked examples), and the
 * parameter checks each makes when a scheme is loaded.
 */
class BuiltInRulesTest {

    private static final String FLAG = "{id: k, type: flag}";
    private static final String COUNT = "{id: k, type: count}";
    private static final String RATIO = "{id: k, type: ratio}";
    private static final String POINTS = "{id: k, type: points}";

    static Optional<BigDecimal> points(String key, String rule, String max, Value... values) {
        return OneItem.score(key, rule, max, values).points();
    }

    static Optional<BigDecimal> decimal(String text) {
        return Optional.of(new BigDecimal(text));
    }

    /** The one-line problems of a scheme that must not load. */
    static List<String> problems(String key, String rule, String max) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> SchemeFormat.ofDefaults().read(OneItem.scheme(key, rule, max), Syntax.YAML));
        return e.violations().stream().map(Object::toString).toList();
    }

    private static final String AT = "$.dimensions[0].indicators[0].items[0]";

    @Test
    void checkGivesItsPointsForATrueFlag() {
        assertEquals(decimal("5.00"), points(FLAG, "{id: check}", "5", Value.of(true)));
        assertEquals(decimal("0.00"), points(FLAG, "{id: check}", "5", Value.of(false)));
        assertEquals(decimal("3.00"), points(FLAG, "{id: check, params: {points: 3}}", "5", Value.of(true)));
        assertEquals(List.of(AT + ".rule.params.points: must lie in (0, 5] (the item's maxPoints), but was 7"),
                problems(FLAG, "{id: check, params: {points: 7}}", "5"));
        assertEquals(List.of(AT + ".keys: key 'k' is of type count; this rule reads flag"),
                problems(COUNT, "{id: check}", "5"));
    }

    @Test
    void countGivesPointsPerOccurrenceUpToTheMaximum() {
        String rule = "{id: count, params: {per: 1.5}}";
        // 3 themed party days × 1.5 = 4.50; 5 × 1.5 = 7.5, held at the maximum 6.
        assertEquals(decimal("4.50"), points(COUNT, rule, "6", Value.of(3)));
        assertEquals(decimal("6.00"), points(COUNT, rule, "6", Value.of(5)));
        // Records of one key are summed: 1 + 2 = 3.
        assertEquals(decimal("4.50"), points(COUNT, rule, "6", Value.of(1), Value.of(2)));
        // At most 2 occurrences counted: 2 × 1.5 = 3.00.
        assertEquals(decimal("3.00"), points(COUNT, "{id: count, params: {per: 1.5, cap: 2}}", "6", Value.of(5)));
        assertEquals(List.of(AT + ".rule.params.per: required property is missing"),
                problems(COUNT, "{id: count}", "6"));
        assertEquals(List.of(AT + ".rule.params.per: must be greater than 0, but was -1"),
                problems(COUNT, "{id: count, params: {per: -1}}", "6"));
    }

    @Test
    void pointsAreRoundedOnceWithTheSchemesRounding() {
        // 5 × 0.533 = 2.665: half-up gives 2.67, half-even 2.66 (6 is even).
        String rule = "{id: count, params: {per: 0.533}}";
        assertEquals(decimal("2.67"), points(COUNT, rule, "6", Value.of(5)));
        String halfEven = OneItem.scheme(COUNT, rule, "6").replace("period: year", "period: year\nrounding: half-even");
        Report report = OneItem.report(SchemeFormat.ofDefaults().read(halfEven, Syntax.YAML), Value.of(5));
        assertEquals(decimal("2.66"), report.scorecards().get(0).item("item").orElseThrow().points());
        // DESIGN.md: 2.675 must round to 2.68, never 2.67 as a double would.
        assertEquals(decimal("2.68"), points(COUNT, "{id: count, params: {per: 0.535}}", "6", Value.of(5)));
    }

    @Test
    void ratioScalesTheMaximumAboveItsThreshold() {
        String rule = "{id: ratio, params: {threshold: 0.6}}";
        // 357 of 566 problems solved: 5 × 357/566 = 3.1537… → 3.15.
        assertEquals(decimal("3.15"), points(RATIO, rule, "5", Value.of("357/566")));
        assertEquals(decimal("0.00"), points(RATIO, rule, "5", Value.of(new BigDecimal("0.5"))));
        // Full points from 80%: 0.7 / 0.8 = 0.875 × 5 = 4.375 → 4.38 (half up).
        assertEquals(decimal("4.38"), points(RATIO, "{id: ratio, params: {full: 0.8}}", "5",
                Value.of(new BigDecimal("0.7"))));
        assertEquals(List.of(AT + ".rule.params.threshold: must lie in [0, 1], but was 1.5"),
                problems(RATIO, "{id: ratio, params: {threshold: 1.5}}", "5"));
    }

    @Test
    void tiersGiveThePointsOfTheFirstTierReached() {
        String rule = "{id: tiers, params: {tiers: [{atLeast: 4, points: 4}, {atLeast: 2, points: 2}, "
                + "{atLeast: 1, points: 1}]}}";
        // General meetings: 4 a year → 4, 2–3 → 2, 1 → 1, none → 0.
        assertEquals(decimal("4.00"), points(COUNT, rule, "4", Value.of(4)));
        assertEquals(decimal("2.00"), points(COUNT, rule, "4", Value.of(3)));
        assertEquals(decimal("1.00"), points(COUNT, rule, "4", Value.of(1)));
        assertEquals(decimal("0.00"), points(COUNT, rule, "4", Value.of(0)));
        assertEquals(List.of(
                AT + ".rule.params.tiers[0].points: must lie in [0, 4] (the item's maxPoints), but was 5",
                AT + ".rule.params.tiers[1].atLeast: must be lower than the tier before it (4)"),
                problems(COUNT, "{id: tiers, params: {tiers: [{atLeast: 4, points: 5}, {atLeast: 4, points: 2}]}}",
                        "4"));
        assertEquals(List.of(AT + ".rule.params.tiers[0].atLeast: required property is missing",
                AT + ".rule.params.tiers[0].atleast: rule 'tiers' has no parameter 'atleast'"),
                problems(COUNT, "{id: tiers, params: {tiers: [{atleast: 4, points: 4}]}}", "4"));
    }

    @Test
    void deductLosesPointsPerShortfallDownToZero() {
        String rule = "{id: deduct, params: {per: 1}}";
        assertEquals(decimal("3.00"), points(COUNT, rule, "5", Value.of(2)));
        assertEquals(decimal("0.00"), points(COUNT, rule, "5", Value.of(7)));
        // No record of a shortfall: full points (the rule's default missing-evidence policy is 'score').
        assertEquals(decimal("5.00"), points(COUNT, rule, "5"));
    }

    @Test
    void ratingAggregatesManyRaters() {
        String numeric = "{id: k, type: rating}";
        // Drop the highest (95) and the lowest (60): (90 + 80) / 2 = 85 of 100 → 8.50 of 10.
        assertEquals(decimal("8.50"), points(numeric, "{id: rating, params: {outOf: 100, aggregate: trimmed-mean}}",
                "10", Value.of(95), Value.of(90), Value.of(80), Value.of(60)));
        // The plain mean: 81.25 → 8.125 → 8.13.
        assertEquals(decimal("8.13"), points(numeric, "{id: rating, params: {outOf: 100}}", "10",
                Value.of(95), Value.of(90), Value.of(80), Value.of(60)));
        // The median of 95, 90, 60: 90 → 9.00.
        assertEquals(decimal("9.00"), points(numeric, "{id: rating, params: {outOf: 100, aggregate: median}}", "10",
                Value.of(95), Value.of(90), Value.of(60)));
        // Two raters are too few to trim one from each end: their mean, 85 → 8.50.
        assertEquals(decimal("8.50"), points(numeric, "{id: rating, params: {outOf: 100, aggregate: trimmed-mean}}",
                "10", Value.of(90), Value.of(80)));
        String graded = "{id: k, type: rating, values: [excellent, good, poor]}";
        String grades = "{id: rating, params: {grades: {excellent: 1, good: 0.8, poor: 0}}}";
        // (1 + 0.8 + 0.8) / 3 × 6 = 5.20.
        assertEquals(decimal("5.20"), points(graded, grades, "6", Value.of("excellent"), Value.of("good"),
                Value.of("good")));
        assertEquals(List.of(AT + ".rule.params.grades: missing the fraction of 'poor'"),
                problems(graded, "{id: rating, params: {grades: {excellent: 1, good: 0.8}}}", "6"));
    }

    @Test
    void sharesAndMeansAreRoundedOnceFromTheirExactValue() {
        // 2.25 × mean(9, 8, 8)/10 = 2.25 × 25/30 = 1.875 exactly → 1.88 half up (a decimal quotient of
        // 25/30 cut to any number of digits gives 1.8749… → 1.87).
        assertEquals(decimal("1.88"), points("{id: k, type: rating}", "{id: rating, params: {outOf: 10}}", "2.25",
                Value.of(9), Value.of(8), Value.of(8)));
        // 3 × 5/6 = 2.5 exactly → 3 at scale 0, half up.
        String scale0 = OneItem.scheme(RATIO, "{id: ratio}", "3").replace("period: year", "period: year\nscale: 0");
        assertEquals(Optional.of(new BigDecimal("3")), OneItem.report(SchemeFormat.ofDefaults().read(scale0,
                Syntax.YAML), Value.of("5/6")).scorecards().get(0).item("item").orElseThrow().points());
        // 3 × 2/3 = 2 exactly: rounding up leaves it at 2.00.
        String up = OneItem.scheme(RATIO, "{id: ratio}", "3").replace("period: year", "period: year\nrounding: up");
        assertEquals(Optional.of(new BigDecimal("2.00")), OneItem.report(SchemeFormat.ofDefaults().read(up,
                Syntax.YAML), Value.of("2/3")).scorecards().get(0).item("item").orElseThrow().points());
    }

    @Test
    void aParameterOfTheWrongTypeIsReportedOnce() {
        assertEquals(List.of(AT + ".rule.params.outOf: must be a number, but was a string"),
                problems("{id: k, type: rating}", "{id: rating, params: {outOf: \"100\"}}", "5"));
        assertEquals(List.of(AT + ".rule.params.tiers[0]: must be a value (leave the parameter out instead of null), "
                        + "but was null"),
                problems(COUNT, "{id: tiers, params: {tiers: [null, {atLeast: 4, points: 9}]}}", "4"));
    }

    @Test
    void directPointsOutsideTheRangeFailTheItemNotTheRun() {
        assertEquals(decimal("1.96"), points(POINTS, "{id: direct}", "2", Value.of(new BigDecimal("1.96"))));
        Report report = OneItem.report(OneItem.read(POINTS, "{id: direct}", "2"), Value.of(12));
        ItemScore item = report.scorecards().get(0).item("item").orElseThrow();
        assertEquals(Optional.empty(), item.points());
        assertTrue(report.scorecards().get(0).incomplete());
        assertEquals(Optional.empty(), report.scorecards().get(0).grade());
        assertEquals("rule 'direct' gave 12 points, outside [0, 2]", report.errors().get(0).message());
        assertEquals("b1", report.unranked().get(0).subject());
    }
}
