package dev.mofan.core.spi;

import dev.mofan.model.result.TraceStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The points a rule awards, exactly (the engine rounds them once to the scheme's scale), and the
 * steps that explain them.
 *
 * @param points the points awarded, exact
 * @param steps the steps that explain them, in order
 */
public record RuleResult(Fraction points, List<TraceStep> steps) {

    /**
     * Checks that points are present and copies the steps.
     *
     * @param points the points awarded, exact
     * @param steps the steps that explain them, in order
     */
    public RuleResult {
        Objects.requireNonNull(points, "points");
        steps = List.copyOf(steps);
    }

    /**
     * {@return a result of decimal points with these steps}
     *
     * @param points the points awarded
     * @param steps the steps that explain them, in order
     */
    public static RuleResult of(BigDecimal points, TraceStep... steps) {
        return new RuleResult(Fraction.of(points), List.of(steps));
    }

    /**
     * {@return a result of exact fractional points (a share of the maximum, a mean) with these steps}
     *
     * @param points the points awarded, exact
     * @param steps the steps that explain them, in order
     */
    public static RuleResult of(Fraction points, TraceStep... steps) {
        return new RuleResult(points, List.of(steps));
    }

    /**
     * {@return a result of decimal points with these steps}
     *
     * @param points the points awarded
     * @param steps the steps that explain them, in order
     */
    public static RuleResult of(BigDecimal points, List<TraceStep> steps) {
        return new RuleResult(Fraction.of(points), steps);
    }
}
