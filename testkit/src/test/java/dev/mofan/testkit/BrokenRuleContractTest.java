package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mofan.core.spi.Fraction;
import dev.mofan.core.spi.RuleCapability;
import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.RuleInput;
import dev.mofan.core.spi.RuleResult;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.scheme.KeyType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.Example;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary.Failure;

/**
 * Throw-away rules, each broken in one way, adopt {@link ScoringRuleContract} in a few lines; the
 * contract is run as a user's build would run it, and must fail each rule on exactly the property it
 * breaks, with a message that starts with that property's name.
 */
class BrokenRuleContractTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    @Example
    void aRuleGivingMoreThanTheMaximumBreaksPointsWithinBounds() {
        assertEquals(Map.of("points within bounds", "points within bounds"), failures(OutOfRangeContract.class));
    }

    @Example
    void aRuleGivingDifferentPointsEachTimeBreaksDeterminism() {
        // Different points on every call also differ between a traced and a lean call.
        Map<String, String> failures = failures(NonDeterministicContract.class);
        assertEquals(Map.of("deterministic", "deterministic", "safe under concurrent calls",
                "safe under concurrent calls", "the same points when lean", "the same points when lean"), failures);
    }

    @Example
    void aRuleThatExplainsNothingBreaksTheTrace() {
        assertEquals(Map.of("a trace on every result", "a trace on every result"), failures(NoTraceContract.class));
    }

    @Example
    void aRuleThatIgnoresItsParametersBreaksValidation() {
        assertEquals(Map.of("parameters validated with a clear error", "parameters validated with a clear error"),
                failures(UncheckedParamsContract.class));
    }

    @Example
    void aRuleScoringDifferentlyWithoutATraceBreaksLeanScoring() {
        assertEquals(Map.of("the same points when lean", "the same points when lean"), failures(LeanCheatContract.class));
    }

    @Example
    void aRuleCountingItsRecordsWhilePromisingTheCombinedValueBreaksScoringFromColumns() {
        assertEquals(Map.of("the same points from columns when declared", "the same points from columns when declared"),
                failures(RecordCounterContract.class));
    }

    @Example
    void theSameRuleReportingItsBadParameterPasses() {
        assertEquals(Map.of(), failures(CarefulParamsContract.class));
    }

    @Example
    void aRuleThatFallsAsEvidenceRisesBreaksItsMonotonePromise() {
        assertEquals(Map.of("monotone when declared", "monotone when declared"), failures(FallingContract.class));
    }

    @Example
    void theSameFallingRuleWithoutThePromisePasses() {
        assertEquals(Map.of(), failures(FallingUndeclaredContract.class));
    }

    /** Each failing property's label, mapped to the property its message names first. */
    private static Map<String, String> failures(Class<?> contract) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        Map<String, String> failed = new TreeMap<>();
        for (Failure failure : listener.getSummary().getFailures()) {
            String message = String.valueOf(failure.getException().getMessage());
            failed.put(failure.getTestIdentifier().getDisplayName(), message.substring(0, Math.max(0, message.indexOf(':'))));
        }
        return failed;
    }

    // The adoptions below are what a user writes: one method each. They are not run on their own
    // (not test classes by name), only through failures(…).

    static class OutOfRangeContract implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(rule("too-much", n -> Fraction.of(n.add(BigDecimal.valueOf(6)),
                    BigDecimal.ONE), true), "{}", KeyType.COUNT, FIVE);
        }
    }

    static class NonDeterministicContract implements ScoringRuleContract {
        private static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(rule("wobbly", n -> Fraction.of(BigDecimal.valueOf(CALLS.incrementAndGet() % 2),
                    BigDecimal.ONE), false), "{}", KeyType.COUNT, FIVE);
        }
    }

    static class NoTraceContract implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new Provider("silent", n -> Fraction.ZERO, false, false, true),
                    "{}", KeyType.COUNT, FIVE);
        }
    }

    static class UncheckedParamsContract implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new Provider("careless", n -> Fraction.ZERO, false, true, false),
                    "{}", KeyType.COUNT, FIVE).refusing("{\"per\": -1}");
        }
    }

    static class CarefulParamsContract implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new Provider("careful", n -> Fraction.ZERO, false, true, true),
                    "{}", KeyType.COUNT, FIVE).refusing("{\"per\": -1}");
        }
    }

    static class LeanCheatContract implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            Provider honest = new Provider("two-faced", n -> Fraction.ONE, false, true, true);
            ScoringRuleProvider twoFaced = new ScoringRuleProvider() {
                @Override
                public String ruleId() {
                    return honest.ruleId();
                }

                @Override
                public ScoringRule configure(RuleConfig config) {
                    ScoringRule rule = honest.configure(config);
                    return input -> input.traced() ? rule.score(input) : RuleResult.of(Fraction.ZERO);
                }
            };
            return RuleContract.RuleUnderTest.of(twoFaced, "{}", KeyType.COUNT, FIVE);
        }
    }

    /** Points for the number of records, not their combined count: true to its records, not to its promise. */
    static class RecordCounterContract implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            ScoringRuleProvider counter = new ScoringRuleProvider() {
                @Override
                public String ruleId() {
                    return "record-counter";
                }

                @Override
                public ScoringRule configure(RuleConfig config) {
                    config.singleKey(KeyType.COUNT);
                    return new ScoringRule() {
                        @Override
                        public RuleResult score(RuleInput input) {
                            BigDecimal records = BigDecimal.valueOf(Math.min(5, input.first().records().size()));
                            return RuleResult.of(records, TraceStep.of("records", "records " + records,
                                    "记录 " + records));
                        }

                        @Override
                        public Set<RuleCapability> capabilities() {
                            return Set.of(RuleCapability.COMBINED_VALUE);
                        }
                    };
                }
            };
            return RuleContract.RuleUnderTest.of(counter, "{}", KeyType.COUNT, FIVE);
        }
    }

    static class FallingContract implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(rule("falling", BrokenRuleContractTest::falling, true), "{}",
                    KeyType.COUNT, FIVE);
        }
    }

    static class FallingUndeclaredContract implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(rule("falling", BrokenRuleContractTest::falling, false), "{}",
                    KeyType.COUNT, FIVE);
        }
    }

    /** Fewer points for more: 5 at none, one less per record counted, never below 0. */
    private static Fraction falling(BigDecimal count) {
        return Fraction.of(FIVE.subtract(count.min(FIVE)));
    }

    private static ScoringRuleProvider rule(String id, Function<BigDecimal, Fraction> points, boolean monotone) {
        return new Provider(id, points, monotone, true, true);
    }

    /** A rule on one count key scoring {@code points(count)}, each good habit switchable. */
    private record Provider(String ruleId, Function<BigDecimal, Fraction> points, boolean monotone, boolean traces,
            boolean checksParams) implements ScoringRuleProvider {

        @Override
        public ScoringRule configure(RuleConfig config) {
            config.singleKey(KeyType.COUNT);
            BigDecimal per = config.params().decimal("per").orElse(BigDecimal.ONE);
            if (per.signum() < 0 && checksParams) {
                config.params().reject("per", "must not be negative", "不得为负数");
            } else if (per.signum() < 0) {
                throw new IllegalArgumentException("per < 0");
            }
            return new ScoringRule() {
                @Override
                public RuleResult score(RuleInput input) {
                    BigDecimal count = input.first().number().orElse(BigDecimal.ZERO);
                    Fraction earned = points.apply(count);
                    return traces ? RuleResult.of(earned, TraceStep.of(ruleId, "count " + count, "次数 " + count))
                            : RuleResult.of(earned);
                }

                @Override
                public Set<RuleCapability> capabilities() {
                    return monotone ? Set.of(RuleCapability.MONOTONE) : Set.of();
                }
            };
        }
    }
}
