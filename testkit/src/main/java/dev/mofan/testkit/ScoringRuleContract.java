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
 * class AtLeastRuleTest implements ScoringRuleContract {
 *     @Override
 *     public RuleContract.RuleUnderTest ruleUnderTest() {
 *         return RuleContract.RuleUnderTest.of(new AtLeastRule.Provider(), "{\"at\": 3}", KeyType.COUNT,
 *                 new BigDecimal("5"));
 *     }
 * }
 * }</pre>
 *
 * Each property is named in plain words and, when it breaks, says which it is: points within bounds;
 * deterministic; safe under concurrent calls; a trace on every result; parameters validated with a
 * clear error; monotone when the rule declares {@link dev.mofan.core.spi.RuleCapability#MONOTONE}
 * (the rule's declared capabilities gate the optional properties). The checks themselves are
 * {@link RuleContract}'s, callable on their own.
 */
public interface ScoringRuleContract {

    /** The rule under test: its provider, one valid item's parameters, its keys' types and maximum. */
    RuleContract.RuleUnderTest ruleUnderTest();

    @Property(tries = 40)
    @Label("points within bounds")
    default void pointsWithinBounds(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.pointsWithinBounds(ruleUnderTest(), draws));
    }

    @Property(tries = 20)
    @Label("deterministic")
    default void deterministic(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.deterministic(ruleUnderTest(), draws));
    }

    @Property(tries = 5)
    @Label("safe under concurrent calls")
    default void safeUnderConcurrentCalls(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.safeUnderConcurrentCalls(ruleUnderTest(), draws));
    }

    @Property(tries = 20)
    @Label("a trace on every result")
    default void traceOnEveryResult(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> draws) {
        failIfBroken(RuleContract.traceOnEveryResult(ruleUnderTest(), draws));
    }

    @Property(tries = 1)
    @Label("parameters validated with a clear error")
    default void parametersValidated() {
        failIfBroken(RuleContract.parametersValidated(ruleUnderTest()));
    }

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
