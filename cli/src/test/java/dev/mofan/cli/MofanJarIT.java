package dev.mofan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the runnable jar {@code cli/target/mofan.jar} as the README does, in a fresh JVM with a
 * POSIX locale, to prove the packaged command works and prints Chinese as UTF-8.
 */
class MofanJarIT {

    private static final Path JAR = Path.of(System.getProperty("mofan.jar", "target/mofan.jar"));

    @TempDir
    Path dir;

    @Test
    void theDemoRuns() throws Exception {
        Result demo = run("demo");
        assertEquals(0, demo.code, demo.out);
        assertTrue(demo.out.contains("Organisations by kind 各类组织"), demo.out);
    }

    @Test
    void sampleAndValidateRunAndReportInChinese() throws Exception {
        Path file = dir.resolve("province.json");
        assertEquals(0, run("sample", "--orgs", file.toString()).code);
        Result valid = run("validate", "--orgs", file.toString());
        assertEquals(0, valid.code, valid.out);
        assertEquals("valid: 5957 orgs\n", valid.out);

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "orgs:\n  - {id: wc, kind: working-committee}\n  - {id: u1, kind: unit, parent: d-17}\n",
                StandardCharsets.UTF_8);
        Result invalid = run("validate", "--orgs", bad.toString(), "--lang", "zh");
        assertEquals(2, invalid.code, invalid.out);
        assertEquals("$.orgs[1].parent: 上级组织 'd-17' 不存在\n", invalid.out);
    }

    @Test
    void badOptionsExitTwo() throws Exception {
        assertEquals(2, run("validate", "--nope").code);
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out);
    }

    private record Result(int code, String out) {
    }
}
