package dev.mofan.core.rules;

import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.error.MofanException;
import dev.mofan.model.text.Identifiers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The scoring rules a scheme may name: the providers found by {@link ServiceLoader} (the built-in
 * rules and any plug-in on the class path) and any registered by hand. Two providers of one rule
 * id are refused with a {@link DuplicateRuleException} naming both classes.
 *
 * <p>Providers are kept in a fixed order: higher {@link ScoringRuleProvider#priority()} first,
 * then by class name. Immutable and thread-safe; {@link #with(ScoringRuleProvider)} returns a new
 * registry.
 */
public final class RuleRegistry {

    private static final Comparator<ScoringRuleProvider> ORDER =
            Comparator.comparingInt(ScoringRuleProvider::priority).reversed()
                    .thenComparing(provider -> provider.getClass().getName());

    private final Map<String, ScoringRuleProvider> providers;

    private RuleRegistry(List<ScoringRuleProvider> given) {
        List<ScoringRuleProvider> ordered = new ArrayList<>(given);
        ordered.sort(ORDER);
        Map<String, ScoringRuleProvider> byId = new LinkedHashMap<>();
        for (ScoringRuleProvider provider : ordered) {
            String id = Identifiers.require(provider.ruleId(), "rule id of " + provider.getClass().getName());
            ScoringRuleProvider earlier = byId.putIfAbsent(id, provider);
            if (earlier != null) {
                throw new DuplicateRuleException(id, earlier, provider);
            }
        }
        this.providers = Collections.unmodifiableMap(byId);
    }

    /** {@return the providers the service loader finds through this class's class loader} */
    public static RuleRegistry ofDefaults() {
        return ofServices(RuleRegistry.class.getClassLoader());
    }

    /**
     * {@return the providers the service loader finds through {@code loader}}
     *
     * @param loader the class loader the service loader looks through
     */
    public static RuleRegistry ofServices(ClassLoader loader) {
        List<ScoringRuleProvider> found = new ArrayList<>();
        ServiceLoader.load(ScoringRuleProvider.class, loader).forEach(found::add);
        return new RuleRegistry(found);
    }

    /**
     * {@return exactly these providers (for containers and tests)}
     *
     * @param providers the providers, in any order
     */
    public static RuleRegistry of(List<? extends ScoringRuleProvider> providers) {
        return new RuleRegistry(List.copyOf(providers));
    }

    /**
     * {@return this registry and one more provider}
     *
     * @param provider the provider to add
     */
    public RuleRegistry with(ScoringRuleProvider provider) {
        List<ScoringRuleProvider> more = new ArrayList<>(providers.values());
        more.add(provider);
        return new RuleRegistry(more);
    }

    /**
     * {@return the provider of rule {@code id}, if registered}
     *
     * @param id the rule's id
     */
    public Optional<ScoringRuleProvider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** {@return the registered rule ids, in provider order} */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    /** {@return the ids of the rules that can score an item without a maximum, sorted} */
    public List<String> openEndedIds() {
        List<String> ids = new ArrayList<>();
        providers.forEach((id, provider) -> {
            if (provider.scoresOpenEnded()) {
                ids.add(id);
            }
        });
        Collections.sort(ids);
        return List.copyOf(ids);
    }

    /** Thrown when two providers claim one rule id. */
    public static final class DuplicateRuleException extends MofanException {

        private static final long serialVersionUID = 1L;

        /** The rule id both providers claim. */
        private final String ruleId;

        DuplicateRuleException(String ruleId, ScoringRuleProvider first, ScoringRuleProvider second) {
            super("Two providers claim rule id '" + ruleId + "': " + first.getClass().getName() + " and "
                    + second.getClass().getName() + "; remove one from the class path or register one by hand");
            this.ruleId = ruleId;
        }

        /** {@return the rule id both providers claim} */
        public String ruleId() {
            return ruleId;
        }
    }
}
