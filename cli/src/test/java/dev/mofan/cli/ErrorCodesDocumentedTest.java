package dev.mofan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.internal.EngineProblems;
import dev.mofan.core.format.internal.AnalysisProblems;
import dev.mofan.core.format.internal.DesignationProblems;
import dev.mofan.core.format.internal.FormatProblems;
import dev.mofan.core.format.internal.LedgerProblems;
import dev.mofan.core.format.internal.MeetingProblems;
import dev.mofan.core.format.internal.SchemeProblems;
import dev.mofan.core.format.internal.TaskProblems;
import dev.mofan.model.error.Problem;
import dev.mofan.model.internal.ModelProblems;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists every problem code with its messages, and no other: codes are a public contract. */
class ErrorCodesDocumentedTest {

    @Test
    void everyCodeIsDocumentedWithItsMessages() throws IOException, IllegalAccessException {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"), StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        for (Class<?> catalogue : List.of(ModelProblems.class, FormatProblems.class, SchemeProblems.class,
                EngineProblems.class, TaskProblems.class, LedgerProblems.class, MeetingProblems.class,
                DesignationProblems.class, AnalysisProblems.class, CliProblems.class)) {
            for (Field field : catalogue.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Problem.class) {
                    problems.add((Problem) field.get(null));
                }
            }
        }
        assertTrue(problems.size() > 40, "found " + problems.size() + " problems");
        for (Problem problem : problems) {
            assertTrue(doc.contains("| `" + problem.code() + "` | " + problem.en().replace("|", "\\|") + " |"),
                    "docs/errors.md lacks " + problem.code() + " with its English message");
            assertTrue(doc.contains(problem.zh().replaceAll("%\\d\\$s", "%s")),
                    "docs/errors.md lacks the Chinese message of " + problem.code());
        }
        Set<String> codes = problems.stream().map(Problem::code).collect(Collectors.toSet());
        Matcher documented = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|", Pattern.MULTILINE).matcher(doc);
        while (documented.find()) {
            assertTrue(codes.contains(documented.group(1)), "docs/errors.md lists " + documented.group(1)
                    + ", which no longer exists");
        }
    }
}
