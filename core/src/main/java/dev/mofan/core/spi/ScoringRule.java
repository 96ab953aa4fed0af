package dev.mofan.core.spi;

import dev.mofan.model.scheme.MissingPolicy;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * A scoring rule configured for one item: turns one subject's combined evidence into points and
 * the steps that explain them.
 *
 * <p>Implementations must be immutable, thread-safe (called from many threads at once) and pure:
 * the same input gives the same result, with no clock, randomness or I/O. Points need not be
 * rounded (the engine rounds once to the scheme's scale), but after rounding they must lie in
 * {@code [0, maxPoints]}; a rule that returns points outside that range, or throws, fails the
 * item for that subject with a recorded error, never the run.
 */
public interface ScoringRule {

    /**
     * Scores one subject.
     *
     * @param input the subject's evidence for the item's keys
     * @return the points, exact, and the steps that explain them
     */
    RuleResult score(RuleInput input);

    /** {@return what the rule promises; the test kit checks each promise} None by default. */
    default Set<RuleCapability> capabilities() {
        return Set.of();
    }

    /** {@return what an item does without evidence unless it says otherwise; {@link MissingPolicy#ZERO} by default} */
    default MissingPolicy defaultMissing() {
        return MissingPolicy.ZERO;
    }

    /** {@return the most points the rule can ever award, when it is below the item's maximum (for lint warnings)} */
    default Optional<BigDecimal> highestPoints() {
        return Optional.empty();
    }
}
