package dev.mofan.testkit;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik fill {@code @ForAll} parameters of mofan's model types without a {@code @Provide}
 * method: {@link OrgTree}, {@link OrgDirectory}, {@link Period}, {@link Label} and {@link Scheme}.
 *
 * <p>Evidence is not provided alone: it is only meaningful for one scheme, org directory and
 * period, so tests draw it with {@link MofanArbitraries#evidence} from those.
 *
 * <p>Registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} of this
 * jar, so adding {@code mofan-testkit} as a test dependency is enough.
 */
public final class MofanArbitraryProvider implements ArbitraryProvider {

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(OrgTree.class) || targetType.isOfType(OrgDirectory.class)
                || targetType.isOfType(Period.class) || targetType.isOfType(Label.class)
                || targetType.isOfType(Scheme.class) || targetType.isOfType(TaskCatalogue.class);
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
        if (targetType.isOfType(TaskCatalogue.class)) {
            return Set.of(MofanArbitraries.taskCatalogues());
        }
        return Set.of(MofanArbitraries.labels());
    }
}
