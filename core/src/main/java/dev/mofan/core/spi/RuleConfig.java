package dev.mofan.core.spi;

import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.KeyType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What a provider sees when it configures its rule for one item of a scheme. */
public interface RuleConfig {

    /** {@return the item's parameters ({@code rule.params})} */
    RuleParams params();

    /**
     * {@return the item's maximum points}
     *
     * @throws IllegalStateException for an open-ended item (no maximum); only a provider that
     *     {@linkplain ScoringRuleProvider#scoresOpenEnded() scores open-ended items} is given one,
     *     and it asks {@link #maximum()} instead
     */
    BigDecimal maxPoints();

    /** {@return the item's maximum points; empty for an open-ended item} */
    default Optional<BigDecimal> maximum() {
        return Optional.of(maxPoints());
    }

    /** {@return the keys the item reads, as declared in the scheme, in the item's order} */
    List<EvidenceKey> keys();

    /** {@return the scheme's point scale (decimals)} */
    int scale();

    /**
     * Reports a problem with the item's keys (at {@code …items[n].keys}).
     *
     * @param en the problem in English
     * @param zh the problem in Chinese
     */
    void rejectKeys(String en, String zh);

    /**
     * {@return the item's only key when it reads exactly one, of one of {@code types}; otherwise reports
     * the problem and gives empty}
     *
     * @param types the key types the rule can read
     */
    default Optional<EvidenceKey> singleKey(KeyType... types) {
        if (keys().size() != 1) {
            rejectKeys("this rule reads exactly one key, but " + keys().size() + " are listed",
                    "此规则只读取一个指标键，但列出了 " + keys().size() + " 个");
            return Optional.empty();
        }
        EvidenceKey key = keys().get(0);
        for (KeyType type : types) {
            if (key.type() == type) {
                return Optional.of(key);
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (KeyType type : types) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(type.id());
        }
        rejectKeys("key '" + key.id() + "' is of type " + key.type().id() + "; this rule reads " + allowed,
                "指标键 '" + key.id() + "' 的类型为 " + key.type().id() + "，此规则只读取：" + allowed);
        return Optional.empty();
    }
}
