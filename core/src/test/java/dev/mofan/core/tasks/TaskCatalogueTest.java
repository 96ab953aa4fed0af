package dev.mofan.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.ResponsibilityFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskCatalogueFormat;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.Cadence;
import dev.mofan.model.task.Deadline;
import dev.mofan.model.task.Duty;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Language;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The task catalogue format, the bundled 20 key tasks of {@code five-type-organ} and their links to
 * the scheme, and the responsibility lists (责任清单) derived from a catalogue.
 */
class TaskCatalogueTest {

    private static final TaskCatalogueFormat FORMAT = TaskCatalogueFormat.ofDefaults();

    @Test
    void theTwentyKeyTasksLinkToTheFiveTypeScheme() {
        TaskCatalogue tasks = BundledTaskCatalogues.get("five-type-organ");
        Scheme scheme = BundledSchemes.get("five-type-organ");
        assertEquals(20, tasks.tasks().size());
        assertEquals(Optional.of("five-type-organ"), tasks.scheme());
        TaskCatalogueFormat.check(tasks, scheme);
        // Four tasks per type (五型): political, service, hands-on, civility, integrity.
        for (Dimension dimension : scheme.dimensions()) {
            assertEquals(4, tasks.tasks().stream().filter(t -> t.type().equals(dimension.id())).count(), dimension.id());
        }
        // Every item of the scheme measures exactly one task.
        Set<String> items = new HashSet<>();
        for (Dimension dimension : scheme.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                indicator.items().stream().map(Item::id).forEach(items::add);
            }
        }
        List<String> linked = tasks.tasks().stream().flatMap(t -> t.items().stream()).toList();
        assertEquals(items, new HashSet<>(linked));
        assertEquals(linked.size(), new HashSet<>(linked).size(), "an item measures one task");
        for (Task task : tasks.tasks()) {
            for (DutyLevel level : DutyLevel.values()) {
                assertTrue(!task.duties(level).isEmpty(), task.id() + " has a duty for " + level.id());
            }
        }
        Task first = tasks.tasks().get(0);
        assertEquals("loyalty-education", first.id());
        assertEquals(Cadence.QUARTER, first.cadence());
        assertEquals(Optional.of(new Deadline.AfterPeriod(15)), first.deadline());
    }

    @Test
    void catalogueDocumentsRoundTrip() {
        TaskCatalogue tasks = BundledTaskCatalogues.get("five-type-organ");
        assertEquals(tasks, FORMAT.read(FORMAT.write(tasks, Syntax.JSON), Syntax.JSON));
        assertEquals(tasks, FORMAT.read(FORMAT.write(tasks, Syntax.YAML), Syntax.YAML));
    }

    private static final String SMALL = """
            id: small
            version: "1"
            scheme: five-type-organ
            tasks:
              - id: study
                title: {zh: 学习, en: Study}
                type: political
                cadence: month
                deadline: 5
                evidence: [themed-party-day]
                items: [themed-party-days]
                duties:
                  - {id: study.pg, level: party-group, text: {zh: 部署学习, en: Plan the study}}
                  - {id: study.b, level: branch, text: {zh: 组织学习, en: Hold the study}}
                  - {id: study.b2, level: branch, text: {zh: 记录学习, en: "Record it, with names"}}
              - id: report
                title: 报告
                type: political
                cadence: once
                deadline: 2026-06-30
                duties:
                  - {id: report.oc, level: organ-committee, text: "=SUM(A1) 汇总报告"}
            """;

    @Test
    void everyProblemOfACatalogueIsReportedAtItsPath() {
        String broken = """
                id: bad
                version: "1"
                colour: red
                tasks:
                  - id: a
                    type: political
                    cadence: weekly
                    duties: []
                  - id: b
                    title: B
                    type: political
                    cadence: ongoing
                    deadline: 3
                    duties:
                      - {id: a, level: secretary, text: x}
                  - id: c
                    title: C
                    type: political
                    cadence: once
                    duties: [{id: c1, level: member, text: y}]
                  - id: d
                    title: D
                    type: political
                    cadence: quarter
                    deadline: soon
                    duties: [{id: d1, level: member}]
                  - id: e
                    title: E
                    type: political
                    cadence: once
                    deadline: 2026-02-30
                    duties: [{id: e1, level: member, text: z}]
                """;
        ValidationException e = assertThrows(ValidationException.class, () -> FORMAT.read(broken, Syntax.YAML));
        assertEquals(List.of(
                "$.colour: unknown property 'colour'; expected one of: id, version, name, scheme, tasks",
                "$.tasks[0].title: required property is missing",
                "$.tasks[0].cadence: unknown cadence 'weekly'; expected one of: year, half-year, quarter, month, once, "
                        + "ongoing",
                "$.tasks[0].duties: must list at least one entry",
                "$.tasks[1].deadline: an ongoing task has no deadline",
                "$.tasks[1].duties[0].id: duplicate id 'a' (first at $.tasks[0].id)",
                "$.tasks[1].duties[0].level: unknown level 'secretary'; expected one of: party-group, organ-committee, "
                        + "branch, member",
                "$.tasks[2].deadline: a task done once is due on a date, such as 2026-06-30",
                "$.tasks[3].deadline: a task with cadence quarter is due a number of days after each period ends (0 to "
                        + "366), not 'soon'",
                "$.tasks[3].duties[0].text: required property is missing",
                "$.tasks[4].deadline: '2026-02-30' is not a date such as 2025-12-31"), e.lines(Language.EN));
        assertEquals("$.tasks[1].deadline: 常态化任务没有完成时限", e.lines(Language.ZH).get(4));
    }

    @Test
    void brokenLinksToTheSchemeAreReportedAtTheirPaths() {
        TaskCatalogue small = FORMAT.read(SMALL.replace("type: political\n    cadence: month",
                "type: politics\n    cadence: month").replace("[themed-party-days]", "[party-days, general-meetings]")
                .replace("[themed-party-day]", "[party-day]"), Syntax.YAML);
        Scheme other = BundledSchemes.get("four-strong-branch");
        ValidationException e = assertThrows(ValidationException.class, () -> TaskCatalogueFormat.check(small,
                BundledSchemes.get("five-type-organ")));
        assertEquals(List.of(
                "$.tasks[0].type: 'politics' is not a dimension of scheme 'five-type-organ' (political, service, "
                        + "hands-on, civility, integrity)",
                "$.tasks[0].items[0]: 'party-days' is not an item of scheme 'five-type-organ'",
                "$.tasks[0].evidence[0]: 'party-day' is not a key of scheme 'five-type-organ'"), e.lines(Language.EN));
        ValidationException wrongScheme = assertThrows(ValidationException.class,
                () -> TaskCatalogueFormat.check(FORMAT.read(SMALL, Syntax.YAML), other));
        assertEquals("$.scheme: this catalogue is for scheme 'five-type-organ', not 'four-strong-branch'",
                wrongScheme.lines(Language.EN).get(0));
    }

    @Test
    void aLevelsListHasEachOfItsDutiesOnce() {
        TaskCatalogue small = FORMAT.read(SMALL, Syntax.YAML);
        assertEquals(List.of("study.b", "study.b2"), Responsibilities.of(small, DutyLevel.BRANCH).stream()
                .map(r -> r.duty().id()).toList());
        assertEquals(List.of(), Responsibilities.of(small, DutyLevel.MEMBER));
        assertEquals(Optional.of(new Deadline.OnDate(LocalDate.of(2026, 6, 30))), small.task("report").orElseThrow()
                .deadline());
        TaskCatalogue tasks = BundledTaskCatalogues.get("five-type-organ");
        for (DutyLevel level : DutyLevel.values()) {
            List<Duty> all = tasks.tasks().stream().flatMap(t -> t.duties(level).stream()).toList();
            assertEquals(all, Responsibilities.of(tasks, level).stream().map(Responsibility::duty).toList());
        }
    }

    @Test
    void anOrgsListHasEachDutyOnceForEachHolderInItsSubtree() {
        OrgDirectory province = SampleProvince.generate();
        TaskCatalogue tasks = BundledTaskCatalogues.get("five-type-organ");
        String unit = "u001";
        long branches = province.tree().subtree(unit).stream().filter(o -> o.kind() == OrgKind.BRANCH).count();
        assertEquals(41, branches);
        List<Responsibility> lines = Responsibilities.of(tasks, DutyLevel.BRANCH, province, unit);
        assertEquals(41 * 20, lines.size(), "one branch duty per task in the bundled catalogue");
        assertEquals(lines.size(), lines.stream().map(r -> r.holder().orElseThrow() + "/" + r.duty().id())
                .collect(Collectors.toSet()).size(), "each holder and duty once");
        List<Responsibility> group = Responsibilities.of(tasks, DutyLevel.PARTY_GROUP, province, unit);
        assertEquals(Set.of("u001-pg"), group.stream().map(r -> r.holder().orElseThrow()).collect(Collectors.toSet()));
        String branch = lines.get(0).holder().orElseThrow();
        List<Responsibility> members = Responsibilities.of(tasks, DutyLevel.MEMBER, province, branch);
        assertEquals(province.membersOf(branch).size() * 20, members.size());
    }

    @Test
    void csvOpensInSpreadsheetsAndJsonNamesEveryField() {
        TaskCatalogue small = FORMAT.read(SMALL, Syntax.YAML);
        List<Responsibility> lines = List.of(Responsibilities.of(small, DutyLevel.BRANCH).get(1),
                Responsibilities.of(small, DutyLevel.ORGAN_COMMITTEE).get(0));
        String csv = ResponsibilityFormat.csv(lines);
        assertTrue(csv.startsWith("\uFEFFholder,level,task,task_zh,task_en,type,cadence,deadline_days,deadline_date,duty,"
                + "duty_zh,duty_en\r\n"), csv);
        // A comma is quoted; a text a spreadsheet would take for a formula is defused with an apostrophe.
        assertEquals(List.of(
                ",branch,study,学习,Study,political,month,5,,study.b2,记录学习,\"Record it, with names\"",
                ",organ-committee,report,报告,,political,once,,2026-06-30,report.oc,'=SUM(A1) 汇总报告,"),
                csv.lines().skip(1).toList());
        assertEquals(0xEF, csv.getBytes(StandardCharsets.UTF_8)[0] & 0xFF, "UTF-8 byte-order mark");
        String json = ResponsibilityFormat.json(small, DutyLevel.BRANCH, Optional.empty(),
                Responsibilities.of(small, DutyLevel.BRANCH));
        assertTrue(json.contains("\"level\": \"branch\""), json);
        assertTrue(json.contains("\"org\": null"), json);
        assertTrue(json.contains("\"deadline\": 5"), json);
        assertTrue(json.contains("\"text\": {\"zh\": \"组织学习\", \"en\": \"Hold the study\"}")
                || json.contains("\"zh\": \"组织学习\""), json);
    }
}
