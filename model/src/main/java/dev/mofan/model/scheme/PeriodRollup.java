package dev.mofan.model.scheme;

import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A roll-up over periods (一年一考评、三年一总评): each subject's results of the periods inside a
 * longer one combined into one total and grade, written in the report of the longer period's last
 * period. An annual result from four quarterly ones; a three-year overall result from three annual
 * ones, or from another roll-up's annual results.
 *
 * @param id the roll-up's id, in the scheme's one id namespace
 * @param name its name, in both languages
 * @param subjects the subject kinds rolled up
 * @param over the longer period's kind: {@code year}, {@code half-year}, {@code quarter} or {@code cycle}
 * @param cycle for {@code over = cycle}, one of the fixed blocks of years (e.g. {@code 2024..2026});
 *     the others follow on both sides at the same length
 * @param from the id of an earlier-declared period roll-up whose results are the inputs; empty for the
 *     scheme's own scorecards
 * @param method how the inputs' totals combine
 * @param weights for {@link Method#WEIGHTED}, one weight per input in period order; empty otherwise
 * @param missing what a missing input does
 * @param grades rules deciding the grade from the inputs, tried in order, the last one without a
 *     condition; empty to grade the roll-up's total by the scheme's bands
 */
public record PeriodRollup(String id, Label name, List<String> subjects, PeriodKind over, Optional<Period.Cycle> cycle,
        Optional<String> from, Method method, List<BigDecimal> weights, Rollup.Missing missing,
        List<GradeRule> grades) implements Rollup {

    /**
     * Checks every part's own invariants; whether the periods tile is the loader's check.
     *
     * @param id the roll-up's id, in the scheme's one id namespace
     * @param name its name, in both languages
     * @param subjects the subject kinds rolled up
     * @param over the longer period's kind: {@code year}, {@code half-year}, {@code quarter} or {@code cycle}
     * @param cycle for {@code over = cycle}, one of the fixed blocks of years (e.g. {@code 2024..2026}); the others
     *     follow on both sides at the same length
     * @param from the id of an earlier-declared period roll-up whose results are the inputs; empty for the scheme's own
     *     scorecards
     * @param method how the inputs' totals combine
     * @param weights for {@link Method#WEIGHTED}, one weight per input in period order; empty otherwise
     * @param missing what a missing input does
     * @param grades rules deciding the grade from the inputs, tried in order, the last one without a condition; empty
     *     to grade the roll-up's total by the scheme's bands
     */
    public PeriodRollup {
        Identifiers.require(id, "roll-up id");
        Objects.requireNonNull(name, "name");
        subjects = SchemeChecks.ids(subjects, "subject kind");
        Objects.requireNonNull(over, "over");
        Objects.requireNonNull(cycle, "cycle");
        if ((over == PeriodKind.CYCLE) != cycle.isPresent()) {
            throw new IllegalArgumentException("A roll-up over cycles names its cycle, and only it does");
        }
        from.ifPresent(f -> Identifiers.require(f, "from"));
        Objects.requireNonNull(method, "method");
        weights = List.copyOf(weights);
        weights.forEach(w -> SchemeChecks.positive(w, "weight of roll-up " + id));
        if ((method == Method.WEIGHTED) == weights.isEmpty()) {
            throw new IllegalArgumentException("A weighted roll-up has weights, and only it does");
        }
        Objects.requireNonNull(missing, "missing");
        grades = List.copyOf(grades);
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).when().isEmpty() != (i == grades.size() - 1)) {
                throw new IllegalArgumentException("Each grade rule of roll-up " + id
                        + " has a condition except the last, which has none");
            }
        }
    }

    /**
     * The longer period containing {@code period}: the year, quarter or block of years it lies in;
     * empty for a block that would reach outside the years a period may have ({@value
     * Period#MIN_YEAR}–{@value Period#MAX_YEAR}).
     *
     * @param period an input's period
     * @return the longer period containing {@code period}, or empty for a block outside the years a period may have
     */
    public Optional<Period> periodOf(Period period) {
        if (over != PeriodKind.CYCLE) {
            return Optional.of(Period.containing(period.start(), over));
        }
        Period.Cycle block = cycle.orElseThrow();
        int years = block.years();
        int offset = Math.floorDiv(period.start().getYear() - block.firstYear(), years) * years;
        int first = block.firstYear() + offset;
        int last = block.lastYear() + offset;
        if (first < Period.MIN_YEAR || last > Period.MAX_YEAR) {
            return Optional.empty();
        }
        return Optional.of(Period.cycle(first, last));
    }

    /** How the inputs' totals combine. */
    public enum Method implements Term {
        /** The plain mean. */
        MEAN("平均", "mean"),
        /** {@code Σ wᵢ × totalᵢ / Σ wᵢ} with the declared weights. */
        WEIGHTED("加权平均", "weighted"),
        /** The last input's total. */
        LAST("末期", "last"),
        /** The lowest total. */
        MIN("最低", "min");

        private final Label label;

        Method(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    /**
     * A grade rule: the roll-up gets {@code grade} when {@code when} holds over its inputs (grade
     * tests count the inputs' grades), or always for the last rule.
     *
     * @param grade the id of the band the roll-up gets
     * @param when the condition over the roll-up's inputs; empty for the last rule, which always applies
     */
    public record GradeRule(String grade, Optional<Predicate> when) {

        /**
         * Checks the grade id.
         *
         * @param grade the id of the band the roll-up gets
         * @param when the condition over the roll-up's inputs; empty for the last rule, which always applies
         */
        public GradeRule {
            Identifiers.require(grade, "grade");
            Objects.requireNonNull(when, "when");
            when.ifPresent(p -> SchemeChecks.decidedHere(p, "A grade rule for " + grade));
        }
    }
}
