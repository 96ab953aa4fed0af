package dev.mofan.core.rules;

import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.RuleParams;
import java.math.BigDecimal;
import java.util.Optional;

/** Parameter checks the built-in rules share, each reporting in both languages. */
final class Params {

    private Params() {
    }

    /** Reports {@code value} unless it lies in {@code [0, maxPoints]} (or {@code (0, maxPoints]}). */
    static void inRange(RuleConfig config, String name, BigDecimal value, boolean zeroAllowed) {
        boolean low = zeroAllowed ? value.signum() < 0 : value.signum() <= 0;
        if (low || value.compareTo(config.maxPoints()) > 0) {
            String max = config.maxPoints().toPlainString();
            config.params().reject(name,
                    "must lie in " + (zeroAllowed ? "[0, " : "(0, ") + max + "] (the item's maxPoints), but was "
                            + value.toPlainString(),
                    "须在 " + (zeroAllowed ? "[0, " : "(0, ") + max + "]（本项满分）之内，实际为 " + value.toPlainString());
        }
    }

    /** The required number {@code name}, reported unless it is greater than 0. */
    static Optional<BigDecimal> positive(RuleParams params, String name, boolean required) {
        Optional<BigDecimal> value = required ? params.requiredDecimal(name) : params.decimal(name);
        if (value.isPresent() && value.get().signum() <= 0) {
            params.reject(name, "must be greater than 0, but was " + value.get().toPlainString(),
                    "须大于 0，实际为 " + value.get().toPlainString());
            return Optional.empty();
        }
        return value;
    }

    /** The number {@code name}, reported unless it lies in {@code [low, 1]} ({@code (0, 1]} when {@code low} is null). */
    static Optional<BigDecimal> share(RuleParams params, String name) {
        Optional<BigDecimal> value = params.decimal(name);
        if (value.isPresent() && (value.get().signum() < 0 || value.get().compareTo(BigDecimal.ONE) > 0)) {
            params.reject(name, "must lie in [0, 1], but was " + value.get().toPlainString(),
                    "须在 [0, 1] 之内，实际为 " + value.get().toPlainString());
            return Optional.empty();
        }
        return value;
    }

    /** The whole number {@code name} ≥ 0, or {@code fallback} when absent. */
    static int count(RuleParams params, String name, int fallback) {
        Optional<BigDecimal> value = params.decimal(name);
        if (value.isEmpty()) {
            return fallback;
        }
        BigDecimal number = value.get();
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
            params.reject(name, "must be a whole number from 0 to 100, but was " + number.toPlainString(),
                    "须为 0 到 100 的整数，实际为 " + number.toPlainString());
            return fallback;
        }
        return number.intValueExact();
    }
}
