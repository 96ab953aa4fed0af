package dev.mofan.core.spi;

import dev.mofan.model.result.TraceStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** The points a rule awards (unrounded) and the steps that explain them. */
public record RuleResult(BigDecimal points, List<TraceStep> steps) {

    /** Checks that points are present and copies the steps. */
    public RuleResult {
        Objects.requireNonNull(points, "points");
        steps = List.copyOf(steps);
    }

    /** A result with these steps. */
    public static RuleResult of(BigDecimal points, TraceStep... steps) {
        return new RuleResult(points, List.of(steps));
    }
}
