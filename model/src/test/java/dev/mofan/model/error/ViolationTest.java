package dev.mofan.model.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.model.internal.ModelProblems;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void fillsBothLanguages() {
        Violation violation = Violation.of("$.members[2].branch", ModelProblems.MEMBER_BRANCH_KIND, "u1", OrgKind.UNIT);
        assertEquals("$.members[2].branch: 'u1' is of kind 'unit', not a branch; members belong to branches",
                violation.line(Language.EN));
        assertEquals("$.members[2].branch: 'u1' 是单位，不是党支部；党员隶属于党支部", violation.line(Language.ZH));
        assertEquals("member.branch.kind", violation.code());
        assertEquals(violation.line(Language.EN), violation.toString());
    }

    @Test
    void echoesInputSafely() {
        assertEquals("a\\nb\\tc\\u0000", Violation.echo("a\nb\tc\u0000"));
        assertEquals("x".repeat(Violation.MAX_ECHO) + "…", Violation.echo("x".repeat(Violation.MAX_ECHO + 50)));
        Violation violation = Violation.of("$.orgs[0].parent", ModelProblems.PARENT_UNKNOWN, "line\nbreak");
        assertEquals("$.orgs[0].parent: unknown org 'line\\nbreak'", violation.toString());
    }

    @Test
    void verbatimArgumentsAreNotCut() {
        String list = "x, ".repeat(60);
        assertEquals("$: " + list, Violation.of("$", new Problem("test", "%s", "%s"), new Violation.Verbatim(list)).toString());
    }

    @Test
    void problemCodesHaveOneForm() {
        assertThrows(IllegalArgumentException.class, () -> new Problem("Org.Parent", "x", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Problem("org..parent", "x", "x"));
        assertEquals("org.parent-unknown", new Problem("org.parent-unknown", "x", "x").code());
    }

    @Test
    void pathsStartAtTheRoot() {
        assertThrows(IllegalArgumentException.class, () -> new Violation("orgs[1]", "c", "m", "m"));
    }

    @Test
    void collectorKeepsTheFirstProblemsInDocumentOrderAndCountsTheRest() {
        Violations violations = new Violations(List.of("orgs", "members"), 3);
        violations.add("$.members[0].id", ModelProblems.ORGS_EMPTY);
        violations.add("$.orgs[10].id", ModelProblems.ORGS_EMPTY);
        violations.add("$.orgs[2].id", ModelProblems.ORGS_EMPTY);
        violations.add("$.orgs[2].kind", ModelProblems.ORGS_EMPTY);
        violations.add("$", ModelProblems.ORGS_EMPTY);
        ValidationException e = assertThrows(ValidationException.class, violations::throwIfAny);
        assertEquals(List.of("$", "$.orgs[2].id", "$.orgs[2].kind"), e.violations().stream().map(Violation::path).toList());
        assertEquals(2, e.unlisted());
        assertEquals(5, e.total());
        assertEquals("$: 2 more problems not listed", e.lines(Language.EN).get(3));
        assertEquals("$: 另有 2 个问题未列出", e.lines(Language.ZH).get(3));
    }

    @Test
    void anExceptionNeedsAProblem() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
    }
}
