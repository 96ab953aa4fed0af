package dev.mofan.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskCatalogueFormat;
import dev.mofan.model.task.Duty;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled Quzhou lists: the 13-item political-construction task list for the organs' Party
 * organisations and the 17-item list for Party organisation secretaries (人民日报 2023-02-17).
 */
class QuzhouTaskCataloguesTest {

    private static final TaskCatalogueFormat FORMAT = TaskCatalogueFormat.ofDefaults();

    /**
     * The dimension ids of the scheme {@code quzhou-index}. Hard-coded: the scheme is written
     * separately and is not checked here; once it is bundled, {@code TaskCatalogueFormat.check}
     * against it replaces this set.
     */
    private static final Set<String> DIMENSIONS = Set.of("political", "theory", "foundation", "discipline",
            "integration");

    private static final List<String> QUZHOU = List.of("quzhou-organ-tasks", "quzhou-secretary-tasks");

    @Test
    void bothAreBundledAfterTheFiveTypeCatalogue() {
        assertEquals("five-type-organ", BundledTaskCatalogues.IDS.get(0));
        assertTrue(BundledTaskCatalogues.IDS.containsAll(QUZHOU), BundledTaskCatalogues.IDS.toString());
        for (String id : QUZHOU) {
            TaskCatalogue catalogue = BundledTaskCatalogues.get(id);
            assertEquals(id, catalogue.id());
            assertEquals("2023.1", catalogue.version());
            assertEquals(Optional.of("quzhou-index"), catalogue.scheme());
        }
    }

    @Test
    void theOrganListHasThirteenTasksAndTheSecretaryListSeventeen() {
        assertEquals(13, BundledTaskCatalogues.get("quzhou-organ-tasks").tasks().size());
        assertEquals(17, BundledTaskCatalogues.get("quzhou-secretary-tasks").tasks().size());
    }

    @Test
    void everyTaskHasADutyAndATypeOfTheScheme() {
        for (String id : QUZHOU) {
            for (Task task : BundledTaskCatalogues.get(id).tasks()) {
                assertFalse(task.duties().isEmpty(), id + ": " + task.id() + " has a duty");
                assertTrue(DIMENSIONS.contains(task.type()), id + ": " + task.id() + " has type " + task.type());
            }
        }
    }

    @Test
    void theOrganListHasDutiesAtTheThreeOrgLevelsForEveryTask() {
        for (Task task : BundledTaskCatalogues.get("quzhou-organ-tasks").tasks()) {
            for (DutyLevel level : List.of(DutyLevel.PARTY_GROUP, DutyLevel.ORGAN_COMMITTEE, DutyLevel.BRANCH)) {
                assertFalse(task.duties(level).isEmpty(), task.id() + " has a duty for " + level.id());
            }
        }
    }

    @Test
    void theSecretaryListHasSecretariesAtTheThreeOrgLevelsAndNoMembers() {
        TaskCatalogue secretaries = BundledTaskCatalogues.get("quzhou-secretary-tasks");
        // The level says whose secretary: 党组书记, 机关党委书记, 支部书记; each appears several times.
        for (DutyLevel level : List.of(DutyLevel.PARTY_GROUP, DutyLevel.ORGAN_COMMITTEE, DutyLevel.BRANCH)) {
            long tasks = secretaries.tasks().stream().filter(t -> !t.duties(level).isEmpty()).count();
            assertTrue(tasks >= 3, level.id() + " holds duties in " + tasks + " tasks");
        }
        assertEquals(List.of(), Responsibilities.of(secretaries, DutyLevel.MEMBER), "a member is no secretary");
    }

    @Test
    void idsAreUniqueWithinEachCatalogue() {
        for (String id : QUZHOU) {
            List<String> ids = new ArrayList<>();
            for (Task task : BundledTaskCatalogues.get(id).tasks()) {
                ids.add(task.id());
                task.duties().stream().map(Duty::id).forEach(ids::add);
            }
            assertEquals(ids.size(), new HashSet<>(ids).size(), id + ": " + ids);
        }
    }

    @Test
    void bothRoundTripInJsonAndYaml() {
        for (String id : QUZHOU) {
            TaskCatalogue tasks = BundledTaskCatalogues.get(id);
            assertEquals(tasks, FORMAT.read(FORMAT.write(tasks, Syntax.JSON), Syntax.JSON), id);
            assertEquals(tasks, FORMAT.read(FORMAT.write(tasks, Syntax.YAML), Syntax.YAML), id);
        }
    }
}
