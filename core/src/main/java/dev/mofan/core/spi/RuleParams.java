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

    /**
     * {@return whether parameter {@code name} is given, whatever its value}
     *
     * @param name the parameter's name
     */
    boolean has(String name);

    /**
     * {@return the number {@code name}, if present}
     *
     * @param name the parameter's name
     */
    Optional<BigDecimal> decimal(String name);

    /**
     * {@return the number {@code name}; reports it missing when absent}
     *
     * @param name the parameter's name
     */
    Optional<BigDecimal> requiredDecimal(String name);

    /**
     * {@return the text {@code name}, if present}
     *
     * @param name the parameter's name
     */
    Optional<String> text(String name);

    /**
     * {@return the boolean {@code name}, if present}
     *
     * @param name the parameter's name
     */
    Optional<Boolean> flag(String name);

    /**
     * {@return the object {@code name} whose values are all numbers, in written order; reports it missing when
     * {@code required}}
     *
     * @param name the parameter's name
     * @param required whether the parameter must be given
     */
    Optional<Map<String, BigDecimal>> decimals(String name, boolean required);

    /**
     * {@return the list of objects {@code name}, each read like parameters; reports it missing when {@code required}}
     *
     * @param name the parameter's name
     * @param required whether the parameter must be given
     */
    Optional<List<RuleParams>> objects(String name, boolean required);

    /**
     * Reports a problem with parameter {@code name}.
     *
     * @param name the parameter's name
     * @param en the problem in English
     * @param zh the problem in Chinese
     */
    void reject(String name, String en, String zh);

    /** {@return whether any problem was reported for these parameters} */
    boolean hasProblems();
}
