package dev.mofan.testkit;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik fill {@code @ForAll} parameters of mofan's model types without a {@code @Provide}
 * method: {@link OrgTree}, {@link OrgDirectory}, {@link Period}, {@link Label}, {@link Scheme},
 * {@link TaskCatalogue}, and the results of scoring: {@link Assessment} (a scheme, orgs, period,
 * evidence and their report), {@link Report} and {@link Scorecard}.
 *
 * <p>Evidence is not provided alone: it is only meaningful for one scheme, org directory and
 * period, so tests draw it with {@link MofanArbitraries#evidence} from those, or take a whole
 * {@link Assessment}.
 *
 * <p>Registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} of this
 * jar, so adding {@code mofan-testkit} as a test dependency is enough.
 */
public final class MofanArbitraryProvider implements ArbitraryProvider {

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(OrgTree.class) || targetType.isOfType(OrgDirectory.class)
                || targetType.isOfType(Period.class) || targetType.isOfType(Label.class)
                || targetType.isOfType(Scheme.class) || targetType.isOfType(TaskCatalogue.class)
                || targetType.isOfType(Assessment.class) || targetType.isOfType(Report.class)
                || targetType.isOfType(Scorecard.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(OrgTree.class)) {
            return Set.of(MofanArbitraries.orgTrees());
        }
        if (targetType.isOfType(OrgDirectory.class)) {
            return Set.of(MofanArbitraries.orgDirectories());
        }
        if (targetType.isOfType(Period.class)) {
            return Set.of(MofanArbitraries.periods());
        }
        if (targetType.isOfType(Scheme.class)) {
            return Set.of(MofanArbitraries.schemes());
        }
        if (targetType.isOfType(Assessment.class)) {
            return Set.of(MofanArbitraries.assessments());
        }
        if (targetType.isOfType(Report.class)) {
            return Set.of(MofanArbitraries.reports());
        }
        if (targetType.isOfType(Scorecard.class)) {
            return Set.of(MofanArbitraries.scorecards());
        }
        if (targetType.isOfType(TaskCatalogue.class)) {
            return Set.of(MofanArbitraries.taskCatalogues());
        }
        return Set.of(MofanArbitraries.labels());
    }
}
