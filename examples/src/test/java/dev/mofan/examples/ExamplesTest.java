package dev.mofan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schema.JsonSchemas;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs every example and checks what it prints, so the examples never rot. */
class ExamplesTest {

    @Test
    void embedScoringExplainsTheBestUnit() throws Exception {
        List<String> lines = run(() -> EmbedScoring.main(new String[0]));
        // The sample province and its evidence are generated from fixed seeds, so the figures are fixed.
        assertEquals(List.of("2931 scorecards, 1 item errors", "u099：总分 86.03，等次 良好", "失分的评价内容："),
                lines.subList(0, 3));
        assertTrue(lines.contains("  - group-study 党组（党委）理论学习中心组学习：12次及以上4分，8–11次3分，4–7次1.5分: "
                + "3.00 / 4.00。11 达到 ≥ 8 档：得 3 分"), lines.toString());
    }

    @Test
    void totalsFromColumnsScoresTheProvinceAndExplainsTheBest() throws Exception {
        List<String> lines = run(() -> TotalsFromColumns.main(new String[0]));
        // Branches with self-assessed records keep them (columns hold reviewed values) and are scored from them.
        assertEquals(List.of("scored from columns alone: true",
                "2830 subjects, 354 kept as records, grades {excellent=999, good=1078, qualified=642, fail=111}",
                "best: u049-r1 133.50 excellent", "u049-r1：总分 133.50，等次 优秀", "失分的评价内容："), lines.subList(0, 5));
        // The same grade counts as a full evaluation of the same evidence.
        Scheme scheme = BundledSchemes.get("points-branch");
        OrgDirectory province = SampleProvince.generate();
        Report report = Evaluator.of(scheme).evaluate(province, SampleEvidence.generate(scheme, province,
                Period.year(2025)), Period.year(2025));
        Map<String, Long> grades = report.scorecards().stream().filter(c -> c.grade().isPresent())
                .collect(Collectors.groupingBy(c -> c.grade().get(), Collectors.counting()));
        assertEquals(Map.of("excellent", 999L, "good", 1078L, "qualified", 642L, "fail", 111L), grades);
    }

    @Test
    void embedOrgsWalksTheCity() throws Exception {
        assertEquals(List.of(
                "示范市直属机关工委: 10 orgs",
                "archives-b1  市档案馆       depth 3, 1 members, secretary p007",
                "finance-b1   市财政局       depth 4, 3 members, secretary p001",
                "finance-b2   市财政局       depth 4, 2 members, secretary p004",
                "finance-r1   市财政局       depth 4, 1 members, secretary p006",
                "path of finance-b2: [city-wc, finance, finance-pg, finance-oc, finance-b2]"),
                run(() -> EmbedOrgs.main(new String[0])));
    }

    @Test
    void reportProblemsListsEveryProblemInChinese() throws Exception {
        assertEquals(List.of(
                "4 problems:",
                "$.orgs[2].parent  [org.parent.unknown]  上级组织 'financ' 不存在",
                "$.orgs[3].colour  [property.unknown]  未知字段 'colour'；可用字段：id, kind, parent, name, branchType, tags",
                "$.orgs[4].kind  [value.unknown]  未知的组织类型 'brnach'；可选值：working-committee, unit, party-group, "
                        + "organ-committee, general-branch, branch, party-cell",
                "$.members[1].role  [member.secretary.second]  党支部 'finance-b1' 已有书记：$.members[0] 处的 'p001'"),
                run(() -> ReportProblems.main(new String[0])));
    }

    @Test
    void scoreBranchesUsesAPlugInRuleAndExplains() throws Exception {
        List<String> lines = run(() -> ScoreBranches.main(new String[0]));
        // Branches in tree order (children by id). archives-b1: 1 meeting reaches no tier, no lecture: 0.00 → weak.
        // finance-b1: 3 of 4 lectures → 4 × 3/4 = 3.00; 4 meetings → 6; one late report −0.50: 8.50 → good.
        // finance-b2: 4 lectures → 4.00; 2 meetings → 3; 7.00 → fair. finance-r1: nothing → 0.00 → weak.
        assertEquals(List.of(
                "archives-b1    0.00  weak",
                "finance-b1     8.50  good",
                "finance-b2     7.00  fair",
                "finance-r1     0.00  weak",
                "unused e9: unknown subject 'archives-b2'",
                "finance-b1：总分 8.50，等次 好"), lines.subList(0, 6));
        assertTrue(lines.contains("  - lectures 党课每季度一次: 3.00 / 4.00。完成 3 / 4 → 3"), lines.toString());
    }

    @Test
    void thePlugInRuleDescribesItsParametersInTheSchemesJsonSchema() throws Exception {
        // at-least is found by the service loader, so the schema a front-end gets checks its params.
        JsonNode rule = new ObjectMapper().readTree(JsonSchemas.ofDefaults().scheme()).get("$defs").get("rule");
        assertTrue(rule.at("/properties/id/enum").toString().contains("\"at-least\""), rule.toString());
        JsonNode atLeast = null;
        for (JsonNode when : rule.get("allOf")) {
            if (when.at("/if/properties/id/const").asText().equals("at-least")) {
                atLeast = when.at("/then/properties/params");
            }
        }
        assertEquals("[\"target\"]", String.valueOf(atLeast.get("required")));
        assertEquals(0, atLeast.at("/properties/target/exclusiveMinimum").asInt());
    }

    private interface Example {
        void run() throws Exception;
    }

    private static List<String> run(Example example) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
