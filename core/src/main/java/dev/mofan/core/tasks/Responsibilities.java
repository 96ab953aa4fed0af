package dev.mofan.core.tasks;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.member.Member;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.task.Duty;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Responsibility lists (四级责任清单) derived from a task catalogue: for a level, every duty of that
 * level once, in catalogue order; for a level under an org, every duty of the level once for each
 * holder in the org's subtree (its party groups, organ committees or branches in tree order, or the
 * members of its branches).
 *
 * <pre>{@code
 * List<Responsibility> branches = Responsibilities.of(catalogue, DutyLevel.BRANCH);
 * List<Responsibility> inUnit = Responsibilities.of(catalogue, DutyLevel.BRANCH, directory, "u001");
 * }</pre>
 */
public final class Responsibilities {

    private Responsibilities() {
    }

    /**
     * {@return the duties of {@code level}, each once, by task then duty in catalogue order; no holder}
     *
     * @param catalogue the task catalogue
     * @param level the level of responsibility
     */
    public static List<Responsibility> of(TaskCatalogue catalogue, DutyLevel level) {
        List<Responsibility> lines = new ArrayList<>();
        for (Task task : catalogue.tasks()) {
            for (Duty duty : task.duties(level)) {
                lines.add(new Responsibility(Optional.empty(), task, duty));
            }
        }
        return List.copyOf(lines);
    }

    /**
     * {@return the duties of {@code level} for each of its holders in the subtree of {@code org}: by holder
     * (orgs in tree order; members by branch in tree order, then id), then task and duty}
     *
     * @param catalogue the task catalogue
     * @param level the level of responsibility
     * @param directory the org directory whose tree holds the holders
     * @param org the id of the org whose subtree is listed
     * @throws UnknownIdException if {@code org} is not in the directory's tree
     */
    public static List<Responsibility> of(TaskCatalogue catalogue, DutyLevel level, OrgDirectory directory,
            String org) {
        if (!directory.tree().contains(org)) {
            throw new UnknownIdException("org", org);
        }
        List<Responsibility> duties = of(catalogue, level);
        List<Responsibility> lines = new ArrayList<>();
        for (String holder : holders(level, directory, org)) {
            for (Responsibility duty : duties) {
                lines.add(new Responsibility(Optional.of(holder), duty.task(), duty.duty()));
            }
        }
        return List.copyOf(lines);
    }

    /** The orgs of the level's kind in the subtree, or the members of its branches. */
    private static List<String> holders(DutyLevel level, OrgDirectory directory, String org) {
        List<String> holders = new ArrayList<>();
        for (OrgUnit unit : directory.tree().subtree(org)) {
            if (level.orgKind().isPresent()) {
                if (unit.kind() == level.orgKind().get()) {
                    holders.add(unit.id());
                }
            } else {
                directory.membersOf(unit.id()).stream().map(Member::id).forEach(holders::add);
            }
        }
        return holders;
    }
}
