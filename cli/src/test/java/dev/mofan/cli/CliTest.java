package dev.mofan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
    }

    @Test
    void demoSummarisesTheSampleProvince() {
        Run demo = run("demo");
        assertEquals(0, demo.code);
        List<String> lines = demo.lines();
        assertTrue(lines.contains("  total                   合计                   5,957"), demo.out);
        assertTrue(lines.contains("Members 党员: 52,270"), demo.out);
        assertTrue(lines.contains("  retired                 离退休干部党支部          98"), demo.out);
        assertTrue(demo.out.contains("read back through the validating loader: valid"), demo.out);
        assertEquals(demo.out, run("demo").out, "the demo prints the same every time");
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

    /** A command with a bug, run the way mofan runs its own. */
    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
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
