package dev.mofan.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskCatalogueFormat;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.Cadence;
import dev.mofan.model.task.Deadline;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled Henan annual arrangement for 2026 (年度创建工作安排, 一年一安排) of the scheme
 * {@code three-atmospheres} (河南日报 2020-05-10: 一年一安排、一年一考评、三年一总评).
 */
class HenanAnnualPlanTest {

    private static final String ID = "three-atmospheres-2026";

    private static final TaskCatalogueFormat FORMAT = TaskCatalogueFormat.ofDefaults();

    private static TaskCatalogue plan() {
        return BundledTaskCatalogues.get(ID);
    }

    @Test
    void itIsBundledAndLoads() {
        assertTrue(BundledTaskCatalogues.IDS.contains(ID), BundledTaskCatalogues.IDS.toString());
        TaskCatalogue plan = plan();
        assertEquals(ID, plan.id());
        assertEquals("2026.1", plan.version());
        assertEquals(Optional.of("three-atmospheres"), plan.scheme());
        assertEquals(12, plan.tasks().size());
    }

    @Test
    void everyLinkFitsTheThreeAtmospheresScheme() {
        // Throws, listing every problem at its path, if a type, item or evidence key is not the scheme's.
        TaskCatalogueFormat.check(plan(), BundledSchemes.get("three-atmospheres"));
    }

    @Test
    void everyTaskHasADutyAtEachOfTheFourLevels() {
        for (Task task : plan().tasks()) {
            for (DutyLevel level : DutyLevel.values()) {
                assertFalse(task.duties(level).isEmpty(), task.id() + " has a duty for " + level.id());
            }
        }
    }

    @Test
    void noItemMeasuresTwoTasksAndEveryItemMeasuresOne() {
        List<String> linked = plan().tasks().stream().flatMap(t -> t.items().stream()).toList();
        assertEquals(linked.size(), new HashSet<>(linked).size(), "an item measures one task: " + linked);
        Set<String> items = new HashSet<>();
        for (Dimension dimension : BundledSchemes.get("three-atmospheres").dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                indicator.items().stream().map(Item::id).forEach(items::add);
            }
        }
        assertEquals(38, items.size());
        assertEquals(items, new HashSet<>(linked), "every item of the scheme measures a task");
    }

    @Test
    void everyDimensionHasAtLeastTwoTasks() {
        Scheme scheme = BundledSchemes.get("three-atmospheres");
        for (Dimension dimension : scheme.dimensions()) {
            long tasks = plan().tasks().stream().filter(t -> t.type().equals(dimension.id())).count();
            assertTrue(tasks >= 2, dimension.id() + " has " + tasks + " tasks");
        }
    }

    @Test
    void tasksDoneOnceAreDueIn2026() {
        List<Task> once = plan().tasks().stream().filter(t -> t.cadence() == Cadence.ONCE).toList();
        assertFalse(once.isEmpty());
        for (Task task : once) {
            assertTrue(task.deadline().orElseThrow() instanceof Deadline.OnDate onDate
                    && onDate.date().getYear() == 2026, task.id() + " is due in 2026");
        }
        assertEquals(Optional.of(new Deadline.OnDate(LocalDate.of(2026, 3, 31))),
                plan().task("creation-plan").orElseThrow().deadline());
    }

    @Test
    void itReadsBackEqualFromJsonAndYaml() {
        TaskCatalogue plan = plan();
        assertEquals(plan, FORMAT.read(FORMAT.write(plan, Syntax.JSON), Syntax.JSON));
        assertEquals(plan, FORMAT.read(FORMAT.write(plan, Syntax.YAML), Syntax.YAML));
    }
}
