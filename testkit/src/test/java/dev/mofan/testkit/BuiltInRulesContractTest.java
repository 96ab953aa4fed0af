package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mofan.core.rules.CheckRule;
import dev.mofan.core.rules.CountRule;
import dev.mofan.core.rules.DeductRule;
import dev.mofan.core.rules.DirectRule;
import dev.mofan.core.rules.OccurrencesRule;
import dev.mofan.core.rules.RatingRule;
import dev.mofan.core.rules.RatioRule;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.rules.TiersRule;
import dev.mofan.model.scheme.KeyType;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.Group;

/** Every built-in rule keeps the scoring-rule contract ({@link ScoringRuleContract}), with parameters as the bundled schemes use them. */
class BuiltInRulesContractTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    @Example
    void everyBuiltInRuleIsUnderContract() {
        List<ScoringRuleContract> groups = List.of(new Check(), new Count(), new Deduct(), new Direct(), new Ratio(),
                new Tiers(), new Rating(), new Occurrences());
        assertEquals(new TreeSet<>(RuleRegistry.ofDefaults().ids()), groups.stream()
                .map(g -> g.ruleUnderTest().provider().ruleId()).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Group
    class Check implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new CheckRule(), "{}", KeyType.FLAG, FIVE)
                    .refusing("{\"points\": 6}", "{\"points\": \"all\"}");
        }
    }

    @Group
    class Count implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new CountRule(), "{\"per\": 0.5}", KeyType.COUNT, FIVE)
                    .refusing("{}", "{\"per\": -1}");
        }
    }

    @Group
    class Deduct implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new DeductRule(), "{\"per\": 1}", KeyType.COUNT, FIVE)
                    .refusing("{}", "{\"per\": -1}");
        }
    }

    @Group
    class Direct implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new DirectRule(), "{}", KeyType.POINTS, FIVE);
        }
    }

    @Group
    class Ratio implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new RatioRule(), "{\"threshold\": 0.6}", KeyType.RATIO, FIVE)
                    .refusing("{\"threshold\": 1.5}");
        }
    }

    @Group
    class Tiers implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new TiersRule(), "{\"tiers\": [{\"atLeast\": 12, \"points\": 5}, "
                    + "{\"atLeast\": 8, \"points\": 3}, {\"atLeast\": 4, \"points\": 1.5}]}", KeyType.COUNT, FIVE)
                    .refusing("{}", "{\"tiers\": [{\"atLeast\": 4, \"points\": 9}]}");
        }
    }

    @Group
    class Rating implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return RuleContract.RuleUnderTest.of(new RatingRule(), "{\"outOf\": 100, \"aggregate\": \"trimmed-mean\"}",
                    KeyType.RATING, FIVE).refusing("{\"outOf\": 0}", "{\"aggregate\": \"loudest\"}");
        }
    }

    @Group
    class GradedRating implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return new RuleContract.RuleUnderTest(new RatingRule(), "{\"grades\": {\"excellent\": 1, \"good\": 0.8, "
                    + "\"fair\": 0.6, \"poor\": 0}}", List.of(KeyType.RATING), List.of("excellent", "good", "fair", "poor"),
                    FIVE).refusing("{\"grades\": {\"excellent\": 1}}", "{\"outOf\": 100}");
        }
    }

    @Group
    class Occurrences implements ScoringRuleContract {
        @Override
        public RuleContract.RuleUnderTest ruleUnderTest() {
            return new RuleContract.RuleUnderTest(new OccurrencesRule(), "{\"per\": 1, \"levels\": {\"unit\": 1, "
                    + "\"city\": 3, \"province\": 10}}", List.of(KeyType.CATEGORY), List.of("branch", "unit", "city",
                    "province"), new BigDecimal("20"))
                    .refusing("{\"per\": 1, \"levels\": {\"city\": -3}}");
        }
    }
}
