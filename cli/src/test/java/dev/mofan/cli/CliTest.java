package dev.mofan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.rules.CountRule;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.schema.JsonSchemas;
import dev.mofan.model.evidence.EvidenceRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

class CliTest {

    @TempDir
    Path dir;

    @Test
    void sampleWritesAFileThatValidates() {
        Path file = dir.resolve("province.json");
        Run sample = run("sample", "--orgs", file.toString());
        assertEquals(0, sample.code);
        assertTrue(sample.out.startsWith("wrote " + file + ": 5957 orgs, 52270 members, 2337 divisions, 65 links"), sample.out);
        Run validate = run("validate", "--orgs", file.toString());
        assertEquals(0, validate.code);
        assertEquals("valid: 5957 orgs\n", validate.out);
    }

    @Test
    void sampleWritesYamlWhenAskedByTheName() throws IOException {
        Path file = dir.resolve("province.yaml");
        assertEquals(0, run("sample", "--orgs", file.toString()).code);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("orgs:\n  - id: wc\n"));
        assertEquals("valid: 5957 orgs\n", run("validate", "--orgs", file.toString()).out);
    }

    @Test
    void validateReportsEveryProblemWithItsPathAndExitsTwo() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"orgs": [
                  {"id": "wc", "kind": "working-committee"},
                  {"id": "u1", "kind": "unit", "parent": "d-17"},
                  {"id": "u2", "kind": "galaxy", "parent": "wc"}
                ]}
                """, StandardCharsets.UTF_8);
        Run en = run("validate", "--orgs", file.toString());
        assertEquals(2, en.code);
        assertEquals(List.of(
                "$.orgs[1].parent: unknown org 'd-17'",
                "$.orgs[2].kind: unknown org kind 'galaxy'; expected one of: working-committee, unit, party-group, "
                        + "organ-committee, general-branch, branch, party-cell"), en.lines());
        Run zh = run("validate", "--orgs", file.toString(), "--lang", "zh");
        assertEquals(2, zh.code);
        assertEquals("$.orgs[1].parent: 上级组织 'd-17' 不存在", zh.lines().get(0));
        assertEquals(2, run("validate", "--orgs", file.toString(), "--lang", "ZH").code);
    }

    @Test
    void aMissingFileIsInvalidInput() {
        Run run = run("validate", "--orgs", dir.resolve("none.json").toString());
        assertEquals(2, run.code);
        assertEquals("$: cannot read '" + dir.resolve("none.json") + "': no such file or directory\n", run.out);
        Run zh = run("validate", "--orgs", dir.resolve("none.json").toString(), "--lang", "zh");
        assertEquals("$: 无法读取 '" + dir.resolve("none.json") + "'：文件或目录不存在\n", zh.out);
    }

    @Test
    void anUnwritableTargetIsInvalidInput() {
        Path file = dir.resolve("no/such/dir/province.json");
        Run run = run("sample", "--orgs", file.toString());
        assertEquals(2, run.code);
        assertTrue(run.out.startsWith("$: cannot write '" + file + "'"), run.out);
        Path orgs = dir.resolve("orgs.json");
        Run directory = run("sample", "--orgs", orgs.toString(), "--evidence", dir.toString());
        assertEquals(2, directory.code);
        assertEquals("$: cannot write '" + dir + "': it is a directory\n", directory.out);
        assertTrue(Files.notExists(orgs), "nothing is written when one of the targets cannot be");
    }

    @Test
    void badOptionsAreInvalidInputWithUsage() {
        Run unknown = run("validate", "--orgs", "x.json", "--orgz");
        assertEquals(2, unknown.code);
        assertTrue(unknown.err.contains("Unknown option: '--orgz'"), unknown.err);
        assertTrue(unknown.err.contains("Possible solutions: --orgs"), unknown.err);
        assertTrue(unknown.err.contains("Try 'mofan validate --help' for more information."), unknown.err);
        assertEquals(2, run("validate").code);
        assertEquals(2, run("validate", "--orgs", "x.json", "--lang", "fr").code);
        assertEquals(2, run("nonsense").code);
        Run validate = run("validate");
        assertEquals("validate needs --orgs FILE / --scheme ID|FILE\n", validate.err);
        Run period = run("sample", "--orgs", dir.resolve("o.json").toString(), "--period", "2024");
        assertEquals(2, period.code, "a period without evidence to write it for is not silently ignored");
        assertEquals("--period needs --evidence FILE\n", period.err);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("sample", "validate", "demo")) {
            Run help = run(command, "--help");
            assertEquals(0, help.code, command);
            assertTrue(help.out.startsWith("Usage: mofan " + command), help.out);
        }
        Run top = run("--help");
        assertEquals(0, top.code);
        assertTrue(top.out.contains("Exit codes:"), top.out);
        assertEquals(0, run("help", "validate").code);
        assertTrue(run().out.startsWith("Usage: mofan"));
        assertTrue(run("--version").out.startsWith("mofan 0.1.0"));
        assertTrue(run("evaluate", "--version").out.startsWith("mofan 0.1.0"), "subcommands know the version");
        assertTrue(run("scheme", "show", "--version").out.startsWith("mofan 0.1.0"));
    }

    @Test
    void demoSummarisesTheSampleProvince() {
        Run demo = run("demo");
        assertEquals(0, demo.code);
        List<String> lines = demo.lines();
        assertTrue(lines.contains("  total                   合计                   5,957"), demo.out);
        assertTrue(lines.contains("Members 党员: 52,270"), demo.out);
        assertTrue(lines.contains("  retired                 离退休干部党支部          98"), demo.out);
        assertTrue(demo.out.contains("read back through the validating loader: 5,957 orgs"), demo.out);
        assertTrue(lines.contains("Race of the units: the first 10"), demo.out);
        assertTrue(lines.contains("Race of the units: the last 5"), demo.out);
        assertTrue(demo.out.contains("rank  move  subject         total    pct     final grade"), demo.out);
        assertTrue(demo.out.contains("leader"), demo.out);
        assertTrue(demo.out.contains("Final grades (after quotas):  Excellent "), demo.out);
        assertTrue(lines.contains("Race of the units with their branches: the first 10"), demo.out);
        assertTrue(demo.out.contains("rank  move  subject         rolled   pct     final grade"), demo.out);
        assertTrue(demo.out.contains("Roll-up explained: unit-with-branches of u"), demo.out);
        assertTrue(demo.out.contains(" (children's mean) = "), demo.out);
        assertTrue(demo.out.contains("Grades:  Excellent "), demo.out);
        assertTrue(demo.out.contains("u001-b22 / theme-practice: rule 'direct' gave 12 points, outside [0, 2]"), demo.out);
        assertTrue(lines.contains("One subject explained (why this total?)"), demo.out);
        assertEquals(demo.out, run("demo").out, "the demo prints the same every time");
        Run zh = run("demo", "--lang", "zh");
        assertTrue(zh.out.contains("一个考评对象的得分说明"), zh.out);
    }

    /** The Quzhou scenario (twelve quarters of units: the quickest of the three) prints every part. */
    @Test
    void demoRunsAScenarioOverManyPeriods() {
        Run quzhou = run("demo", "--scenario", "quzhou");
        assertEquals(0, quzhou.code, quzhou.err);
        String out = quzhou.out;
        assertTrue(out.startsWith("mofan demo · scenario quzhou: "), out);
        assertTrue(out.contains("Periods: 2024-Q1 – 2026-Q4, 12 in all"), out);
        assertTrue(out.contains("  2024-Q1  quzhou-index        Excellent "), out);
        assertTrue(out.contains("  2026-Q4  quzhou-index        Excellent "), out);
        assertTrue(out.contains("(2026-Q4): the first 10"), out);
        assertTrue(out.contains("Streak flag leader-commendation: "), out);
        assertTrue(out.contains("Annual index (mean of the four quarters) (2026): "), out);
        assertTrue(out.contains("Pacesetter organ party organisation (pacesetter): at the end named "), out);
        assertTrue(out.contains("Task catalogue quzhou-organ-tasks: "), out);
        assertTrue(out.contains("13 tasks"), out);
        assertTrue(out.contains("17 tasks"), out);
        assertTrue(out.contains("One scorecard explained ("), out);
        Run zh = run("demo", "--scenario", "quzhou", "--lang", "zh");
        assertTrue(zh.out.contains("逐期结果（最终等次；复查与命名）"), zh.out);
    }

    @Test
    void anUnknownScenarioOrOneWithASchemeIsRefused() {
        Run unknown = run("demo", "--scenario", "hunan");
        assertEquals(2, unknown.code);
        assertEquals("--scenario 'hunan' is not one of gansu, henan, quzhou\n", unknown.err);
        Run both = run("demo", "--scenario", "henan", "--scheme", "five-type-organ");
        assertEquals(2, both.code);
        assertTrue(both.err.startsWith("--scenario cannot be combined with --scheme: "), both.err);
        Run json = run("demo", "--scenario", "henan", "--format", "json");
        assertEquals(2, json.code);
        assertTrue(json.err.startsWith("--scenario cannot be combined with --format: "), json.err);
    }

    @Test
    void rankRanksTheLastReportAgainstTheOnesBefore() throws IOException {
        Path scheme = pointsScheme("race", """
                peerGroups:
                  - {id: all, kinds: [branch], laggards: {count: 1}, quotas: [{grade: excellent, share: 0.5}],
                     streaks: [{flag: warning, when: laggard, periods: 2}]}
                """);
        Path orgs = threeBranches();
        // 2024: a 9, b 8, c 5 → ranks 1, 2, 3; 2025: b 10, a 9.5, c 4 → b up one, a down one, c last twice.
        List<Path> reports = yearlyReports(scheme, orgs, new String[][] {{"9", "8", "5"}, {"9.5", "10", "4"}});
        Run rank = run("rank", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--report",
                reports.get(0).toString(), reports.get(1).toString());
        assertEquals(0, rank.code, rank.out + rank.err);
        List<String> rows = rank.lines().stream().filter(l -> l.matches(" +[0-9].*")).toList();
        // b 10 first (+1), a 9.5 second (−1): excellent may hold floor(0.5 × 3) = 1, so a is good; c last again.
        assertTrue(rows.get(0).matches(" +1 +\\+1 +b +10\\.00 +100\\.00 +excellent.*"), rows.get(0));
        assertTrue(rows.get(1).matches(" +2 +−1 +a +9\\.50 +50\\.00 +good.*"), rows.get(1));
        assertTrue(rows.get(2).matches(" +3 += +c +4\\.00 +0\\.00 +fail +laggard, warning.*"), rows.get(2));
        Run reversed = run("rank", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--report",
                reports.get(1).toString(), reports.get(0).toString());
        assertEquals(2, reversed.code);
        assertTrue(reversed.out.startsWith("$.earlier[0].period: this report is for 2025"), reversed.out);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"fingerprint\": 1}");
        Run bad = run("rank", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--report", broken.toString());
        assertEquals(2, bad.code);
        assertTrue(bad.out.startsWith(broken + ": $.fingerprint: "), "each problem names its file: " + bad.out);
    }

    /**
     * A yearly scheme {@code id} of branches scored on one {@code direct} item of 10 points from the
     * key {@code points}, grades excellent ≥ 9, good ≥ 6, fail, and then {@code more} (roll-ups, peer groups).
     */
    private Path pointsScheme(String id, String more) throws IOException {
        Path scheme = dir.resolve(id + ".yaml");
        Files.writeString(scheme, "id: " + id + "\n" + """
                version: "1"
                period: year
                maxPoints: 10
                subjects: [branch]
                keys: [{id: points, type: points}]
                dimensions:
                  - id: d
                    maxPoints: 10
                    indicators: [{id: i, items: [{id: p, maxPoints: 10, rule: {id: direct}, keys: [points]}]}]
                grades: [{id: excellent, min: 9}, {id: good, min: 6}, {id: fail, min: 0}]
                """ + more);
        return scheme;
    }

    /** An org file of one unit u with three branches a, b and c. */
    private Path threeBranches() throws IOException {
        Path orgs = dir.resolve("orgs.yaml");
        Files.writeString(orgs, "orgs:\n  - {id: wc, kind: working-committee}\n  - {id: u, kind: unit, parent: wc}\n"
                + "  - {id: a, kind: branch, parent: u}\n  - {id: b, kind: branch, parent: u}\n"
                + "  - {id: c, kind: branch, parent: u}\n");
        return orgs;
    }

    /** Evaluates the branches a, b, c of {@code orgs} for 2024, 2025, … with these points; the JSON reports. */
    private List<Path> yearlyReports(Path scheme, Path orgs, String[][] points) throws IOException {
        List<Path> reports = new ArrayList<>();
        for (int y = 0; y < points.length; y++) {
            String year = String.valueOf(2024 + y);
            StringBuilder evidence = new StringBuilder("evidence:\n");
            for (int s = 0; s < 3; s++) {
                evidence.append("  - {id: e").append(s).append(", subject: ").append((char) ('a' + s))
                        .append(", key: points, period: ").append(year).append(", value: ").append(points[y][s])
                        .append("}\n");
            }
            Path file = dir.resolve("e" + year + ".yaml");
            Files.writeString(file, evidence.toString());
            Run report = run("evaluate", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--evidence",
                    file.toString(), "--period", year, "--format", "json");
            assertEquals(0, report.code, report.out);
            Path json = dir.resolve("r" + year + ".json");
            Files.writeString(json, report.out);
            reports.add(json);
        }
        return reports;
    }

    @Test
    void evaluateLeanGivesTheSameFiguresWithoutTracesAndStillExplains() throws IOException {
        Path scheme = pointsScheme("lean", "");
        Path orgs = threeBranches();
        Path evidence = dir.resolve("lean-evidence.yaml");
        Files.writeString(evidence, "evidence:\n  - {id: e1, subject: a, key: points, period: 2025, value: 9.5}\n"
                + "  - {id: e2, subject: b, key: points, period: 2025, value: 7}\n");
        String[] args = {"evaluate", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--evidence",
                evidence.toString(), "--period", "2025"};
        Run traced = run(append(args, "--format", "json"));
        Run lean = run(append(args, "--format", "json", "--lean"));
        assertEquals(0, lean.code, lean.err);
        JsonNode full = new ObjectMapper().readTree(traced.out);
        JsonNode leaner = new ObjectMapper().readTree(lean.out);
        assertEquals(3, leaner.get("scorecards").size());
        for (int i = 0; i < 3; i++) {
            JsonNode card = leaner.get("scorecards").get(i);
            assertEquals(full.get("scorecards").get(i).get("total"), card.get("total"));
            assertEquals(full.get("scorecards").get(i).get("grade"), card.get("grade"));
            assertEquals(0, card.get("trace").size());
            assertFalse(full.get("scorecards").get(i).get("trace").isEmpty());
        }
        // --explain with --lean rebuilds the subject's trace: the same explanation as without --lean.
        Run explainedLean = run(append(args, "--lean", "--explain", "a"));
        Run explained = run(append(args, "--explain", "a"));
        assertEquals(0, explainedLean.code, explainedLean.err);
        assertEquals(explained.out, explainedLean.out);
        assertTrue(explained.out.contains("9.50"), explained.out);
    }

    @Test
    void rankComputesATwoYearRollupFromTheReportsGiven() throws IOException {
        Path scheme = pointsScheme("cycle", """
                rollups:
                  - {id: two-year, kind: period, over: cycle, cycle: 2024..2025, method: mean, missing: fail}
                peerGroups:
                  - {id: overall, kinds: [branch], figure: "rollup:two-year", leaders: {count: 1}}
                """);
        Path orgs = threeBranches();
        // Means of 2024 and 2025: a (9 + 9.5) / 2 = 9.25, b (8 + 10) / 2 = 9.00, c (5 + 4) / 2 = 4.50.
        List<Path> reports = yearlyReports(scheme, orgs, new String[][] {{"9", "8", "5"}, {"9.5", "10", "4"}});
        Run rank = run("rank", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--report",
                reports.get(0).toString(), reports.get(1).toString());
        assertEquals(0, rank.code, rank.out + rank.err);
        assertTrue(rank.out.contains("rank  move  subject         rolled   pct"), rank.out);
        List<String> rows = rank.lines().stream().filter(l -> l.matches(" +[0-9].*")).toList();
        assertTrue(rows.get(0).matches(" +1 +new +a +9\\.25 +100\\.00 +excellent +leader.*"), rows.get(0));
        assertTrue(rows.get(2).matches(" +3 +new +c +4\\.50 +0\\.00 +fail.*"), rows.get(2));
        Run json = run("rank", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--report",
                reports.get(0).toString(), reports.get(1).toString(), "--format", "json");
        assertTrue(json.out.contains("\"id\": \"two-year\""), json.out);
        assertTrue(json.out.contains("\"period\": \"2024..2025\""), json.out);
        // Only the 2025 report: 2024 is missing, and missing: fail leaves every branch unranked.
        Run alone = run("rank", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--report",
                reports.get(1).toString(), "--format", "json");
        assertEquals(0, alone.code, alone.out + alone.err);
        assertTrue(alone.out.contains("\"code\": \"unranked.rollup-missing\""), alone.out);
    }

    @Test
    void tasksAreListedAndTheirDutiesExported() throws IOException {
        Run list = run("tasks", "list");
        assertEquals(0, list.code, list.err);
        assertEquals(20, list.lines().size(), list.out);
        assertTrue(list.lines().get(0).matches("loyalty-education +political +政治型 Political +quarterly +Regular .*"),
                list.lines().get(0));
        Run duties = run("tasks", "duties", "--level", "member", "--format", "csv");
        assertEquals(0, duties.code, duties.err);
        assertTrue(duties.out.startsWith("\uFEFFholder,level,task,"), duties.out);
        assertEquals(21, duties.lines().size(), "a header and one member duty per task");
        Path orgs = threeBranches();
        Run json = run("tasks", "duties", "--level", "branch", "--org", "u", "--orgs", orgs.toString(), "--format",
                "json");
        assertEquals(0, json.code, json.err);
        assertEquals(60, json.out.split("\"holder\": \"").length - 1, "20 branch duties for each of a, b and c");
        Run level = run("tasks", "duties", "--level", "secretary");
        assertEquals(2, level.code);
        assertTrue(level.err.startsWith("--level 'secretary' is not a level of responsibility"), level.err);
        Run alone = run("tasks", "duties", "--level", "branch", "--org", "u");
        assertEquals(2, alone.code);
        assertTrue(alone.err.startsWith("--org needs --orgs FILE"), alone.err);
        Run stranger = run("tasks", "duties", "--level", "branch", "--org", "x", "--orgs", orgs.toString());
        assertEquals(2, stranger.code);
        assertTrue(stranger.err.startsWith("--org 'x' is not in the org file"), stranger.err);
        Path broken = dir.resolve("tasks.yaml");
        Files.writeString(broken, "id: t\nversion: '1'\nscheme: five-type-organ\ntasks:\n  - {id: a, title: A, type: "
                + "politics, cadence: ongoing, duties: [{id: a1, level: member, text: x}]}\n");
        Run links = run("tasks", "list", "--catalogue", broken.toString());
        assertEquals(2, links.code);
        assertTrue(links.out.startsWith("$.tasks[0].type: 'politics' is not a dimension of scheme 'five-type-organ'"),
                links.out);
    }

    @Test
    void ledgerStatusCountsProblemsBySubtree() throws IOException {
        Path orgs = threeBranches();
        Path ledger = dir.resolve("problems.yaml");
        Files.writeString(ledger, """
                problems:
                  - {id: p1, org: a, category: c, title: A, found: 2026-02-10, steps: [{action: assign, date: 2026-02-12,
                     owner: a, deadline: 2026-04-30}, {action: rectify, date: 2026-04-20}, {action: close, date: 2026-05-05}]}
                  - {id: p2, org: b, category: c, title: B, found: 2026-03-01, steps: [{action: assign, date: 2026-03-02,
                     owner: b, deadline: 2026-06-30}]}
                  - {id: p3, org: c, category: c, title: C, found: 2026-03-05}
                  - {id: p4, org: x, category: c, title: X, found: 2026-03-05}
                """);
        // On 2026-07-31: p1 closed, p2 overdue since 07-01, p3 found only: 1/3 = 33.33%, 2 open, 1 overdue.
        Run status = run("ledger", "status", "--problems", ledger.toString(), "--orgs", orgs.toString(), "--period",
                "2026", "--as-of", "2026-07-31");
        assertEquals(0, status.code, status.out + status.err);
        assertEquals("$.problems[3].org: 'x' is not in the org file: this entry counts in no subtree",
                status.lines().get(0));
        assertTrue(status.lines().stream().anyMatch(l -> l.matches("u +3 +1 +1/3 33\\.33% +2 +1 *")), status.out);
        Run json = run("ledger", "status", "--problems", ledger.toString(), "--orgs", orgs.toString(), "--period",
                "2026", "--as-of", "2026-07-31", "--format", "json");
        assertTrue(json.out.contains("{\"org\": \"u\", \"found\": 3, \"closed\": 1, \"rate\": \"1/3\", "
                + "\"percent\": 33.33, \"open\": 2, \"overdue\": 1}"), json.out);
        Files.writeString(ledger, "problems:\n  - {id: p1, org: a, category: c, title: A, found: 2026-02-10, steps: "
                + "[{action: close, date: 2026-02-11}]}\n");
        Run illegal = run("ledger", "status", "--problems", ledger.toString(), "--orgs", orgs.toString(), "--period",
                "2026");
        assertEquals(2, illegal.code);
        assertTrue(illegal.out.startsWith("$.problems[0].steps[0].action: 'close' cannot follow state found"),
                illegal.out);
    }

    @Test
    void ledgerStatusCountsTaskRoundsBySubtree() throws IOException {
        Path orgs = threeBranches();
        Path ledger = dir.resolve("tasks-ledger.yaml");
        // loyalty-education is quarterly, due 15 days after the quarter: a reported 04-10 (on time), b not reported
        // (overdue after 04-15); theory-study for January reported late on 02-15 (due 02-10).
        Files.writeString(ledger, """
                assignments:
                  - {id: t1, task: loyalty-education, org: a, period: 2026-Q1, entries: [{step: plan, date: 2026-01-05,
                     actor: party-group}, {step: report, date: 2026-04-10, actor: branch}]}
                  - {id: t2, task: loyalty-education, org: b, period: 2026-Q1}
                  - {id: t3, task: theory-study, org: c, period: 2026-01, entries: [{step: report, date: 2026-02-15,
                     actor: branch}]}
                """);
        Run status = run("ledger", "status", "--tasks", ledger.toString(), "--orgs", orgs.toString(), "--period",
                "2026", "--as-of", "2026-04-30");
        assertEquals(0, status.code, status.out + status.err);
        assertTrue(status.lines().stream().anyMatch(l -> l.matches("u +3 +2 +2/3 66\\.67% +1 +1 +0 *")), status.out);
        Run both = run("ledger", "status", "--tasks", ledger.toString(), "--problems", ledger.toString(), "--orgs",
                orgs.toString(), "--period", "2026");
        assertEquals(2, both.code);
        assertTrue(both.err.startsWith("ledger status needs --tasks FILE / --problems FILE (one of them)"), both.err);
        Files.writeString(ledger, "assignments:\n  - {id: t1, task: loyalty-education, org: a, period: 2026-02}\n");
        Run monthly = run("ledger", "status", "--tasks", ledger.toString(), "--orgs", orgs.toString(), "--period",
                "2026");
        assertEquals(2, monthly.code);
        assertTrue(monthly.out.startsWith("$.assignments[0].period: task 'loyalty-education' has cadence quarter"),
                monthly.out);
    }

    @Test
    void ledgerEvidenceDerivesTheSchemesKeysForEvaluate() throws IOException {
        Path orgs = threeBranches();
        Path problems = dir.resolve("problems.yaml");
        // Two “三难” problems at a (one closed), one at b (open), one at an org the file does not hold.
        Files.writeString(problems, """
                problems:
                  - {id: p1, org: a, category: three-difficulties, title: A, found: 2026-02-10, steps: [{action: assign,
                     date: 2026-02-12, owner: a, deadline: 2026-04-30}, {action: rectify, date: 2026-04-20},
                     {action: close, date: 2026-05-05}]}
                  - {id: p2, org: a, category: three-difficulties, title: B, found: 2026-03-01}
                  - {id: p3, org: b, category: three-difficulties, title: C, found: 2026-03-05}
                  - {id: p4, org: x, category: three-difficulties, title: X, found: 2026-03-05}
                """);
        Path activities = dir.resolve("activities.yaml");
        Files.writeString(activities, """
                activities:
                  - {id: d1, org: a, kind: themed-party-day, date: 2026-01-15, participants: 9}
                  - {id: d2, org: a, kind: themed-party-day, date: 2026-02-15, participants: 8}
                  - {id: d3, org: c, kind: themed-party-day, date: 2026-02-20, participants: 5}
                """);
        Path derived = dir.resolve("derived.json");
        Run run = run("ledger", "evidence", "--scheme", "five-type-organ", "--orgs", orgs.toString(), "--period", "2026",
                "--problems", problems.toString(), "--activities", activities.toString(), "--out", derived.toString());
        assertEquals(0, run.code, run.out + run.err);
        assertEquals(problems + ": $.problems[3].org: 'x' is not in the org file: this entry counts in no subtree",
                run.lines().get(0));
        assertTrue(run.out.contains("wrote " + derived + ": 7 derived records for scheme five-type-organ, period 2026, "
                + "as of 2026-12-31"), run.out);
        assertTrue(run.out.contains("not derived (source not given): instruction-closure-rate"), run.out);
        // u: 1/3 resolved, 3 themed party days; a: 1/2 and 2; b: 0/1 and 0; c: no problem (no rate) and 1; style:
        // nothing found anywhere, so no record.
        List<String> records = EvidenceFormat.ofDefaults().read(derived).records().stream()
                .map(r -> r.id() + "=" + r.value()).toList();
        assertEquals(List.of("activity-log:u:themed-party-day=Number[value=3]",
                "problem-ledger:u:difficulty-solved-rate=Text[value=1/3]", "activity-log:a:themed-party-day=Number[value=2]",
                "problem-ledger:a:difficulty-solved-rate=Text[value=1/2]", "activity-log:b:themed-party-day=Number[value=0]",
                "problem-ledger:b:difficulty-solved-rate=Text[value=0/1]", "activity-log:c:themed-party-day=Number[value=1]"),
                records);
        // Evaluated beside entered evidence: --evidence twice.
        Path entered = dir.resolve("entered.yaml");
        Files.writeString(entered, "evidence:\n  - {id: e1, subject: a, key: party-lecture, period: 2026, value: 2}\n");
        Run evaluate = run("evaluate", "--scheme", "five-type-organ", "--orgs", orgs.toString(), "--evidence",
                entered.toString(), "--evidence", derived.toString(), "--period", "2026", "--format", "json");
        assertEquals(0, evaluate.code, evaluate.out + evaluate.err);
        assertTrue(evaluate.out.contains("\"problem-ledger:a:difficulty-solved-rate\""), "the item cites the record");
        Files.writeString(entered, "evidence:\n  - {id: e1, subject: a, key: party-lecture, period: 2026-13, value: 2}\n");
        Run broken = run("evaluate", "--scheme", "five-type-organ", "--orgs", orgs.toString(), "--evidence",
                derived.toString(), "--evidence", entered.toString(), "--period", "2026");
        assertEquals(2, broken.code);
        assertTrue(broken.out.startsWith(entered + ": $.evidence[0].period:"), broken.out);

        Run none = run("ledger", "evidence", "--scheme", "five-type-organ", "--orgs", orgs.toString(), "--period", "2026",
                "--out", derived.toString());
        assertEquals(2, none.code);
        assertEquals("ledger evidence needs --problems FILE, --tasks FILE, --activities FILE or --meetings FILE\n",
                none.err);
        Run plain = run("ledger", "evidence", "--scheme", "star-branch", "--orgs", orgs.toString(), "--period",
                "2026", "--problems", problems.toString(), "--out", derived.toString());
        assertEquals(2, plain.code);
        assertTrue(plain.err.startsWith("scheme 'star-branch' declares no derived key"), plain.err);
        Run catalogueAlone = run("ledger", "evidence", "--scheme", "five-type-organ", "--orgs", orgs.toString(),
                "--period", "2026", "--problems", problems.toString(), "--catalogue", "five-type-organ", "--out",
                derived.toString());
        assertEquals(2, catalogueAlone.code);
        assertEquals("--catalogue needs --tasks FILE\n", catalogueAlone.err);
    }

    @Test
    void complianceChecksEveryCadenceOfEachBranch() throws IOException {
        Path orgs = threeBranches();
        Path meetings = dir.resolve("meetings.yaml");
        // Branch a in 2026-Q1: committee meetings in January and March (February missed), the general meeting
        // with 2 of 5 present (no quorum); b: one themed party day; x: not in the org file.
        Files.writeString(meetings, """
                meetings:
                  - {id: m1, branch: a, type: committee-meeting, date: 2026-01-08, attendance: {present: 3, expected: 3}}
                  - {id: m2, branch: a, type: committee-meeting, date: 2026-03-08, attendance: {present: 2, expected: 3}}
                  - {id: m3, branch: a, type: general-meeting, date: 2026-03-20, attendance: {present: 2, expected: 5,
                      attendees: [s1, s2], absentees: [s3, s4, s5]}}
                  - {id: m4, branch: b, type: themed-party-day, date: 2026-02-01}
                  - {id: m5, branch: x, type: themed-party-day, date: 2026-02-01}
                """);
        String[] args = {"compliance", "--meetings", meetings.toString(), "--orgs", orgs.toString(), "--period",
            "2026-Q1"};
        Run table = run(args);
        assertEquals(0, table.code, table.out + table.err);
        assertEquals(meetings + ": $.meetings[4].branch: 'x' is not a branch of the org file: this record counts for "
                + "no branch", table.lines().get(0));
        // a: committee 2/3, general 0/1, themed party days 0/3, lectures 0/1; group meetings: no party cells.
        assertTrue(table.lines().stream().anyMatch(l -> l.matches("a +2/8 25\\.00% +0/1 +2/3 +- +0/1 +0/3 +- +- +")),
                table.out);
        Run one = run(append(args, "--branch", "a"));
        assertEquals(0, one.code, one.out + one.err);
        assertTrue(one.out.contains("missed: 2026-02"), one.out);
        assertTrue(one.out.contains("no quorum: m3 2026-03-20 2/5"), one.out);
        assertTrue(one.out.contains("exempt: 2026-01, 2026-02, 2026-03 (the branch has no party cells)"), one.out);
        Run json = run(append(args, "--format", "json"));
        assertTrue(json.out.contains("{\"type\": \"committee-meeting\", \"every\": \"month\", \"quorum\": \"more than 1/2\", "
                + "\"due\": 3, \"held\": 2, \"rate\": \"2/3\", \"percent\": 66.67, \"missed\": [\"2026-02\"]"), json.out);
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "id: lenient\ncadences:\n  - {type: general-meeting, every: quarter, quorum: {atLeast: "
                + "\"2/5\"}}\nexemptions:\n  - {branch: c, until: 2026-03-31, reason: 整顿}\n  - {branch: z, until: "
                + "2026-03-31}\n");
        Run lenient = run(append(args, "--rules", rules.toString(), "--branch", "a"));
        assertEquals(0, lenient.code, lenient.out + lenient.err);
        assertTrue(lenient.out.contains(rules + ": $.exemptions[1].branch: 'z' is not a branch of the org file"),
                lenient.out);
        assertTrue(lenient.out.contains("1/1 100.00%       quorum at least 2/5"), lenient.out);
        Run leaders = run("compliance", "--meetings", meetings.toString(), "--orgs", orgs.toString(), "--period", "2026",
                "--leaders", "--format", "json");
        assertEquals(0, leaders.code, leaders.out + leaders.err);
        assertTrue(leaders.out.contains("\"leaders\": []"), "the three-branch file has no leading cadres");
        // The four-strong scheme derives its organisational-life keys from the same records: for 2026-Q1, a held its
        // committee meeting in 2 months.
        Path derived = dir.resolve("derived.json");
        Run evidence = run("ledger", "evidence", "--scheme", "four-strong-branch", "--orgs", orgs.toString(), "--period",
                "2026", "--meetings", meetings.toString(), "--rules", rules.toString(), "--out", derived.toString());
        assertEquals(0, evidence.code, evidence.out + evidence.err);
        assertTrue(evidence.out.contains("committee-meeting           3      meeting records · committee-meeting · held"),
                evidence.out);
        assertTrue(EvidenceFormat.ofDefaults().read(derived).records().stream().anyMatch(r -> r.id().equals(
                "meeting-log:a:committee-meeting") && r.value().equals(dev.mofan.model.evidence.Value.of(2))));
        Run wrong = run(append(args, "--branch", "u"));
        assertEquals(2, wrong.code);
        assertTrue(wrong.err.startsWith("--branch 'u' is not a branch of the org file"), wrong.err);
        Files.writeString(meetings, "meetings:\n  - {id: m1, branch: a, type: group-meeting, date: 2026-01-08}\n");
        Run broken = run(args);
        assertEquals(2, broken.code);
        assertEquals(meetings + ": $.meetings[0].cell: missing: a party group meeting names the party cell that held it",
                broken.lines().get(0));
    }

    @Test
    void reviewTakesTheRegisterThroughThePeriod() throws IOException {
        Path scheme = pointsScheme("named", """
                designations:
                  - id: star
                    name: {zh: 先进党支部, en: Star branch}
                    naming: automatic
                    eligible: {result: grade, op: is, value: excellent, periods: 2}
                    warnIf: {result: grade, op: below, value: good}
                    revokeIf: {result: grade, op: is, value: fail}
                    rectificationDays: 60
                weakOrganisations:
                  - id: weak
                    name: {zh: 软弱涣散党支部, en: Weak branch}
                    identifyIf: {result: grade, op: is, value: fail}
                    closeIf: {result: total, op: ">=", value: 6}
                """);
        Path orgs = threeBranches();
        // 2024: a 9, b 9, c 3; 2025: a 9.5, b 5, c 4.
        List<Path> reports = yearlyReports(scheme, orgs, new String[][] {{"9", "9", "3"}, {"9.5", "5", "4"}});
        Path register = dir.resolve("register.json");
        Files.writeString(register, "{\"register\": []}");
        Path after = dir.resolve("after.json");
        String[] args = {"review", "--scheme", scheme.toString(), "--orgs", orgs.toString(), "--register",
            register.toString(), "--out", after.toString(), "--report", reports.get(0).toString(),
            reports.get(1).toString()};
        Run review = run(args);
        assertEquals(0, review.code, review.out + review.err);
        // a: 优秀 in both years → nominated and named at once; b and c: 不合格 in 2025 → identified as weak and
        // given the rule's default 180 days.
        assertTrue(review.out.startsWith("Review of named for 2025, as of 2025-12-31: 6 actions"), review.out);
        assertTrue(review.lines().stream().anyMatch(l -> l.matches("a +Star branch +name +candidate → named.*")),
                review.out);
        assertTrue(review.lines().stream().anyMatch(l -> l.matches(
                "b +Weak branch +assign +identified → rectifying, deadline 2026-06-29.*")), review.out);
        assertTrue(review.out.contains("wrote " + after + ": 3 register entries"), review.out);
        // Again with the written register: nothing changes.
        Run again = run(append(args.clone(), "--format", "json"));
        String[] second = args.clone();
        second[6] = after.toString();
        Run idle = run(append(second, "--format", "json"));
        assertEquals(0, idle.code, idle.out + idle.err);
        assertTrue(idle.out.contains("\"actions\": []"), idle.out);
        assertTrue(again.out.contains("\"action\": \"nominate\""), again.out);
        // A report of another scheme, and a broken register, are invalid input, each after its file's name.
        Files.writeString(register, "{\"register\": [{\"id\": \"r\", \"subject\": \"a\", \"kind\": \"star\", "
                + "\"state\": \"named\", \"history\": [{\"action\": \"name\", \"date\": \"2025-01-01\"}]}]}");
        Run broken = run(args);
        assertEquals(2, broken.code);
        assertTrue(broken.out.startsWith(register + ": $.register[0].history[0].action: an entry starts with nominate"),
                broken.out);
    }

    @Test
    void analysisCommandsTakeJsonAndGiveJson() throws IOException {
        // The classic 3 × 3 matrix: eigenvector weights 0.6370, 0.2583, 0.1047, λmax 3.0385, CR 0.0332 < 0.1.
        Path matrix = dir.resolve("matrix.json");
        Files.writeString(matrix, "{\"matrix\": [[1, 3, 5], [\"1/3\", 1, 3], [\"1/5\", \"1/3\", 1]]}");
        Run ahp = run("ahp", "--matrix", matrix.toString());
        assertEquals(0, ahp.code, ahp.out + ahp.err);
        String compact = ahp.out.replaceAll("\\s+", "");
        assertTrue(compact.contains("\"weights\":[0.6370,0.2583,0.1047],\"lambdaMax\":3.0385,\"ci\":0.0193,"
                + "\"ri\":0.58,\"cr\":0.0332"), ahp.out);
        assertTrue(compact.contains("\"consistent\":true"), ahp.out);
        // A cyclic matrix (A ≻ B ≻ C ≻ A): computed, exit 0, and reported inconsistent.
        Files.writeString(matrix, "{\"matrix\": [[1, 9, \"1/9\"], [\"1/9\", 1, 9], [9, \"1/9\", 1]]}");
        Run cyclic = run("ahp", "--matrix", matrix.toString(), "--method", "geometric-mean", "--ri", "alonso-lamata-2006");
        assertEquals(0, cyclic.code, cyclic.out + cyclic.err);
        assertTrue(cyclic.out.replaceAll("\\s+", "").contains("\"consistent\":false"), cyclic.out);
        Files.writeString(matrix, "{\"matrix\": [[1, 3, 10], [\"1/2\", 1, 3], [\"1/10\", \"1/3\", 2]]}");
        Run broken = run("ahp", "--matrix", matrix.toString());
        assertEquals(2, broken.code);
        assertEquals(List.of("$.matrix[0][2]: 10 is not on Saaty's scale: 1 to 9, or 1/2 to 1/9",
                "$.matrix[1][0]: 1/2 is not the reciprocal of 3 at $.matrix[0][1]",
                "$.matrix[2][0]: 1/10 is not on Saaty's scale: 1 to 9, or 1/2 to 1/9",
                "$.matrix[2][2]: a criterion compared with itself is 1, not 2"), broken.lines());
        Run method = run("ahp", "--matrix", matrix.toString(), "--method", "power");
        assertEquals(2, method.code);
        assertTrue(method.err.startsWith("--method 'power' is not one of eigenvector, geometric-mean, arithmetic-mean"),
                method.err);

        Path input = dir.resolve("topsis.json");
        Files.writeString(input, "{\"matrix\": [[5, 2], [8, 1], [6, 9]], \"weights\": [0.5, 0.5], "
                + "\"criteria\": [\"benefit\", \"benefit\"]}");
        Run topsis = run("topsis", "--input", input.toString());
        assertEquals(0, topsis.code, topsis.out + topsis.err);
        assertTrue(topsis.out.replaceAll("\\s+", "").contains("\"closeness\":[0.1186,0.2373,0.8290],"
                + "\"ranking\":[3,2,1]"), topsis.out);
        Files.writeString(input, "{\"matrix\": [[5, 2], [8]], \"weights\": [0.5, -1], \"criteria\": [\"more\"]}");
        Run wrong = run("topsis", "--input", input.toString());
        assertEquals(2, wrong.code);
        assertEquals(List.of("$.matrix[1]: this row has 1 entries, but the first has 2",
                "$.weights[1]: -1 is outside [0, ∞)",
                "$.criteria: 1 entries, but the matrix has 2 columns",
                "$.criteria[0]: unknown criterion 'more'; expected one of: benefit, cost"), wrong.lines());

        Path fuzzy = dir.resolve("fuzzy.json");
        Files.writeString(fuzzy, "{\"weights\": [0.5, 0.3, 0.2], \"membership\": [[0.5, 0.3, 0.2], [0.2, 0.5, 0.3], "
                + "[0.1, 0.3, 0.6]], \"operator\": \"product-sum\", \"normalize\": true, \"gradeScores\": [90, 75, 60]}");
        Run evaluated = run("fuzzy", "--input", fuzzy.toString());
        assertEquals(0, evaluated.code, evaluated.out + evaluated.err);
        // b = (0.25 + 0.06 + 0.02, 0.15 + 0.15 + 0.06, 0.10 + 0.09 + 0.12) = (0.33, 0.36, 0.31); grade 2 has the
        // largest membership; score (0.33 × 90 + 0.36 × 75 + 0.31 × 60) / 1 = 75.3.
        assertTrue(evaluated.out.replaceAll("\\s+", "").contains("\"result\":[0.3300,0.3600,0.3100],"
                + "\"normalized\":[0.3300,0.3600,0.3100],\"maxMembership\":2,\"score\":75.3000"), evaluated.out);

        Path entropy = dir.resolve("entropy.json");
        Files.writeString(entropy, "{\"matrix\": [[1, 2, 3], [2, 2, 5], [3, 2, 1], [4, 2, 8]]}");
        Run weights = run("entropy", "--matrix", entropy.toString());
        assertEquals(0, weights.code, weights.out + weights.err);
        // The second criterion is constant: weight 0, listed as degenerate (1-based).
        assertTrue(weights.out.replaceAll("\\s+", "").contains("\"degenerate\":[2]"), weights.out);
        Files.writeString(entropy, "{\"matrix\": [[1, -2], [2, 3]]}");
        Run negative = run("entropy", "--matrix", entropy.toString());
        assertEquals(2, negative.code);
        assertTrue(negative.out.startsWith("$.matrix[0][1]: -2 is negative"), negative.out);
        assertEquals(0, run("entropy", "--matrix", entropy.toString(), "--normalization", "min-max").code);
    }

    @Test
    void sampleLedgersAreWrittenAndRead() {
        Path orgs = dir.resolve("province.json");
        Path problems = dir.resolve("problems.yaml");
        Path tasks = dir.resolve("tasks.json");
        Path activities = dir.resolve("activities.json");
        Path meetings = dir.resolve("meetings.json");
        Run sample = run("sample", "--orgs", orgs.toString(), "--problems", problems.toString(), "--tasks",
                tasks.toString(), "--activities", activities.toString(), "--meetings", meetings.toString(), "--period",
                "2025");
        assertEquals(0, sample.code, sample.out + sample.err);
        assertTrue(sample.out.contains("task assignments in 2025"), sample.out);
        assertTrue(sample.out.contains("wrote " + meetings + ": 114053 meetings in 2025"), sample.out);
        Run compliance = run("compliance", "--meetings", meetings.toString(), "--orgs", orgs.toString(), "--period",
                "2025");
        assertEquals(0, compliance.code, compliance.out + compliance.err);
        assertTrue(compliance.out.contains("of 2830 branches kept every cadence"), compliance.out);
        Run status = run("ledger", "status", "--tasks", tasks.toString(), "--orgs", orgs.toString(), "--period", "2025");
        assertEquals(0, status.code, status.out + status.err);
        assertTrue(status.lines().get(2).startsWith("wc            6363"), status.out);
        Run found = run("ledger", "status", "--problems", problems.toString(), "--orgs", orgs.toString(), "--period",
                "2025", "--format", "json");
        assertEquals(0, found.code, found.out + found.err);
        assertTrue(found.out.contains("\"org\": \"wc\""), found.out.substring(0, 300));
    }

    @Test
    void demoRunsEveryBundledBranchScheme() {
        Run stars = run("demo", "--scheme", "star-branch");
        assertEquals(0, stars.code, stars.err);
        assertTrue(stars.lines().contains("Race of the branches: the first 10"), stars.out);
        assertTrue(stars.out.contains("· base = 0.7 × "), "the explanation shows the composite: " + stars.out);
        Run points = run("demo", "--scheme", "points-branch", "--lang", "zh");
        assertEquals(0, points.code, points.err);
        assertTrue(points.out.contains("积分项（不设上限）："), "open-ended items are listed as such: " + points.out);
        Run fourStrong = run("demo", "--scheme", "four-strong-branch");
        assertEquals(0, fourStrong.code, fourStrong.err);
        assertTrue(fourStrong.out.contains("Grades:  Four-strong branch "), fourStrong.out);
        assertTrue(fourStrong.out.contains("sample --orgs province.json --evidence evidence.json --scheme "
                + "four-strong-branch --period 2026"), "the demo can be reproduced: " + fourStrong.out);
        assertEquals(2, run("demo", "--scheme", "no-such-scheme").code);
    }

    @Test
    void schemesAreListedAndShownInEitherSyntax() {
        Run list = run("scheme", "list");
        assertEquals(0, list.code);
        assertTrue(list.out.startsWith("five-type-organ      2026.1   year      5 dimensions, 20 indicators"), list.out);
        assertTrue(list.out.contains("star-branch          2026.1   year      6 dimensions, 11 indicators, 29 items    "
                + "2 weighted parts"), list.out);
        assertTrue(list.out.contains("quzhou-index         2026.1   quarter   5 dimensions, 15 indicators, 46 items    "
                + "max 100"), list.out);
        assertTrue(list.out.contains("open-ended"), list.out);
        Run yaml = run("scheme", "show", "five-type-organ");
        assertEquals(0, yaml.code);
        assertTrue(yaml.out.startsWith("id: five-type-organ\nversion: \"2026.1\"\n"), yaml.out);
        Run json = run("scheme", "show", "five-type-organ", "--format", "json");
        assertTrue(json.out.startsWith("{\n  \"id\": \"five-type-organ\""), json.out);
        Run none = run("scheme", "show", "no-such-scheme");
        assertEquals(2, none.code);
        assertEquals("$: 'no-such-scheme' is neither a bundled scheme (five-type-organ, four-strong-branch, star-branch, "
                + "points-branch, model-division, three-atmospheres, quzhou-index) nor a file\n", none.out);
    }

    @Test
    void aBrokenSchemeIsReportedWithPathsAndALintedOneWithWarnings() throws IOException {
        Path scheme = dir.resolve("scheme.yaml");
        Files.writeString(scheme, """
                id: mine
                version: "1"
                period: year
                maxPoints: 10
                subjects: [branch]
                keys:
                  - {id: days, type: count}
                  - {id: spare, type: flag}
                dimensions:
                  - id: d
                    indicators:
                      - id: i
                        items:
                          - {id: a, maxPoints: 10, rule: {id: count, params: {per: 1, cap: 4}}, keys: [days]}
                """, StandardCharsets.UTF_8);
        Run valid = run("validate", "--scheme", scheme.toString());
        assertEquals(0, valid.code);
        assertEquals(List.of("valid: scheme mine 1: 1 dimensions, 1 indicators, 1 items, 2 keys",
                "warning: $.dimensions[0].indicators[0].items[0]: item 'a' can award at most 4 of its 10 points",
                "warning: $.subjects[0]: kind 'branch' can reach at most 4 of the scheme's 10 points",
                "warning: $.keys[1]: key 'spare' is read by no item, adjustment, veto or gate"), valid.lines());
        Files.writeString(scheme, Files.readString(scheme).replace("per: 1", "pre: 1").replace("maxPoints: 10, rule",
                "maxPoints: 9, rule"), StandardCharsets.UTF_8);
        Run broken = run("validate", "--scheme", scheme.toString());
        assertEquals(2, broken.code);
        assertEquals(List.of("$.maxPoints: maxima do not add up for kind 'branch': the parts give 9, but 10 is declared",
                "$.dimensions[0].indicators[0].items[0].rule.params.per: required property is missing",
                "$.dimensions[0].indicators[0].items[0].rule.params.pre: rule 'count' has no parameter 'pre'"),
                broken.lines());
    }

    @Test
    void sampleEvidenceIsEvaluatedAsATableOrTheReport() {
        Path orgs = dir.resolve("province.json");
        Path evidence = dir.resolve("evidence.json");
        Run sample = run("sample", "--orgs", orgs.toString(), "--evidence", evidence.toString());
        assertEquals(0, sample.code, sample.out);
        assertTrue(sample.out.contains("evidence records for scheme five-type-organ, period 2025"), sample.out);
        Run validate = run("validate", "--scheme", "five-type-organ", "--orgs", orgs.toString(), "--evidence",
                evidence.toString());
        assertEquals(0, validate.code);
        List<EvidenceRecord> written = EvidenceFormat.ofDefaults().read(evidence).records();
        int undeclared = IntStream.range(0, written.size())
                .filter(i -> written.get(i).key().equals("undeclared-key")).findFirst().orElseThrow();
        String stray = written.stream().filter(r -> r.subject().equals("no-such-branch")).findFirst().orElseThrow().id();
        assertTrue(validate.out.contains("warning: $.evidence[" + undeclared + "].key: key 'undeclared-key' is not "
                + "declared by the scheme"), validate.out);
        String[] evaluate = {"evaluate", "--scheme", "five-type-organ", "--orgs", orgs.toString(), "--evidence",
            evidence.toString(), "--period", "2025"};
        Run table = run(evaluate);
        assertEquals(0, table.code);
        assertTrue(table.out.startsWith("rank  subject"), table.out.substring(0, 200));
        assertTrue(table.out.contains("u001-b22 / theme-practice"), "the failed item is listed");
        Run json = run(append(evaluate, "--format", "json"));
        assertTrue(json.out.startsWith("{\n  \"fingerprint\": \""), json.out.substring(0, 100));
        Run strict = run(append(evaluate, "--strict"));
        assertEquals(2, strict.code);
        assertTrue(strict.out.contains("$.evidence[?@.id=='" + stray + "']: record '" + stray + "' is unused (--strict): "
                + "unknown subject 'no-such-branch'"), strict.out);
        String[] quarterly = evaluate.clone();
        quarterly[quarterly.length - 1] = "2025-Q1";
        Run quarter = run(quarterly);
        assertEquals(2, quarter.code);
        assertEquals("--period 2025-Q1 is a quarter, but scheme 'five-type-organ' assesses each year\n", quarter.err);
        Run badDate = run(append(evaluate, "--as-of", "yesterday"));
        assertEquals(2, badDate.code);
        assertEquals("", badDate.out);
        assertEquals("--as-of 'yesterday' is not a date such as 2025-12-31\n", badDate.err);
        Run unknown = run(append(evaluate, "--explain", "nobody"));
        assertEquals(2, unknown.code, "explaining a subject without a scorecard is a wrong option");
        assertTrue(unknown.err.startsWith("--explain 'nobody': no scorecard for this subject"), unknown.err);
        Run explained = run(append(evaluate, "--explain", "u001-b22", "--lang", "zh"));
        assertEquals(0, explained.code);
        assertTrue(explained.out.contains("u001-b22"), explained.out);
        Run jsonExplain = run(append(evaluate, "--explain", "u001-b22", "--format", "json"));
        assertEquals(2, jsonExplain.code);
        assertEquals("", jsonExplain.out);
        assertTrue(jsonExplain.err.startsWith("--explain cannot be combined with --format json"), jsonExplain.err);
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void anEscapedExceptionIsAnInternalErrorWithExitCodeOne() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new Failing(), new String[0], new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code);
        assertEquals("", out.toString());
        assertEquals("internal error: java.lang.IllegalStateException: boom (please report it; set MOFAN_DEBUG=1 "
                + "for the stack trace)\n", err.toString());
    }

    @Test
    void anEscapedMofanExceptionIsASetUpProblemWithExitCodeTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new Misconfigured(), new String[0], new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, code);
        assertEquals("error: Two providers claim rule id 'count': " + CountRule.class.getName() + " and "
                + CountRule.class.getName() + "; remove one from the class path or register one by hand\n",
                err.toString());
    }

    /** Two plug-ins claiming one rule id, as a class path with two copies of a plug-in jar would. */
    @Command(name = "misconfigured")
    static final class Misconfigured implements Callable<Integer> {
        @Override
        public Integer call() {
            RuleRegistry.of(List.of(new CountRule(), new CountRule()));
            return 0;
        }
    }

    /** A command with a bug, run the way mofan runs its own. */
    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void schemaPrintsEachDocumentsJsonSchemaAsTheLibraryGeneratesIt() {
        for (String name : JsonSchemas.DOCUMENTS) {
            Run schema = run("schema", name);
            assertEquals(0, schema.code, schema.err);
            assertEquals(JsonSchemas.ofDefaults().named(name).orElseThrow(), schema.out);
            assertTrue(schema.out.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
        }
    }

    @Test
    void schemaOfAnUnknownDocumentNamesTheChoicesInBothLanguages() {
        Run en = run("schema", "report");
        assertEquals(2, en.code);
        assertEquals("'report' is not a document with a schema; use one of scheme, orgs, evidence", en.err.strip());
        Run zh = run("schema", "report", "--lang", "zh");
        assertEquals(2, zh.code);
        assertEquals("'report' 不是有模式定义的文档，可选：scheme, orgs, evidence", zh.err.strip());
        assertEquals(2, run("schema").code, "the document is required");
    }

    @Test
    void padsChineseByColumns() {
        assertEquals("党支部    |", ProvinceSummary.pad("党支部", 10) + "|");
        assertEquals("branch    |", ProvinceSummary.pad("branch", 10) + "|");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }
}
