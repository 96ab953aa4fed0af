package dev.mofan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.campaign.CampaignRound;
import dev.mofan.core.campaign.CampaignRun;
import dev.mofan.core.designation.FinalGrades;
import dev.mofan.core.designation.ReviewAction;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.designation.Register;
import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.Designation;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import dev.mofan.model.text.Language;
import dev.mofan.testkit.FullMarks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Each bundled scenario run end to end, as the demo runs it but on a small province: ten units
 * u01–u10, each with two branches (-b1, -b2) and a division (-d1) on its first branch. Every
 * subject starts from full marks ({@link FullMarks}: 100.00 in every bundled scheme); the worked
 * cases take points away with circulated criticisms (通报批评, a scheme-level deduction) or add a
 * serious discipline case (a veto). Quotas are counted on ten units: floor(0.2 × 10) = 2 excellent
 * and floor(0.5 × 10) = 5 good in the unit races; members tied at a cut move down together.
 */
class ScenarioTest {

    private static final OrgDirectory ORGS = small();

    private static OrgDirectory small() {
        StringBuilder yaml = new StringBuilder("orgs:\n  - {id: wc, kind: working-committee}\n");
        StringBuilder divisions = new StringBuilder("divisions:\n");
        for (int u = 1; u <= 10; u++) {
            String unit = String.format("u%02d", u);
            yaml.append("  - {id: ").append(unit).append(", kind: unit, parent: wc}\n");
            yaml.append("  - {id: ").append(unit).append("-b1, kind: branch, parent: ").append(unit).append("}\n");
            yaml.append("  - {id: ").append(unit).append("-b2, kind: branch, parent: ").append(unit).append("}\n");
            divisions.append("  - {id: ").append(unit).append("-d1, unit: ").append(unit).append(", branches: [")
                    .append(unit).append("-b1]}\n");
        }
        return OrgDirectoryFormat.ofDefaults().read(yaml.append(divisions).toString(), Syntax.YAML);
    }

    private static final List<String> OTHER_UNITS = List.of("u03", "u04", "u05", "u06", "u07", "u08", "u09", "u10");

    /**
     * Full marks for every subject {@code scheme} assesses, then {@code n} criticisms for each
     * subject of {@code criticisms} and a serious discipline case for each of {@code vetoed}.
     */
    private static Evidence evidence(Scheme scheme, Period period, Map<String, Integer> criticisms, Set<String> vetoed) {
        List<EvidenceRecord> records = new ArrayList<>(FullMarks.of(scheme, ORGS, period));
        criticisms.forEach((subject, n) -> {
            if (assessed(scheme, subject)) {
                for (int i = 1; i <= n; i++) {
                    records.add(EvidenceRecord.of(subject + ":criticism:" + i, subject, "criticism-notice", period,
                            Value.of(1)));
                }
            }
        });
        for (String subject : vetoed) {
            if (assessed(scheme, subject)) {
                records.add(EvidenceRecord.of(subject + ":case", subject, "serious-discipline-case", period, Value.of(1))
                        .withCaseId(subject + "-case"));
            }
        }
        return Evidence.of(records);
    }

    private static boolean assessed(Scheme scheme, String subject) {
        String kind = subject.contains("-b") ? "branch" : subject.contains("-d") ? "division" : "unit";
        return scheme.subjects().contains(kind);
    }

    private static Map<String, Integer> each(List<String> subjects, int n) {
        Map<String, Integer> map = new HashMap<>();
        subjects.forEach(s -> map.put(s, n));
        return map;
    }

    private static CampaignRun run(String id, BiFunction<Scheme, Period, Evidence> evidence) {
        Scenario scenario = Scenario.find(id).orElseThrow();
        return scenario.campaign().run(ORGS, scenario.periods(), evidence::apply, Register.EMPTY);
    }

    // ------------------------------------------------------------------ Henan 三个氛围

    /**
     * Henan, 2024–2026. u01 has full marks every year: 100.00, 优秀 each year, so 创建先进单位 each
     * year (named 2024, retained 2025 and 2026), and in 2026 the three-year overall assessment
     * (三年一总评) is 100.00 优秀 and the committee names it 模范机关. u03–u10 have 3 criticisms
     * every year (−3: 97.00): eight tied below the excellent cut; the tie group of eight is more than
     * the good quota of 5, so all eight move down to 合格. u02 has full marks in 2024 (tied with u01
     * at 100.00: two fit the excellent quota of 2, 优秀, named) and 3 criticisms in 2025: 97.00, tied
     * with the eight others, so 合格 after the quotas — below 良好, revoked (退出) at the 2025 review. In
     * 2026 it is back at 100.00 and 优秀: a closed entry is followed by a new one in the next period,
     * named again. Its overall: (100 + 97 + 100) / 3 = 99.00, 优秀 twice and never below 合格: 优秀.
     */
    @Test
    void henan() {
        CampaignRun run = run("henan", (scheme, period) -> {
            Map<String, Integer> criticised = each(OTHER_UNITS, 3);
            if (period.equals(Period.year(2025))) {
                criticised.put("u02", 3);
            }
            return evidence(scheme, period, criticised, Set.of());
        });
        Scheme scheme = Scenario.find("henan").orElseThrow().campaign().schemes().get(0);
        for (CampaignRound round : run.rounds()) {
            Report report = round.report("three-atmospheres");
            assertEquals(new BigDecimal("100.00"), card(report, "u01").total());
            assertEquals(Optional.of("excellent"), FinalGrades.of(scheme, report).get("u01"));
            assertEquals(new BigDecimal("97.00"), card(report, "u03").total());
            assertEquals(Optional.of("qualified"), FinalGrades.of(scheme, report).get("u03"));
            invariants(scheme, report);
        }
        CampaignRound y2025 = run.rounds().get(1);
        assertEquals(new BigDecimal("97.00"), card(y2025.report("three-atmospheres"), "u02").total());
        ReviewAction revoked = action(y2025, "u02", "advanced-unit", RegisterAction.REVOKE);
        List<String> why = revoked.reasons().stream().map(l -> l.text(Language.EN)).toList();
        assertTrue(why.contains("  ✓ final grade below good in at least 1 of the last 1 (1: 2025 qualified)"),
                why.toString());
        action(run.rounds().get(0), "u01", "advanced-unit", RegisterAction.NAME);
        action(y2025, "u01", "advanced-unit", RegisterAction.RETAIN);
        CampaignRound y2026 = run.last();
        action(y2026, "u02", "advanced-unit", RegisterAction.NAME);
        RollupScore overall01 = rollup(y2026.report("three-atmospheres"), "overall", "u01");
        assertEquals(Optional.of(new BigDecimal("100.00")), overall01.total());
        assertEquals(Optional.of("excellent"), overall01.grade());
        RollupScore overall02 = rollup(y2026.report("three-atmospheres"), "overall", "u02");
        assertEquals(Optional.of(new BigDecimal("99.00")), overall02.total());
        assertEquals(Optional.of("excellent"), overall02.grade());
        assertEquals("2024..2026", overall02.period());
        action(y2026, "u01", "model-organ", RegisterAction.NOMINATE);
        ReviewAction named = action(y2026, "u01", "model-organ", RegisterAction.NAME);
        assertEquals("named by the committee (all 2 candidates)", named.reasons().get(0).text(Language.EN));
        assertEquals(RegisterState.NAMED, run.register().open("u01", "model-organ").orElseThrow().state());
        // No branch is named: all twenty tie at 100.00, more than the quotas of 3 and 9, so all are 合格.
        assertTrue(run.register().entries().stream().noneMatch(e -> e.kind().equals("advanced-branch")));
    }

    // ------------------------------------------------------------------ Gansu 五型模范机关

    /**
     * Gansu, 2024–2026: four-strong-branch, then five-type-organ (whose 模范机关 reads the
     * four-strong register), then model-division. The branches of u01 and u03 have full marks, every
     * other branch 2 circulated criticisms (四强 scheme: −2 each, 96.00): the four at 100.00 fill the
     * 四强 quota floor(0.2 × 20) = 4 exactly and are named at once. In 2025 u03-b1 has a serious
     * discipline case: its total stays 100.00 (no item reads it) but the veto caps it at 合格, and the
     * review revokes its naming (退出); in 2026 it is back at 100.00, 四强, and named anew.
     * Units: u01 and u02 have full marks (100.00, 优秀 three years running, no veto), u03–u10 three
     * criticisms (97.00, 合格 after the quotas). In 2026 u01, with 2 of 2 branches 四强 (≥ 30%), is
     * the only candidate for 模范机关 and the committee names it ("1st of 1 … at most 50"); u02, with
     * 0 of 2, is not proposed. Divisions: u01-d1 100.00, the others one criticism (model-division:
     * −2, 98.00); only u01-d1 fits the excellent quota floor(0.15 × 10) = 1, is 优秀 in 2024 and 2025
     * and is named 标兵处室 by the committee in 2025.
     */
    @Test
    void gansu() {
        List<String> otherBranches = new ArrayList<>(List.of("u02-b1", "u02-b2"));
        OTHER_UNITS.stream().filter(u -> !u.equals("u03")).forEach(u -> otherBranches.addAll(List.of(u + "-b1", u + "-b2")));
        List<String> otherDivisions = new ArrayList<>(OTHER_UNITS.stream().map(u -> u + "-d1").toList());
        otherDivisions.add("u02-d1");
        CampaignRun run = run("gansu", (scheme, period) -> {
            Map<String, Integer> criticised = each(OTHER_UNITS, 3);
            criticised.putAll(each(otherBranches, 2));
            criticised.putAll(each(otherDivisions, 1));
            return evidence(scheme, period, criticised,
                    period.equals(Period.year(2025)) ? Set.of("u03-b1") : Set.of());
        });
        Map<String, Scheme> schemes = new HashMap<>();
        Scenario.find("gansu").orElseThrow().campaign().schemes().forEach(s -> schemes.put(s.id(), s));
        for (CampaignRound round : run.rounds()) {
            for (Report report : round.reports()) {
                invariants(schemes.get(report.schemeId()), report);
            }
            Report fiveType = round.report("five-type-organ");
            assertEquals(new BigDecimal("100.00"), card(fiveType, "u01").total());
            assertEquals(Optional.of("excellent"), FinalGrades.of(schemes.get("five-type-organ"), fiveType).get("u01"));
            assertEquals(Optional.of("excellent"), FinalGrades.of(schemes.get("five-type-organ"), fiveType).get("u02"));
            assertEquals(new BigDecimal("97.00"), card(fiveType, "u05").total());
            assertEquals(new BigDecimal("96.00"), card(round.report("four-strong-branch"), "u02-b1").total());
        }
        action(run.rounds().get(0), "u01-b1", "four-strong-branch", RegisterAction.NAME);
        action(run.rounds().get(0), "u03-b1", "four-strong-branch", RegisterAction.NAME);
        CampaignRound y2025 = run.rounds().get(1);
        Scorecard vetoed = card(y2025.report("four-strong-branch"), "u03-b1");
        assertEquals(new BigDecimal("100.00"), vetoed.total());
        assertEquals(Optional.of("qualified"), vetoed.grade());
        ReviewAction revoked = action(y2025, "u03-b1", "four-strong-branch", RegisterAction.REVOKE);
        assertTrue(revoked.reasons().stream().anyMatch(l -> l.text(Language.EN).startsWith("  ✓ vetoed (any)")),
                revoked.reasons().toString());
        ReviewAction division = action(y2025, "u01-d1", "model-division", RegisterAction.NAME);
        assertEquals("named by the committee: 1st of 1 candidates by total (100.00), at most 25",
                division.reasons().get(0).text(Language.EN));
        CampaignRound y2026 = run.last();
        action(y2026, "u03-b1", "four-strong-branch", RegisterAction.NAME);
        assertEquals("named by the committee: 1st of 1 candidates by total (100.00), at most 50",
                action(y2026, "u01", "model-organ", RegisterAction.NAME).reasons().get(0).text(Language.EN));
        assertTrue(y2026.actions().stream().noneMatch(a -> a.kind().equals("model-organ") && !a.subject().equals("u01")),
                "u02 has no 四强 branch and is not proposed");
        // Before 2026 no unit has three years: no model organ.
        assertTrue(run.rounds().get(1).actions().stream().noneMatch(a -> a.kind().equals("model-organ")));
    }

    // ------------------------------------------------------------------ Quzhou 指数考评

    /**
     * Quzhou, 2024-Q1 to 2026-Q4, units only. u01 and u02 full marks (100.00); u03–u09 2 criticisms
     * (−0.5 each: 99.00); u10 4 criticisms (98.00), alone at the bottom. The race's leaders are the
     * first floor(0.1 × 10) = 1 place: u01 and u02, tied; its laggard is u10 alone. So u10 is
     * 落后 every quarter: warned (laggard-warning) from the second quarter on and called in
     * (laggard-interview) from the third; u01 is commended (leader-commendation) from the second.
     * u01 and u02 are 优秀 (tied, two fit the quota of 2) and become 领跑标杆 (pacesetter, automatic)
     * at 2024-Q3, the third 优秀 quarter. In 2025-Q1 u02 has a serious discipline case: 100.00 but
     * capped at 不合格, and its naming is revoked. The annual index of 2024 (mean of four quarters)
     * is 100.00 for u01 and 98.00 for u10.
     */
    @Test
    void quzhou() {
        Map<String, Integer> criticised = each(OTHER_UNITS.subList(0, 7), 2);
        criticised.put("u10", 4);
        CampaignRun run = run("quzhou", (scheme, period) -> evidence(scheme, period, criticised,
                period.equals(Period.parse("2025-Q1")) ? Set.of("u02") : Set.of()));
        assertEquals(12, run.rounds().size());
        Scheme scheme = Scenario.find("quzhou").orElseThrow().campaign().schemes().get(0);
        for (int q = 0; q < 12; q++) {
            Report report = run.rounds().get(q).report("quzhou-index");
            invariants(scheme, report);
            assertEquals(new BigDecimal("98.00"), card(report, "u10").total());
            Ranking u10 = ranking(report, "race", "u10");
            assertEquals(10, u10.rank());
            assertEquals(q >= 1, u10.flags().contains("laggard-warning"), u10.flags() + " in " + report.period());
            assertEquals(q >= 2, u10.flags().contains("laggard-interview"), u10.flags() + " in " + report.period());
            assertEquals(q >= 1, ranking(report, "race", "u01").flags().contains("leader-commendation"));
        }
        action(run.rounds().get(2), "u01", "pacesetter", RegisterAction.NAME);
        action(run.rounds().get(2), "u02", "pacesetter", RegisterAction.NAME);
        CampaignRound q2025 = run.rounds().get(4);
        Scorecard vetoed = card(q2025.report("quzhou-index"), "u02");
        assertEquals(new BigDecimal("100.00"), vetoed.total());
        assertEquals(Optional.of("fail"), vetoed.grade());
        action(q2025, "u02", "pacesetter", RegisterAction.REVOKE);
        Report q4 = run.rounds().get(3).report("quzhou-index");
        assertEquals(Optional.of(new BigDecimal("100.00")), rollup(q4, "annual", "u01").total());
        assertEquals(Optional.of(new BigDecimal("98.00")), rollup(q4, "annual", "u10").total());
        assertEquals(new BigDecimal("100.00"), card(q2025.report("quzhou-index"), "u01").total());
    }

    // ------------------------------------------------------------------ invariants

    /**
     * Every scenario report: no record unused but the ones a scheme does not read, no item error;
     * ranks are competition ranks of the figures; no band holds more than its quota; a subject
     * vetoed with a grade cap never ends above it.
     */
    private static void invariants(Scheme scheme, Report report) {
        assertEquals(List.of(), report.errors(), report.schemeId() + " " + report.period());
        for (PeerGroup group : scheme.peerGroups()) {
            List<Ranking> rows = report.rankings().stream().filter(r -> r.peerGroup().equals(group.id())).toList();
            for (Ranking row : rows) {
                List<Ranking> rivals = rows.stream().filter(o -> o != row && o.partition().equals(row.partition()))
                        .toList();
                long ahead = rivals.stream().filter(o -> o.figure().compareTo(row.figure()) > 0).count();
                long notBehind = rivals.stream().filter(o -> o.figure().compareTo(row.figure()) >= 0).count();
                // Competition ranking: behind every better figure, ahead of every worse one; equal
                // figures are ordered by the tie-breaks, or share the rank without any.
                assertTrue(row.rank() >= 1 + ahead && row.rank() <= 1 + notBehind, row.toString());
                if (group.tieBreak().isEmpty()) {
                    assertEquals(1 + ahead, row.rank(), row.toString());
                }
            }
            for (PeerGroup.Quota quota : group.quotas()) {
                long held = rows.stream().filter(r -> r.grade().equals(Optional.of(quota.grade()))).count();
                long allowed = quota.share().multiply(BigDecimal.valueOf(rows.size())).setScale(0, RoundingMode.FLOOR)
                        .longValueExact();
                assertTrue(held <= allowed, group.id() + " " + quota.grade() + " " + held + " > " + allowed);
            }
        }
        Map<String, Optional<String>> finals = FinalGrades.of(scheme, report);
        for (Scorecard card : report.scorecards()) {
            for (VetoHit hit : card.vetoes()) {
                Veto veto = scheme.vetoes().stream().filter(v -> v.id().equals(hit.id())).findFirst().orElseThrow();
                switch (veto.effect()) {
                    case ZERO -> assertEquals(0, card.total().signum(), card.subject());
                    case CAP_GRADE -> {
                        int cap = scheme.grades().indexOf(scheme.grade(veto.grade().orElseThrow()).orElseThrow());
                        String end = finals.get(card.subject()).orElseThrow();
                        assertTrue(scheme.grades().indexOf(scheme.grade(end).orElseThrow()) >= cap,
                                card.subject() + " ends " + end + " above the cap " + veto.grade().get());
                    }
                    default -> { }
                }
            }
        }
    }

    private static Scorecard card(Report report, String subject) {
        return report.scorecards().stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static Ranking ranking(Report report, String group, String subject) {
        return report.rankings().stream().filter(r -> r.peerGroup().equals(group) && r.subject().equals(subject))
                .findFirst().orElseThrow();
    }

    private static RollupScore rollup(Report report, String id, String subject) {
        return report.rollups().stream().filter(r -> r.id().equals(id) && r.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " of " + subject + " in " + report.period()));
    }

    private static ReviewAction action(CampaignRound round, String subject, String kind, RegisterAction action) {
        return round.actions().stream().filter(a -> a.subject().equals(subject) && a.kind().equals(kind)
                && a.action() == action).findFirst().orElseThrow(() -> new AssertionError("no " + action.id() + " of "
                        + kind + " for " + subject + " in " + round.period().text() + ": " + round.actions().stream()
                                .filter(a -> a.subject().equals(subject)).map(a -> a.kind() + ":" + a.action().id())
                                .toList()));
    }

    @Test
    void everyBundledScenarioNamesBundledSchemesAndCatalogues() {
        assertEquals(List.of("gansu", "henan", "quzhou"), Scenario.ids());
        for (Scenario scenario : Scenario.all()) {
            assertFalse(scenario.periods().isEmpty());
            assertTrue(scenario.schemes().contains(scenario.show()), scenario.id());
            List<Scheme> schemes = scenario.campaign().schemes();
            // Every limit names a designation the committee names in this scenario: a misspelt id
            // would silently name every candidate.
            for (String limited : scenario.committee().keySet()) {
                assertTrue(schemes.stream().flatMap(s -> s.designations().stream())
                        .anyMatch(r -> r.id().equals(limited) && r instanceof Designation d
                                && d.naming() == Designation.Naming.MANUAL), scenario.id() + ": " + limited);
            }
            scenario.catalogues().forEach(BundledTaskCatalogues::get);
        }
    }
}
