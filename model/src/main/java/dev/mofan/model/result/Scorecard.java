package dev.mofan.model.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One subject's result for the period (SCORING.md, steps 1–8). An incomplete scorecard
 * holds the total of what could be scored and no grade.
 *
 * @param subject the subject's id
 * @param kind the subject's kind id
 * @param total {@code max(0, base − deductions) + bonus}, or 0 after a {@code zero} veto
 * @param grade the band reached after gates and vetoes; empty when incomplete or below every band
 * @param vetoed whether any veto fired
 * @param vetoes each veto that fired, with the records its predicate read
 * @param incomplete whether an item failed or a whole dimension was excluded: the total is what could be scored, and
 *     there is no grade
 * @param base the exact sum of the dimensions; in a composite scheme, {@code Σ weight × part points}
 *     rounded once
 * @param bonus scheme-level bonus after caps
 * @param deductions scheme-level deductions after caps
 * @param adjustments every deduction and bonus applied, scoped ones included
 * @param dimensions each dimension that applies to the subject's kind, in scheme order
 * @param indicators each indicator that applies to the subject's kind, in scheme order
 * @param items each item that applies to the subject's kind, in scheme order
 * @param parts the parts of a composite scheme, in the scheme's order; empty otherwise
 * @param differences self-assessed against reviewed points, for each item that has both, in item order
 * @param differenceSum the exact sum of the differences (0 when there are none)
 * @param trace the steps from base to grade: adjustments, vetoes, the grade decision
 */
public record Scorecard(String subject, String kind, BigDecimal total, Optional<String> grade, boolean vetoed,
        List<VetoHit> vetoes, boolean incomplete, BigDecimal base, BigDecimal bonus, BigDecimal deductions,
        List<AdjustmentScore> adjustments, List<DimensionScore> dimensions, List<IndicatorScore> indicators,
        List<ItemScore> items, List<PartScore> parts, List<Difference> differences, BigDecimal differenceSum,
        List<TraceStep> trace) {

    /**
     * Copies the lists.
     *
     * @param subject the subject's id
     * @param kind the subject's kind id
     * @param total {@code max(0, base − deductions) + bonus}, or 0 after a {@code zero} veto
     * @param grade the band reached after gates and vetoes; empty when incomplete or below every band
     * @param vetoed whether any veto fired
     * @param vetoes each veto that fired, with the records its predicate read
     * @param incomplete whether an item failed or a whole dimension was excluded: the total is what could be scored,
     *     and there is no grade
     * @param base the exact sum of the dimensions; in a composite scheme, {@code Σ weight × part points} rounded once
     * @param bonus scheme-level bonus after caps
     * @param deductions scheme-level deductions after caps
     * @param adjustments every deduction and bonus applied, scoped ones included
     * @param dimensions each dimension that applies to the subject's kind, in scheme order
     * @param indicators each indicator that applies to the subject's kind, in scheme order
     * @param items each item that applies to the subject's kind, in scheme order
     * @param parts the parts of a composite scheme, in the scheme's order; empty otherwise
     * @param differences self-assessed against reviewed points, for each item that has both, in item order
     * @param differenceSum the exact sum of the differences (0 when there are none)
     * @param trace the steps from base to grade: adjustments, vetoes, the grade decision
     */
    public Scorecard {
        vetoes = List.copyOf(vetoes);
        adjustments = List.copyOf(adjustments);
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
        items = List.copyOf(items);
        parts = List.copyOf(parts);
        differences = List.copyOf(differences);
        trace = List.copyOf(trace);
    }

    /**
     * {@return the item {@code id}, if it applied}
     *
     * @param id the item's id
     */
    public Optional<ItemScore> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }
}
