package dev.mofan.testkit;

import dev.mofan.model.task.Cadence;
import dev.mofan.model.task.Deadline;
import dev.mofan.model.task.Duty;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid {@link TaskCatalogue}s: 1 to 12 tasks of the five types, every cadence with a deadline that
 * suits it (days after each period, a date for a task done once, none when ongoing), 1 to 6 duties
 * each at any levels (some levels with several, some with none), bilingual or one-language texts.
 * Task ids look like {@code task-3}, duty ids {@code task-3.d1}; types, keys and items are ids of
 * the bundled {@code five-type-organ} shape but are not checked against a scheme.
 */
final class TaskCatalogueArbitraries {

    private static final List<String> TYPES = List.of("political", "service", "hands-on", "civility", "integrity");

    private TaskCatalogueArbitraries() {
    }

    static Arbitrary<TaskCatalogue> catalogues() {
        Arbitrary<List<Task>> tasks = Arbitraries.integers().between(1, 12).flatMap(count -> {
            List<Arbitrary<Task>> each = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                each.add(task("task-" + i));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
        return Combinators.combine(Arbitraries.of("tasks", "five-type-organ-tasks", "t.1"), MofanArbitraries.labels(),
                        Arbitraries.of("five-type-organ").optional(0.5), tasks)
                .as((id, name, scheme, list) -> new TaskCatalogue(id, "1", name, scheme, list));
    }

    private static Arbitrary<Task> task(String id) {
        Arbitrary<Cadence> cadences = Arbitraries.of(Cadence.class);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 366);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2024, 1, 1)
                .plusDays(d));
        Arbitrary<List<Duty>> duties = Combinators.combine(Arbitraries.of(DutyLevel.class), texts()).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(6)
                .map(pairs -> {
                    List<Duty> list = new ArrayList<>();
                    for (int d = 0; d < pairs.size(); d++) {
                        list.add(new Duty(id + ".d" + d, pairs.get(d).get1(), pairs.get(d).get2()));
                    }
                    return list;
                });
        return Combinators.combine(texts(), Arbitraries.of(TYPES), cadences, days, dates, duties,
                        Arbitraries.of("themed-party-day", "party-lecture").list().uniqueElements().ofMaxSize(2))
                .as((title, type, cadence, day, date, list, keys) -> new Task(id, title, type, cadence,
                        switch (cadence) {
                            case ONGOING -> Optional.empty();
                            case ONCE -> Optional.of(new Deadline.OnDate(date));
                            default -> day % 5 == 0 ? Optional.<Deadline>empty()
                                    : Optional.of(new Deadline.AfterPeriod(day));
                        }, keys, keys.isEmpty() ? List.of() : List.of("themed-party-days"), list));
    }

    /** Labels with at least one language. */
    private static Arbitrary<Label> texts() {
        return MofanArbitraries.labels().filter(label -> !label.isEmpty());
    }
}
