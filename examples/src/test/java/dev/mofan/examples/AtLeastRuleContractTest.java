package dev.mofan.examples;

import dev.mofan.model.scheme.KeyType;
import dev.mofan.testkit.RuleContract.RuleUnderTest;
import dev.mofan.testkit.ScoringRuleContract;
import java.math.BigDecimal;

/**
 * The plug-in rule {@code at-least} keeps the scoring-rule contract: points within bounds,
 * deterministic, safe under concurrent calls, a trace on every result, parameters validated with a
 * clear error, and monotone, as it declares. Adopting the contract is this one method.
 */
class AtLeastRuleContractTest implements ScoringRuleContract {

    @Override
    public RuleUnderTest ruleUnderTest() {
        return RuleUnderTest.of(new AtLeastRule(), "{\"target\": 4}", KeyType.COUNT, new BigDecimal("4"))
                .refusing("{}", "{\"target\": 0}", "{\"target\": \"four\"}");
    }
}
