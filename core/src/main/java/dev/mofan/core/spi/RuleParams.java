package dev.mofan.core.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's parameters, read with checks: each getter reports a value of the wrong type (once per
 * parameter, however often it is read) and a required one that is missing at the parameter's JSON
 * path, and gives empty. A parameter that is
 * never read is reported as unknown once the rule is configured, so a typo is never ignored.
 */
public interface RuleParams {

    /** Whether parameter {@code name} is given, whatever its value. */
    boolean has(String name);

    /** The number {@code name}, if present. */
    Optional<BigDecimal> decimal(String name);

    /** The number {@code name}; reports it missing when absent. */
    Optional<BigDecimal> requiredDecimal(String name);

    /** The text {@code name}, if present. */
    Optional<String> text(String name);

    /** The boolean {@code name}, if present. */
    Optional<Boolean> flag(String name);

    /** The object {@code name} whose values are all numbers, in written order; reports it missing when {@code required}. */
    Optional<Map<String, BigDecimal>> decimals(String name, boolean required);

    /** The list of objects {@code name}, each read like parameters; reports it missing when {@code required}. */
    Optional<List<RuleParams>> objects(String name, boolean required);

    /** Reports a problem with parameter {@code name}. */
    void reject(String name, String en, String zh);

    /** Whether any problem was reported for these parameters. */
    boolean hasProblems();
}
