package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mofan.core.format.ResponsibilityFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskCatalogueFormat;
import dev.mofan.core.tasks.Responsibilities;
import dev.mofan.core.tasks.Responsibility;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.task.Duty;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/**
 * Task catalogues (docs/tasks.md) over generated catalogues and org directories: documents read
 * back equal, and responsibility lists cover every duty exactly once per level, and once per
 * holder under an org.
 */
class TaskProperties {

    private static final TaskCatalogueFormat FORMAT = TaskCatalogueFormat.ofDefaults();

    @Property(tries = 200)
    @Label("a task catalogue written as JSON or YAML reads back equal")
    void cataloguesRoundTrip(@ForAll TaskCatalogue catalogue) {
        for (Syntax syntax : Syntax.values()) {
            assertEquals(catalogue, FORMAT.read(FORMAT.write(catalogue, syntax), syntax), syntax.id());
        }
    }

    @Property(tries = 200)
    @Label("a level's responsibility list holds every duty of that level exactly once, and nothing else, in catalogue "
            + "order; the four lists together hold every duty of the catalogue once")
    void aLevelsListCoversItsDutiesOnce(@ForAll TaskCatalogue catalogue) {
        List<Duty> all = new ArrayList<>();
        for (DutyLevel level : DutyLevel.values()) {
            List<Duty> listed = Responsibilities.of(catalogue, level).stream().map(Responsibility::duty).toList();
            List<Duty> expected = catalogue.tasks().stream().flatMap(task -> task.duties().stream())
                    .filter(duty -> duty.level() == level).toList();
            assertEquals(expected, listed, level.id());
            all.addAll(listed);
        }
        assertEquals(catalogue.tasks().stream().mapToInt(task -> task.duties().size()).sum(), all.size());
    }

    @Property(tries = 100)
    @Label("under an org, each holder of the level in its subtree (orgs of the level's kind, or the members of its "
            + "branches) gets every duty of the level exactly once; the CSV has a row for each line")
    void anOrgsListGivesEachHolderEachDutyOnce(@ForAll TaskCatalogue catalogue, @ForAll OrgDirectory directory) {
        for (OrgUnit org : directory.tree().units()) {
            for (DutyLevel level : DutyLevel.values()) {
                List<Responsibility> lines = Responsibilities.of(catalogue, level, directory, org.id());
                Map<String, Integer> perHolder = new HashMap<>();
                for (OrgUnit below : directory.tree().subtree(org.id())) {
                    if (level.orgKind().isPresent() && below.kind() == level.orgKind().get()) {
                        perHolder.put(below.id(), 0);
                    }
                    if (level.orgKind().isEmpty()) {
                        directory.membersOf(below.id()).forEach(member -> perHolder.put(member.id(), 0));
                    }
                }
                int duties = 0;
                for (Task task : catalogue.tasks()) {
                    duties += task.duties(level).size();
                }
                for (Responsibility line : lines) {
                    perHolder.merge(line.holder().orElseThrow(), 1, Integer::sum);
                }
                for (Map.Entry<String, Integer> holder : perHolder.entrySet()) {
                    assertEquals(duties, holder.getValue(), holder.getKey() + " at " + level.id() + " under " + org.id());
                }
                assertEquals(perHolder.size() * duties, lines.size());
            }
        }
    }

    @Property(tries = 200)
    @Label("the CSV starts with a byte-order mark and parses back (RFC 4180) into the header and one row per line, "
            + "each cell as written, a formula-like cell behind an apostrophe")
    void csvParsesBackCellByCell(@ForAll TaskCatalogue catalogue) {
        List<Responsibility> lines = Responsibilities.of(catalogue, DutyLevel.BRANCH);
        String csv = ResponsibilityFormat.csv(lines);
        assertEquals('\uFEFF', csv.charAt(0));
        List<List<String>> rows = parse(csv.substring(1));
        assertEquals(ResponsibilityFormat.CSV_COLUMNS, rows.get(0));
        assertEquals(lines.size() + 1, rows.size());
        for (int i = 0; i < lines.size(); i++) {
            Responsibility line = lines.get(i);
            String zh = line.duty().text().zh().orElse("");
            String expected = !zh.isEmpty() && "=+-@\t\r".indexOf(zh.charAt(0)) >= 0 ? "'" + zh : zh;
            assertEquals(expected, rows.get(i + 1).get(10), "duty_zh of row " + (i + 1));
            assertEquals(line.duty().id(), rows.get(i + 1).get(9));
        }
    }

    /** An RFC 4180 reader: CRLF between records, quoted cells with doubled quotes. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
