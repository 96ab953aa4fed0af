package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The contract every scoring rule keeps (docs/extending.md), as jqwik properties. Adopt it by
 * implementing one method in a test class:
 *
 * <pre>{@code
 * class AtLeastRuleContractTest implements ScoringRuleContract {
 *     @Override
 *     public RuleContract.RuleUnderTest ruleUnderTest() {
 *         return RuleContract.RuleUnderTest.of(new AtLeastRule(), "{\"target\": 4}", KeyType.COUNT,
 *                 new BigDecimal("4")).refusing("{\"target\": 0}");
 *     }
 * }
 * }</pre>
 *
 * Each property is named in plain words and, when it breaks, says which it is: points within bounds;
 * deterministic; safe under concurrent calls; a trace on every result; the same points when lean;
 * parameters validated with a
 * clear error; monotone when the rule declares {@link dev.mofan.core.spi.RuleCapability#MONOTONE}
 * (the rule's declared capabilities gate the optional properties). The checks themselves are
 * {@link RuleContract}'s, callable on their own.
 */
public interface ScoringRuleContract {

    /** {@return the rule under test: its provider, one valid item's parameters, its keys' types and maximum} */
    RuleContract.RuleUnderTest ruleUnderTest();

    /**
     * Every result lies in [0, maxPoints] after rounding, and no item fails.
     *
     * @param draws the values the evidence is drawn from
     */
    @Property(tries = 40)
    @Label("points within bounds")
    default void pointsWithinBounds(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.pointsWithinBounds(ruleUnderTest(), draws));
    }

    /**
     * The same evidence twice gives the same points and the same trace.
     *
     * @param draws the values the evidence is drawn from
     */
    @Property(tries = 20)
    @Label("deterministic")
    default void deterministic(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.deterministic(ruleUnderTest(), draws));
    }

    /**
     * Scored from several threads at once, every result is the same.
     *
     * @param draws the values the evidence is drawn from
     */
    @Property(tries = 5)
    @Label("safe under concurrent calls")
    default void safeUnderConcurrentCalls(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.safeUnderConcurrentCalls(ruleUnderTest(), draws));
    }

    /**
     * Whenever the rule scores evidence, it adds a step of its own to the trace.
     *
     * @param draws the values the evidence is drawn from
     */
    @Property(tries = 20)
    @Label("a trace on every result")
    default void traceOnEveryResult(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.traceOnEveryResult(ruleUnderTest(), draws));
    }

    /**
     * Scored lean (no trace kept), the item has the same points.
     *
     * @param draws the values the evidence is drawn from
     */
    @Property(tries = 20)
    @Label("the same points when lean")
    default void samePointsWhenLean(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.samePointsWhenLean(ruleUnderTest(), draws));
    }

    /**
     * A rule promising to read only the combined value ({@code COMBINED_VALUE}), the cases' levels
     * ({@code CASE_LEVELS}) or how many records name each value ({@code VALUE_COUNTS}) scores the same
     * from evidence columns as from the records.
     *
     * @param draws the values the evidence is drawn from
     */
    @Property(tries = 20)
    @Label("the same points from columns when declared")
    default void samePointsFromColumnsWhenDeclared(
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.samePointsFromColumnsWhenDeclared(ruleUnderTest(), draws));
    }

    /** The valid parameters load; an unknown one and each listed invalid one are refused at their path. */
    @Property(tries = 1)
    @Label("parameters validated with a clear error")
    default void parametersValidated() {
        failIfBroken(RuleContract.parametersValidated(ruleUnderTest()));
    }

    /**
     * For a rule declaring MONOTONE, raising every value never lowers the points.
     *
     * @param draws the values the evidence is drawn from
     * @param raise how much every value is raised
     */
    @Property(tries = 40)
    @Label("monotone when declared")
    default void monotoneWhenDeclared(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws,
            @ForAll @IntRange(min = 1, max = 50) int raise) {
        failIfBroken(RuleContract.monotoneWhenDeclared(ruleUnderTest(), draws, raise));
    }

    private static void failIfBroken(Optional<String> failure) {
        failure.ifPresent(message -> fail(message));
    }
}
