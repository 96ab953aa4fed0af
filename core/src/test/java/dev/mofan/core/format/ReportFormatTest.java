package dev.mofan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mofan.core.RaceFixture;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.AdjustmentScore;
import dev.mofan.model.result.DerivedMaximum;
import dev.mofan.model.result.Difference;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemError;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.RollupInput;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.result.UnusedRecord;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a report back: what {@link ReportFormat#write(Report)} wrote reads back as an equal
 * report (figures with their Java types, decimals with their scale), for the sample province under
 * two bundled schemes and for rankings with movement; a malformed report gives every problem at
 * once with its path.
 */
class ReportFormatTest {

    private static final Period YEAR = Period.year(2025);

    private static Report starBranch;
    private static Report pointsBranch;

    @BeforeAll
    static void evaluateTheSampleProvinceOncePerScheme() {
        OrgDirectory province = SampleProvince.generate();
        starBranch = evaluate(BundledSchemes.get("star-branch"), province);
        pointsBranch = evaluate(BundledSchemes.get("points-branch"), province);
    }

    private static Report evaluate(Scheme scheme, OrgDirectory province) {
        Evidence evidence = SampleEvidence.generate(scheme, province, YEAR);
        return Evaluator.of(scheme).parallel(true).evaluate(province, evidence, YEAR);
    }

    /** Reads back what was written, and fails on the first part that differs (a whole report is too long to print). */
    private static Report assertRoundTrip(Report report) {
        String json = ReportFormat.write(report);
        Report back = ReportFormat.read(json);
        assertEqualReports(report, back);
        assertEquals(json, ReportFormat.write(back), "writing what was read gives the same bytes");
        return back;
    }

    /** As {@link #assertRoundTrip(Report)} through a stream, without the text in memory twice over (tens of MB). */
    private static Report assertRoundTripAsBytes(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportFormat.write(report, bytes);
        Report back = ReportFormat.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEqualReports(report, back);
        return back;
    }

    private static void assertEqualReports(Report report, Report back) {
        if (!back.equals(report)) {
            firstDifference("weights", report, back, Report::weights);
            firstDifference("scorecards", report, back, Report::scorecards);
            firstDifference("rankings", report, back, Report::rankings);
            firstDifference("unranked", report, back, Report::unranked);
            firstDifference("unused", report, back, Report::unused);
            firstDifference("errors", report, back, Report::errors);
            assertEquals(List.of(report.fingerprint(), report.schemeId(), report.schemeVersion(), report.period(),
                    report.asOf()), List.of(back.fingerprint(), back.schemeId(), back.schemeVersion(), back.period(),
                    back.asOf()));
            fail("the report read back differs");
        }
    }

    private static void firstDifference(String what, Report expected, Report actual,
            Function<Report, List<?>> part) {
        List<?> a = part.apply(expected);
        List<?> b = part.apply(actual);
        assertEquals(a.size(), b.size(), what + " count");
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                assertEquals(a.get(i).toString(), b.get(i).toString(), what + "[" + i + "]");
                fail(what + "[" + i + "] reads back with other types: " + typed(a.get(i)) + " vs " + typed(b.get(i)));
            }
        }
    }

    /** The figures of every trace step with their classes, to show a type that did not survive. */
    private static String typed(Object part) {
        List<String> figures = new ArrayList<>();
        List<TraceStep> steps = new ArrayList<>();
        if (part instanceof Scorecard card) {
            steps.addAll(card.trace());
            card.items().forEach(item -> steps.addAll(item.trace()));
            card.adjustments().forEach(adjustment -> steps.addAll(adjustment.trace()));
        } else if (part instanceof Ranking ranking) {
            steps.addAll(ranking.trace());
        }
        for (TraceStep step : steps) {
            step.figures().forEach((name, value) -> figures.add(step.step() + "." + name + "=" + value + ":"
                    + value.getClass().getSimpleName() + (value instanceof BigDecimal d ? "/" + d.scale() : "")));
        }
        return figures.toString();
    }

    private static List<TraceStep> steps(Report report) {
        List<TraceStep> steps = new ArrayList<>();
        for (Scorecard card : report.scorecards()) {
            steps.addAll(card.trace());
            card.items().forEach(item -> steps.addAll(item.trace()));
            card.adjustments().forEach(adjustment -> steps.addAll(adjustment.trace()));
        }
        report.rankings().forEach(ranking -> steps.addAll(ranking.trace()));
        return steps;
    }

    @Test
    void theSampleProvinceUnderStarBranchReadsBackEqual() {
        Report back = assertRoundTripAsBytes(starBranch);
        assertFalse(back.scorecards().isEmpty());
        assertTrue(steps(back).stream().anyMatch(step -> step.step().equals("cases")
                && new BigDecimal("2").equals(step.figures().get("records"))),
                "the cases of an adjustment count records as a whole number, kept as a decimal of scale 0");
    }

    @Test
    void theSampleProvinceUnderPointsBranchReadsBackEqual() {
        Report back = assertRoundTrip(pointsBranch);
        // Every number of a trace is a decimal, whole ones of scale 0, so nothing depends on a Java type.
        assertTrue(steps(back).stream().allMatch(step -> step.figures().values().stream()
                .noneMatch(value -> value instanceof Long)), "no Long figures");
        assertTrue(steps(back).stream().anyMatch(step -> step.step().equals("occurrences")
                && step.figures().get("occurrences") instanceof BigDecimal), "occurrences: BigDecimal");
    }

    @Test
    void everyKindOfFigureAndEveryNullableFieldKeepsItsType() {
        TraceStep figures = TraceStep.of("count", "en", "中文")
                .with("occurrences", new BigDecimal("3"))
                .with("per", new BigDecimal("0.50"))
                .with("points", new BigDecimal("1.500"))
                .with("negative", new BigDecimal("-2.25"))
                .with("done", true)
                .with("combine", "sum")
                .with("records", List.of("e1", "e2"))
                .with("none", List.of())
                .with("empty", "");
        TraceStep whole = TraceStep.of("occurrences", "2 × 1", "2 次").with("occurrences", 2L).with("per", BigDecimal.ONE);
        TraceStep ranked = TraceStep.of("rank", "rank 2 of 3", "第 2 名").with("rank", 2L).with("of", 3L);
        TraceStep moved = TraceStep.of("movement", "moved down", "下降").with("movement", -4L);
        Scorecard card = new Scorecard("b1", "branch", new BigDecimal("91.50"), Optional.empty(), true,
                List.of(new VetoHit("v", "cap-grade", "held", "成立", List.of("e3"))), false, new BigDecimal("90.00"),
                new BigDecimal("1.50"), new BigDecimal("0.00"),
                List.of(new AdjustmentScore("a", "indicator:i", "bonus", new BigDecimal("1.50"), 2, List.of("e4", "e5"),
                        List.of(TraceStep.of("cases", "2 cases", "2 起").with("records", 2L).with("cases", 2L)))),
                List.of(new DimensionScore("d", Optional.of(new BigDecimal("90.00")), Optional.empty(), false),
                        new DimensionScore("x", Optional.empty(), Optional.of(new BigDecimal("10")), true)),
                List.of(new IndicatorScore("i", "d", Optional.empty(), Optional.of(new BigDecimal("5.0")), true)),
                List.of(new ItemScore("t", "i", Optional.of(new BigDecimal("4.00")), Optional.empty(),
                        Optional.of(new BigDecimal("5.00")), true, false, "count", List.of("e1", "e2"),
                        List.of(figures, whole))),
                List.of(new PartScore("p", new BigDecimal("0.6"), new BigDecimal("90.00"), BigDecimal.ZERO,
                        new BigDecimal("90.00"))),
                List.of(new Difference("t", new BigDecimal("5.00"), new BigDecimal("4.00"), new BigDecimal("1.00"))),
                new BigDecimal("1.00"), List.of(TraceStep.of("grade", "no grade", "不评定等次")));
        Report report = new Report("f00d", "mini", "1",
                List.of(new DerivedMaximum("dimension", "d", "mini", new BigDecimal("1.5"), new BigDecimal("3"),
                        new BigDecimal("100"), new BigDecimal("50.00"), "largest-remainder")),
                "2025-Q3", LocalDate.of(2025, 9, 30), List.of(card),
                List.of(new RollupScore("b1", "period", "annual", "2025", Optional.of(new BigDecimal("88.25")),
                                Optional.of("good"), true, List.of(new VetoHit("v", "cap-grade", "why", "原因",
                                        List.of("e1"))),
                                List.of(new RollupInput("period", "b1", "2025-Q1", Optional.of(new BigDecimal("90.00")),
                                                Optional.of("excellent"), BigDecimal.ONE, false),
                                        new RollupInput("period", "b1", "2025-Q2", Optional.empty(), Optional.empty(),
                                                new BigDecimal("1.5"), true)),
                                List.of(TraceStep.of("combine", "mean", "平均").with("total", new BigDecimal("88.25")))),
                        new RollupScore("u1", "hierarchy", "unit", "2025-Q3", Optional.empty(), Optional.empty(), false,
                                List.of(), List.of(), List.of())),
                List.of(new Unranked("b2", "unranked.item-failed", "incomplete", "评分不完整")),
                List.of(new Ranking("b1", "g", Optional.of("u1"), new BigDecimal("91.50"), new BigDecimal("91.50"), 2,
                        Optional.of(-4), new BigDecimal("50.00"), Optional.of("good"), List.of("laggard"),
                        List.of(ranked, moved)),
                        new Ranking("b3", "g", Optional.empty(), new BigDecimal("80"), new BigDecimal("80"), 3,
                                Optional.empty(), new BigDecimal("0"), Optional.empty(), List.of(), List.of())),
                List.of(new UnusedRecord("e9", "unused.key-unknown", "unknown key", "未知指标键")),
                List.of(new ItemError("b2", "t", "item.no-evidence", "no evidence", "缺少佐证")));
        Report back = assertRoundTrip(report);
        TraceStep read = back.scorecards().get(0).items().get(0).trace().get(0);
        assertEquals(new BigDecimal("3"), read.figures().get("occurrences"), "a decimal of scale 0 stays a decimal");
        assertEquals(2, ((BigDecimal) read.figures().get("per")).scale(), "0.50 keeps its scale");
        assertEquals(new BigDecimal("-4"), back.rankings().get(0).trace().get(1).figures().get("movement"),
                "a long figure is held, written and read as a decimal of scale 0");
    }

    // ---------------------------------------------------------------- rankings and movement

    @Test
    void aReportReadBackRanksTheNextPeriodAsTheReportItself(@TempDir Path dir) throws IOException {
        Report last = RaceFixture.report2024();
        Path file = dir.resolve("2024.json");
        Files.writeString(file, ReportFormat.write(last), StandardCharsets.UTF_8);
        Report stored = ReportFormat.read(file);
        assertEquals(last, stored);

        Evidence evidence = RaceFixture.evidence(RaceFixture.Y2025, RaceFixture.POINTS_2025);
        Evaluator race = Evaluator.of(RaceFixture.RACE);
        Report expected = race.evaluate(RaceFixture.ORGS, evidence, RaceFixture.Y2025, RaceFixture.Y2025.end(),
                List.of(last));
        Report fromStored = race.evaluate(RaceFixture.ORGS, evidence, RaceFixture.Y2025, RaceFixture.Y2025.end(),
                List.of(stored));
        assertEquals(expected, fromStored);

        Report back = assertRoundTrip(expected);
        Ranking b8 = back.rankings().stream().filter(r -> r.peerGroup().equals("branches")
                && r.subject().equals("b8")).findFirst().orElseThrow();
        assertEquals(List.of("laggard", "warning"), b8.flags());
        assertTrue(back.rankings().stream().anyMatch(r -> r.movement().isPresent()), "movement is read back");
        assertTrue(back.rankings().stream().anyMatch(r -> r.partition().isPresent()), "partitions are read back");
        byte[] bytes = ReportFormat.write(expected).getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, ReportFormat.read(new ByteArrayInputStream(bytes)));
    }

    // ---------------------------------------------------------------- problems

    private static ValidationException refused(String json) {
        return assertThrows(ValidationException.class, () -> ReportFormat.read(json));
    }

    private static final String MALFORMED = """
            {
              "fingerprint": "f00d",
              "scheme": {"id": "mini", "version": 1, "weights": []},
              "period": "2025-Q5",
              "asOf": "2025-13-01",
              "scorecards": [
                {"subject": "b1", "kind": "branch", "total": "90", "grade": null, "vetoed": false, "vetoes": [],
                 "incomplete": false, "base": 90.00, "bonus": 0, "deductions": 0, "adjustments": [],
                 "dimensions": [{"id": "d", "points": null, "maxPoints": 100, "excluded": "no"}],
                 "indicators": [], "items": [],
                 "differences": [{"item": "t", "selfPoints": 5.00, "points": 3.00, "difference": 1.00}],
                 "differenceSum": 1.00, "parts": [],
                 "trace": [{"step": "total", "en": "total", "zh": "总分", "records": ["e1", 2], "note": null}],
                 "colour": "red"}
              ],
              "rollups": [{"subject": "b1", "kind": "tree", "id": "annual", "period": "2025", "total": null,
                           "grade": null, "vetoed": false, "vetoes": [], "inputs": [], "trace": []}],
              "unranked": [],
              "rankings": [
                {"subject": "b1", "peerGroup": "g", "partition": null, "figure": 90, "total": 90, "rank": 0,
                 "movement": 1.5, "percentile": 100, "grade": null, "flags": [], "trace": []}
              ],
              "unused": [{"record": "e9", "code": "unused.key-unknown", "reason": "unknown key"}],
              "errors": []
            }
            """;

    @Test
    void aMalformedReportGivesEveryProblemAtOnceWithItsPath() {
        ValidationException e = refused(MALFORMED);
        assertEquals(List.of(
                "$.scheme.version: must be a string, but was a number",
                "$.period: '2025-Q5' is not a period such as 2025, 2025-H1, 2025-Q3, 2025-07 or 2024..2026",
                "$.asOf: '2025-13-01' is not a date such as 2025-12-31",
                "$.scorecards[0].colour: unknown property 'colour'; expected one of: subject, kind, total, grade, "
                        + "vetoed, vetoes, incomplete, base, bonus, deductions, adjustments, dimensions, indicators, "
                        + "items, differences, differenceSum, parts, trace",
                "$.scorecards[0].total: must be a number, but was a string",
                "$.scorecards[0].dimensions[0].excluded: must be a boolean, but was a string",
                "$.scorecards[0].differences[0].difference: must be selfPoints − points = 2.00, but was 1.00",
                "$.scorecards[0].trace[0].records[1]: must be a string, but was a number",
                "$.scorecards[0].trace[0].note: must be a number, a string, a boolean or an array of strings, "
                        + "but was null",
                "$.rollups[0].kind: unknown roll-up kind 'tree'; expected one of: period, hierarchy",
                "$.rankings[0].rank: must be a whole number from 1 to 2147483647, but was 0",
                "$.rankings[0].movement: must be a whole number from -2147483648 to 2147483647, but was 1.5",
                "$.unused[0].reasonZh: required property is missing"), e.lines(Language.EN));
        assertEquals(List.of(
                "$.scheme.version: 应为字符串，实际为数字",
                "$.period: '2025-Q5' 不是有效的期间（例如 2025、2025-H1、2025-Q3、2025-07、2024..2026）",
                "$.asOf: '2025-13-01' 不是有效的日期（例如 2025-12-31）"), e.lines(Language.ZH).subList(0, 3));
        assertEquals("$.scorecards[0].differences[0].difference: 须等于 selfPoints − points = 2.00，实际为 1.00",
                e.lines(Language.ZH).get(6));
        assertEquals("$.rollups[0].kind: 未知的汇总方式 'tree'；可选值：period, hierarchy", e.lines(Language.ZH).get(9));
        assertEquals(List.of("date.invalid", "report.difference", "value.unknown"), List.of(
                e.violations().get(2).code(), e.violations().get(6).code(), e.violations().get(9).code()));
    }

    @Test
    void missingSectionsAndBrokenJsonAreReported() {
        assertEquals(List.of(
                "$.scheme: required property is missing",
                "$.asOf: required property is missing",
                "$.scorecards: must be an array, but was an object",
                "$.rollups: required property is missing",
                "$.unranked: required property is missing",
                "$.rankings: required property is missing",
                "$.unused: required property is missing",
                "$.errors: required property is missing"),
                refused("{\"fingerprint\": \"f\", \"period\": \"2025\", \"scorecards\": {}}").lines(Language.EN));
        assertEquals(List.of("$: must be an object, but was an array"), refused("[]").lines(Language.EN));
        ValidationException broken = refused("{\"fingerprint\": \"f\",");
        assertEquals("syntax.malformed", broken.violations().get(0).code());
        String written = ReportFormat.write(new Report("f", "s", "1", List.of(), "2025", YEAR.end(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of()));
        assertEquals(List.of(), ReportFormat.read(written).scorecards());
        assertEquals("syntax.duplicate-key", refused(written.replaceFirst("\"period\"", "\"asOf\": \"2025-12-31\",\n"
                + "  \"period\"")).violations().get(0).code());
    }

    @Test
    void rollupsReadBackCheckedRepeatsAndRolesIncluded() {
        RollupScore annual = new RollupScore("b1", "period", "annual", "2025", Optional.of(new BigDecimal("80.00")),
                Optional.of("good"), false, List.of(), List.of(new RollupInput("period", "b1", "2025-Q4",
                        Optional.of(new BigDecimal("80.00")), Optional.of("good"), BigDecimal.ONE, false)), List.of());
        String written = ReportFormat.write(new Report("f", "s", "1", List.of(), "2025-Q4", YEAR.end(), List.of(),
                List.of(annual, annual), List.of(), List.of(), List.of(), List.of()));
        ValidationException e = refused(written.replaceFirst("\"role\": \"period\"", "\"role\": \"parent\"")
                .replaceFirst("\"period\": \"2025-Q4\",\n *\"total\"", "\"period\": \"Q4\", \"total\""));
        assertEquals(List.of(
                "$.rollups[0].inputs[0].role: unknown roll-up input role 'parent'; expected one of: period, own, child",
                "$.rollups[0].inputs[0].period: 'Q4' is not a period such as 2025, 2025-H1, 2025-Q3, 2025-07 or "
                        + "2024..2026",
                "$.rollups[1]: roll-up 'annual' of 'b1' is already at $.rollups[0]"), e.lines(Language.EN));
        assertEquals("$.rollups[1]: 'b1' 的汇总 'annual' 已在 $.rollups[0] 出现", e.lines(Language.ZH).get(2));
    }
}
