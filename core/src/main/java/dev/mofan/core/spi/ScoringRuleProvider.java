package dev.mofan.core.spi;

import dev.mofan.model.text.Label;

/**
 * Provides one scoring rule, named by {@link #ruleId()} in schemes ({@code rule: {id: …}}).
 *
 * <p>Found by {@link java.util.ServiceLoader} when listed, one class name per line, in
 * {@code META-INF/services/dev.mofan.core.spi.ScoringRuleProvider}, or registered by hand:
 * <pre>{@code
 * RuleRegistry rules = RuleRegistry.ofDefaults().with(new MyRuleProvider());
 * SchemeFormat format = SchemeFormat.ofDefaults().withRules(rules);
 * }</pre>
 * Two providers of one rule id are refused, naming both. Implementations must have a public
 * no-argument constructor (for the service loader), be immutable and thread-safe.
 */
public interface ScoringRuleProvider {

    /** {@return the rule's id in schemes: follows the id rule, never changes} */
    String ruleId();

    /** {@return the rule's name for people; none by default} */
    default Label name() {
        return Label.NONE;
    }

    /**
     * {@return the provider's priority: providers are ordered higher first, then by class name} It never
     * lets one id replace another.
     */
    default int priority() {
        return 0;
    }

    /**
     * {@return whether the rule can score an item with no maximum, in an open-ended scheme (积分制)} Such a
     * provider reads {@link RuleConfig#maximum()} and {@link RuleInput#maximum()}, which are empty
     * for that item, and may award any points {@code ≥ 0}. False by default: the scheme is then
     * refused where it gives this rule an item without {@code maxPoints}.
     */
    default boolean scoresOpenEnded() {
        return false;
    }

    /**
     * {@return the parameters the rule reads, for the JSON Schema of the scheme format;
     * {@link ParamsSchema#UNDESCRIBED} by default (any object passes the schema, the rule still checks them)}
     */
    default ParamsSchema paramsSchema() {
        return ParamsSchema.UNDESCRIBED;
    }

    /**
     * Checks an item's parameters and keys and returns the rule configured with them. Every
     * problem is reported through {@code config} (it becomes an error at the parameter's JSON
     * path, in English and Chinese); when any was reported, the returned rule is discarded and
     * may be anything, including null. Parameters the rule never read are reported as unknown.
     *
     * @param config the item's parameters and keys, and where to report problems with them
     * @return the rule configured for the item; anything, even null, when a problem was reported
     */
    ScoringRule configure(RuleConfig config);
}
