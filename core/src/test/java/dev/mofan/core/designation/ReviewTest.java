package dev.mofan.core.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.RegisterFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.designation.Register;
import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterEntry;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.designation.RegisterStep;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of designations and dynamic management (docs/designations.md). A small scheme
 * scores units and branches from one inspector's points (0–100): 优秀 from 90, 良好 from 80, 合格
 * from 60, else 不合格; a major incident zeroes the total. Each year is evaluated from the points
 * below and reviewed on 31 December.
 */
class ReviewTest {

    static final String SCHEME_TEXT = """
            id: small
            version: "1"
            name: Small
            period: year
            maxPoints: 100
            subjects: [unit, branch]
            keys:
              - {id: points, type: points, name: 得分}
              - {id: incident, type: flag, name: 重大事件}
            dimensions:
              - id: d
                name: D
                indicators:
                  - id: i
                    name: I
                    items:
                      - {id: score, name: 得分, maxPoints: 100, missing: fail, rule: {id: direct, params: {}}, keys: [points]}
            vetoes:
              - {id: incident-veto, name: 重大事件, when: {key: incident, op: "==", value: true}, effect: zero}
            grades:
              - {id: excellent, name: 优秀, min: 90}
              - {id: good, name: 良好, min: 80}
              - {id: qualified, name: 合格, min: 60}
              - {id: fail, name: 不合格, min: 0}
            designations:
              - id: strong-branch
                name: 先进党支部
                subjects: [branch]
                naming: automatic
                eligible: {result: grade, op: is, value: excellent}
                revokeIf: {vetoed: any}
                rectificationDays: 90
              - id: model-unit
                name: 模范单位
                subjects: [unit]
                eligible:
                  allOf:
                    - {result: grade, op: atLeast, value: excellent, periods: 2}
                    - not: {vetoed: any, periods: 2}
                    - {designated: strong-branch, of: branch, op: ">=", value: 0.5}
                warnIf: {result: grade, op: below, value: good}
                revokeIf: {anyOf: [{vetoed: any}, {result: grade, op: is, value: fail}]}
                rectificationDays: 90
                validYears: 3
            weakOrganisations:
              - id: weak-branch
                name: 软弱涣散党支部
                subjects: [branch]
                identifyIf: {result: grade, op: is, value: fail}
                closeIf: {result: total, op: ">=", value: 70}
                rectificationDays: 180
            """;

    static final Scheme SCHEME = SchemeFormat.ofDefaults().read(SCHEME_TEXT, Syntax.YAML);

    /** u1 with branches a, b; u2 with branches c, d. */
    static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: a, kind: branch, parent: u1}
              - {id: b, kind: branch, parent: u1}
              - {id: u2, kind: unit, parent: wc}
              - {id: c, kind: branch, parent: u2}
              - {id: d, kind: branch, parent: u2}
            """, Syntax.YAML);

    private final List<Report> reports = new ArrayList<>();

    /** Evaluates {@code year} with these points (subject → points, or "!" for an incident and 95 points). */
    private Report year(int year, Map<String, String> points) {
        Period period = Period.year(year);
        List<EvidenceRecord> records = new ArrayList<>();
        points.forEach((subject, value) -> {
            boolean incident = value.equals("!");
            records.add(EvidenceRecord.of("p-" + subject, subject, "points", period, Value.of(incident ? 95 : Integer
                    .parseInt(value))));
            if (incident) {
                records.add(EvidenceRecord.of("i-" + subject, subject, "incident", period, Value.of(true)));
            }
        });
        Report report = Evaluator.of(SCHEME).evaluate(ORGS, Evidence.of(records), period);
        reports.add(report);
        return report;
    }

    private static Map<String, String> points(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private ReviewResult review(Register register, int year) {
        return Review.of(SCHEME, ORGS, reports, register, LocalDate.of(year, 12, 31));
    }

    private static List<String> actions(ReviewResult result) {
        return result.actions().stream().map(a -> a.subject() + " " + a.kind() + " " + a.action().id() + " → "
                + a.to().id()).toList();
    }

    @Test
    void eligibilityReadsTwoYearsVetoesAndTheBranchesDesignations() {
        // 2025: everyone 优秀 but d (良好). 2026: u1 优秀, u2 优秀, a and c 优秀, b 良好, d 良好.
        year(2025, points("u1", "92", "u2", "95", "a", "91", "b", "93", "c", "90", "d", "85"));
        year(2026, points("u1", "94", "u2", "96", "a", "90", "b", "88", "c", "99", "d", "70"));
        ReviewResult first = review(Register.EMPTY, 2026);
        // Branches first (declared first): a and c are 优秀 and named at once (automatic naming); b, d are not.
        // Then units: u1 优秀 in 2025 and 2026, no veto, and 1 of 2 branches (a) strong: 0.5 ≥ 0.5 → nominated
        // (naming is the committee's); u2 likewise (c). The weak-branch rule finds no 不合格.
        assertEquals(List.of("a strong-branch nominate → candidate", "a strong-branch name → named",
                "c strong-branch nominate → candidate", "c strong-branch name → named",
                "u1 model-unit nominate → candidate", "u2 model-unit nominate → candidate"), actions(first));
        ReviewAction u1 = first.actions().get(4);
        assertEquals("model-unit:u1:2026", u1.entry());
        // The reasons: one line per test, composite ones as a heading with their parts marked.
        assertEquals(List.of("all of:",
                "  ✓ final grade atLeast excellent in at least 2 of the last 2 (2: 2025 excellent, 2026 excellent)",
                "  ✓ not:", "    ✗ vetoed (any) in the last 2 (none)", "  ✓ branch holding strong-branch: 1/2 >= 0.5"),
                u1.reasons().stream().map(r -> r.text(Language.EN)).toList());
        // Reviewing again with the same inputs changes nothing.
        ReviewResult again = review(first.register(), 2026);
        assertEquals(List.of(), again.actions());
        assertEquals(first.register(), again.register());
        // The committee names u1 on 2027-01-20 (命名授牌); naming a candidate twice is not a step the machine has.
        RegisterStep naming = new RegisterStep(RegisterAction.NAME, LocalDate.of(2027, 1, 20), Optional.of("2026"),
                Optional.empty(), List.of());
        Register named = first.register().step("model-unit:u1:2026", naming);
        assertEquals(RegisterState.NAMED, named.open("u1", "model-unit").orElseThrow().state());
        assertThrows(IllegalArgumentException.class, () -> named.step("model-unit:u1:2026", naming));
    }

    @Test
    void aVetoInEitherYearOrTooFewStrongBranchesIsNotEligible() {
        year(2025, points("u1", "!", "u2", "95", "a", "91", "b", "93", "c", "85", "d", "85"));
        year(2026, points("u1", "94", "u2", "96", "a", "90", "b", "95", "c", "89", "d", "70"));
        ReviewResult result = review(Register.EMPTY, 2026);
        // u1: vetoed in 2025 (its 2025 total was zeroed, so not 优秀 either); u2: no branch strong (0/2).
        assertEquals(List.of("a strong-branch nominate → candidate", "a strong-branch name → named",
                "b strong-branch nominate → candidate", "b strong-branch name → named"), actions(result));
    }

    @Test
    void eachReviewOutcome() {
        // A register of named model units, named on 2025-01-15 for 2024: u1 (retained), u2 (warned).
        year(2025, points("u1", "95", "u2", "95", "a", "91", "b", "93", "c", "92", "d", "85"));
        year(2026, points("u1", "91", "u2", "75", "a", "91", "b", "93", "c", "92", "d", "85"));
        Register named = RegisterFormat.ofDefaults().read("""
                register:
                  - {id: m1, subject: u1, kind: model-unit, state: named, history: [
                      {action: nominate, date: 2024-12-31, period: "2024"}, {action: name, date: 2025-01-15, period: "2024"}]}
                  - {id: m2, subject: u2, kind: model-unit, state: named, history: [
                      {action: nominate, date: 2024-12-31, period: "2024"}, {action: name, date: 2025-01-15, period: "2024"}]}
                """, Syntax.YAML);
        ReviewResult y2026 = review(named, 2026);
        // u1 91 (优秀): re-examined and retained. u2 75 (合格, below 良好): warned, 90 days to rectify.
        List<String> units = actions(y2026).stream().filter(a -> a.startsWith("u")).toList();
        assertEquals(List.of("u1 model-unit open-review → under-review", "u1 model-unit retain → named",
                "u2 model-unit open-review → under-review", "u2 model-unit warn → warned"), units);
        RegisterEntry m2 = y2026.register().entries().stream().filter(e -> e.id().equals("m2")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), m2.deadline());
        // 2027: u2 rectified (85, 良好) → back to named; u1 vetoed → revoked (退出).
        year(2027, points("u1", "!", "u2", "85", "a", "91", "b", "93", "c", "92", "d", "85"));
        ReviewResult y2027 = review(y2026.register(), 2027);
        assertEquals(List.of("u1 model-unit open-review → under-review", "u1 model-unit revoke → revoked",
                "u2 model-unit rectified → named"), actions(y2027).stream().filter(a -> a.startsWith("u")).toList());
        assertEquals(List.of("any of:", "  ✓ vetoed (any) in the last 1 (2027 incident-veto)",
                "  ✓ final grade is fail in at least 1 of the last 1 (1: 2027 fail)"), y2027.actions().stream()
                .filter(a -> a.subject().equals("u1") && a.action() == RegisterAction.REVOKE).findFirst().orElseThrow()
                .reasons().stream().map(r -> r.text(Language.EN)).toList());
        // 2028: named 2025-01-15 for 3 years: u2's term ran out on 2028-01-15 → expired.
        year(2028, points("u1", "95", "u2", "95", "a", "91", "b", "93", "c", "92", "d", "85"));
        ReviewResult y2028 = review(y2027.register(), 2028);
        assertTrue(actions(y2028).contains("u2 model-unit expire → expired"), actions(y2028).toString());
        // Expired and revoked entries are closed, so both units could be nominated anew, but neither is eligible
        // in 2028: u1 was vetoed in 2027, and u2 was 良好 (85) in 2027, not 优秀 in both of the last two years.
        assertTrue(actions(y2028).stream().noneMatch(a -> a.contains("model-unit nominate")), actions(y2028).toString());
    }

    @Test
    void aWarningNotRectifiedByTheDeadlineIsRevokedAndACandidateNoLongerEligibleIsDropped() {
        year(2025, points("u1", "95", "u2", "95", "a", "91", "b", "93", "c", "92", "d", "85"));
        Register register = RegisterFormat.ofDefaults().read("""
                register:
                  - {id: m1, subject: u1, kind: model-unit, state: warned, history: [
                      {action: nominate, date: 2023-12-31, period: "2023"}, {action: name, date: 2024-01-15, period: "2023"},
                      {action: open-review, date: 2024-12-31, period: "2024"},
                      {action: warn, date: 2024-12-31, period: "2024", deadline: 2025-03-31}]}
                  - {id: m2, subject: u2, kind: model-unit, state: candidate, history: [
                      {action: nominate, date: 2024-12-31, period: "2024"}]}
                """, Syntax.YAML);
        year(2026, points("u1", "75", "u2", "70", "a", "91", "b", "93", "c", "92", "d", "85"));
        ReviewResult result = review(register, 2026);
        // u1 still below 良好 in 2026 and its deadline (2025-03-31) has passed → revoked; u2 is no longer
        // 优秀 → dropped.
        assertEquals(List.of("u1 model-unit revoke → revoked", "u2 model-unit drop → dropped"),
                actions(result).stream().filter(a -> a.startsWith("u")).toList());
        assertTrue(result.actions().stream().filter(a -> a.subject().equals("u1")).findFirst().orElseThrow().reasons()
                .get(0).text(Language.EN).startsWith("not rectified by the deadline 2025-03-31"));
    }

    @Test
    void aWeakBranchsFullCycle() {
        // 2025: d is 不合格 (50): identified as weak and lax and given 180 days (to 2026-06-29).
        year(2025, points("u1", "85", "u2", "85", "a", "85", "b", "85", "c", "85", "d", "50"));
        ReviewResult y2025 = review(Register.EMPTY, 2025);
        assertEquals(List.of("d weak-branch identify → identified", "d weak-branch assign → rectifying"),
                actions(y2025));
        assertEquals(Optional.of(LocalDate.of(2026, 6, 29)), y2025.actions().get(1).deadline());
        // 2026: d scores 65, below the 70 acceptance line, past its deadline: re-assessment fails, a new
        // deadline (extend).
        year(2026, points("u1", "85", "u2", "85", "a", "85", "b", "85", "c", "85", "d", "65"));
        ReviewResult y2026 = review(y2025.register(), 2026);
        assertEquals(List.of("d weak-branch extend → rectifying"), actions(y2026));
        // 2027: 78 ≥ 70: accepted and closed (评估验收、销号).
        year(2027, points("u1", "85", "u2", "85", "a", "85", "b", "85", "c", "85", "d", "78"));
        ReviewResult y2027 = review(y2026.register(), 2027);
        assertEquals(List.of("d weak-branch accept → closed"), actions(y2027));
        RegisterEntry entry = y2027.register().entries().get(0);
        assertEquals(RegisterState.CLOSED, entry.state());
        assertEquals(List.of(RegisterAction.IDENTIFY, RegisterAction.ASSIGN, RegisterAction.EXTEND,
                RegisterAction.ACCEPT), entry.history().stream().map(s -> s.action()).toList());
        assertEquals(y2027.register(), RegisterFormat.ofDefaults().read(RegisterFormat.ofDefaults().write(
                y2027.register(), Syntax.JSON), Syntax.JSON));
    }

    @Test
    void aNamedSubjectWithoutAResultStaysUnderReview() {
        year(2025, points("u1", "95", "u2", "95", "a", "91", "b", "93", "c", "92", "d", "85"));
        Register named = RegisterFormat.ofDefaults().read("""
                register:
                  - {id: s1, subject: b, kind: strong-branch, state: named, history: [
                      {action: nominate, date: 2024-12-31, period: "2024"}, {action: name, date: 2024-12-31, period: "2024"}]}
                """, Syntax.YAML);
        // 2026: b has no points at all, so its scorecard is incomplete: the review opens and stops there.
        year(2026, points("u1", "95", "u2", "95", "a", "91", "c", "92", "d", "85"));
        ReviewResult result = review(named, 2026);
        assertTrue(actions(result).contains("b strong-branch open-review → under-review"), actions(result).toString());
        assertEquals(RegisterState.UNDER_REVIEW, result.register().entries().get(0).state());
    }

    @Test
    void badRegistersAreReportedAtTheirPaths() {
        ValidationException e = assertThrows(ValidationException.class, () -> RegisterFormat.ofDefaults().read("""
                register:
                  - {id: r1, subject: u1, kind: model-unit, state: named, history: [{action: name, date: 2026-01-01}]}
                  - {id: r2, subject: u1, kind: model-unit, state: named, history: [
                      {action: nominate, date: 2026-01-01}, {action: retain, date: 2026-01-02}]}
                  - {id: r3, subject: u2, kind: model-unit, state: warned, history: [
                      {action: nominate, date: 2026-01-05}, {action: name, date: 2026-01-04},
                      {action: open-review, date: 2026-02-01}, {action: warn, date: 2026-02-01}]}
                  - {id: r4, subject: u3, kind: model-unit, state: candidate, history: [
                      {action: nominate, date: 2026-01-01, deadline: 2026-03-01}]}
                  - {id: r5, subject: u3, kind: model-unit, state: named, history: [
                      {action: nominate, date: 2026-01-01}, {action: name, date: 2026-01-02}]}
                """, Syntax.YAML));
        assertEquals(List.of(
                "$.register[0].history[0].action: an entry starts with nominate (a designation) or identify (a weak "
                        + "organisation), not name",
                "$.register[1].history[1].action: 'retain' cannot follow state candidate; allowed there: name, drop",
                "$.register[1].state: the history leads to candidate, not named",
                "$.register[2].history[1].date: dated 2026-01-04, before the step before it (2026-01-05)",
                "$.register[2].history[3].deadline: missing: warn sets a rectification deadline",
                "$.register[3].history[0].deadline: only warn, assign and extend set a deadline",
                "$.register[4]: 'u3' already has an open entry of model-unit at $.register[3]"), e.lines(Language.EN));
    }

    @Test
    void designationRulesReadResultsNotEvidence() {
        String text = SCHEME_TEXT.replace(
                "eligible: {result: grade, op: is, value: excellent}", "eligible: {key: points, op: \">=\", value: 90}");
        ValidationException e = assertThrows(ValidationException.class, () -> SchemeFormat.ofDefaults().read(text,
                Syntax.YAML));
        assertTrue(e.lines(Language.EN).get(0).contains("designation and weak-organisation rules read results and the "
                + "register, not key"), e.lines(Language.EN).toString());
    }
}
