package dev.mofan.core.engine.internal;

import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.Fraction;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.result.RollupInput;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.HierarchyRollup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Rollup;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.VetoEffect;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Computes one declared roll-up for every subject it applies to in one period (SCORING.md step 9):
 * gathers the inputs (a subject's results over the periods of a year or cycle, or its own total
 * and its descendants'), applies the missing-input policy, combines the totals exactly and rounds
 * once, grades, and carries the inputs' vetoes, every step in the trace.
 */
final class RollupCalculator {

    /** How many inputs a trace step names; all of them are in the roll-up's {@code inputs[]}. */
    private static final int LISTED = 12;

    private final Scheme scheme;
    private final OrgDirectory directory;
    private final Results results;

    /**
     * What a roll-up reads: the scorecards and roll-ups of this period and of earlier ones, with
     * their final grades.
     */
    interface Results {
        /** The period being reported. */
        Period period();

        /** This period's scorecards, in subject order. */
        List<Scorecard> cards();

        /** The subject's scorecard in the report of {@code period}; empty when that report or the card is not there. */
        Optional<Scorecard> card(Period period, String subject);

        /** The roll-up {@code id} of the subject computed in the report of {@code period}, if there. */
        Optional<RollupScore> rollup(Period period, String id, String subject);

        /**
         * The final grade of the figure ({@code total} or {@code rollup:ID}) of a subject in the report
         * of {@code period}: from the figure's quota group, or {@code before} (the grade before
         * quotas) when the subject has none.
         */
        Optional<String> finalGrade(Period period, String figure, String subject, Optional<String> before);
    }

    /** One input as gathered, before the missing policy. */
    private record Gathered(String role, String subject, Period period, Optional<BigDecimal> total,
            Optional<String> grade, BigDecimal weight, List<VetoHit> vetoes) {
        boolean missing() {
            return total.isEmpty();
        }
    }

    RollupCalculator(Scheme scheme, OrgDirectory directory, Results results) {
        this.scheme = scheme;
        this.directory = directory;
        this.results = results;
    }

    /** The roll-up's results in this period, in subject order; empty when it is not computed in this period. */
    List<RollupScore> compute(Rollup rollup) {
        List<RollupScore> scores = new ArrayList<>();
        if (rollup instanceof PeriodRollup byPeriod) {
            Optional<Period> block = byPeriod.periodOf(results.period());
            if (block.isEmpty() || !block.get().end().equals(results.period().end())) {
                return List.of();
            }
            Period over = block.get();
            List<Period> parts = over.split(inputKind(byPeriod));
            for (Scorecard card : results.cards()) {
                if (byPeriod.subjects().contains(card.kind())) {
                    scores.add(period(byPeriod, over, parts, card));
                }
            }
        } else {
            HierarchyRollup byTree = (HierarchyRollup) rollup;
            for (Scorecard card : results.cards()) {
                if (byTree.subjects().contains(card.kind())) {
                    scores.add(hierarchy(byTree, card));
                }
            }
        }
        return List.copyOf(scores);
    }

    private PeriodKind inputKind(PeriodRollup rollup) {
        return rollup.from().map(id -> ((PeriodRollup) scheme.rollup(id).orElseThrow()).over())
                .orElse(scheme.period());
    }

    // ------------------------------------------------------------------ over periods

    private RollupScore period(PeriodRollup rollup, Period over, List<Period> parts, Scorecard card) {
        String subject = card.subject();
        List<Gathered> gathered = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Period part = parts.get(i);
            BigDecimal weight = rollup.weights().isEmpty() ? BigDecimal.ONE : rollup.weights().get(i);
            gathered.add(rollup.from().isEmpty() ? fromCard(subject, part, weight) : fromRollup(rollup, subject, part,
                    weight));
        }
        List<TraceStep> trace = new ArrayList<>();
        String from = rollup.from().map(id -> "roll-up " + id).orElse("scorecards");
        String fromZh = rollup.from().map(id -> "汇总 " + id).orElse("各期考评");
        trace.add(TraceStep.of("inputs", over.text() + " from " + parts.size() + " " + from + ": " + listEn(gathered),
                over.text() + " 由 " + parts.size() + " 期" + fromZh + "汇总：" + listZh(gathered))
                .with("rollup", rollup.id()).with("period", over.text()));
        List<Gathered> used = applyMissing(rollup.missing(), gathered, trace);
        if (used != null && used.isEmpty()) {
            trace.add(TraceStep.of("missing", "nothing to roll up: no total", "无可汇总项：不汇总"));
            used = null;
        }
        Optional<BigDecimal> total = used == null ? Optional.empty() : combine(rollup, used, trace);
        return finish(rollup, subject, "period", over.text(), total, gathered, gathered,
                used == null || rollup.grades().isEmpty() ? null : used, trace);
    }

    private Gathered fromCard(String subject, Period part, BigDecimal weight) {
        Optional<Scorecard> found = results.card(part, subject);
        if (found.isEmpty() || found.get().incomplete()) {
            // An incomplete period is missing, but a veto that fired in it still binds.
            return new Gathered("period", subject, part, Optional.empty(), Optional.empty(), weight,
                    found.map(Scorecard::vetoes).orElse(List.of()));
        }
        Scorecard card = found.get();
        return new Gathered("period", subject, part, Optional.of(card.total()),
                results.finalGrade(part, "total", subject, card.grade()), weight, card.vetoes());
    }

    private Gathered fromRollup(PeriodRollup rollup, String subject, Period part, BigDecimal weight) {
        String id = rollup.from().orElseThrow();
        Optional<RollupScore> found = results.rollup(part, id, subject);
        if (found.isEmpty() || found.get().total().isEmpty()) {
            return new Gathered("period", subject, part, Optional.empty(), Optional.empty(), weight,
                    found.map(RollupScore::vetoes).orElse(List.of()));
        }
        RollupScore score = found.get();
        return new Gathered("period", subject, part, score.total(),
                results.finalGrade(part, "rollup:" + id, subject, score.grade()), weight, score.vetoes());
    }

    /** The inputs that enter under the policy (missing ones as 0 under zero); null when the roll-up fails. */
    private List<Gathered> applyMissing(Rollup.Missing policy, List<Gathered> gathered, List<TraceStep> trace) {
        List<Gathered> missing = gathered.stream().filter(Gathered::missing).toList();
        if (missing.isEmpty()) {
            return gathered;
        }
        String names = missing.stream().map(this::name).collect(Collectors.joining(", "));
        switch (policy) {
            case FAIL -> {
                trace.add(TraceStep.of("missing", "missing " + names + ": the roll-up has no total (missing: fail)",
                        "缺少 " + names + "：不汇总（缺失即不汇总）").with("missing", names(missing)));
                return null;
            }
            case SKIP -> {
                trace.add(TraceStep.of("missing", "missing " + names + ": left out (missing: skip)",
                        "缺少 " + names + "：跳过（跳过缺失项）").with("missing", names(missing)));
                return gathered.stream().filter(g -> !g.missing()).toList();
            }
            default -> {
                Optional<String> zeroGrade = band(BigDecimal.ZERO).map(GradeBand::id);
                trace.add(TraceStep.of("missing", "missing " + names + ": counted as 0 (missing: zero)",
                        "缺少 " + names + "：记为 0 分（缺失记零分）").with("missing", names(missing)));
                return gathered.stream().map(g -> g.missing() ? new Gathered(g.role(), g.subject(), g.period(),
                        Optional.of(BigDecimal.ZERO), zeroGrade, g.weight(), g.vetoes()) : g).toList();
            }
        }
    }

    private Optional<BigDecimal> combine(PeriodRollup rollup, List<Gathered> used, List<TraceStep> trace) {
        Fraction exact;
        String how;
        switch (rollup.method()) {
            case LAST -> {
                Gathered last = used.get(used.size() - 1);
                exact = Fraction.of(last.total().orElseThrow());
                how = "last: " + last.period().text();
            }
            case MIN -> {
                exact = used.stream().map(g -> Fraction.of(g.total().orElseThrow())).reduce(Fraction::min).orElseThrow();
                how = "min of " + used.size();
            }
            default -> {
                exact = weightedMean(used);
                how = rollup.method() == PeriodRollup.Method.MEAN ? "mean of " + used.size()
                        : "weighted mean Σ wᵢ × totalᵢ / Σ wᵢ of " + used.size();
            }
        }
        BigDecimal total = round(exact);
        trace.add(TraceStep.of("combine", how + " = " + Decimals.brief(exact) + " → " + Decimals.text(total),
                rollup.method().label().text(Language.ZH) + "（" + used.size() + " 项）= " + Decimals.brief(exact) + " → "
                        + Decimals.text(total))
                .with("method", rollup.method().id()).with("total", total));
        return Optional.of(total);
    }

    // ------------------------------------------------------------------ over the tree

    private RollupScore hierarchy(HierarchyRollup rollup, Scorecard card) {
        Period period = results.period();
        List<TraceStep> trace = new ArrayList<>();
        Gathered own = new Gathered("own", card.subject(), period,
                card.incomplete() ? Optional.empty() : Optional.of(card.total()),
                results.finalGrade(period, "total", card.subject(), card.grade()), rollup.own(), card.vetoes());
        List<Gathered> children = new ArrayList<>();
        for (OrgUnit child : descendants(rollup, card.subject())) {
            BigDecimal weight = rollup.weighting() == HierarchyRollup.Weighting.MEMBERS
                    ? BigDecimal.valueOf(members(child)) : BigDecimal.ONE;
            Optional<Scorecard> childCard = results.card(period, child.id()).filter(c -> !c.incomplete());
            children.add(new Gathered("child", child.id(), period, childCard.map(Scorecard::total),
                    childCard.flatMap(c -> results.finalGrade(period, "total", c.subject(), c.grade())), weight,
                    List.of()));
        }
        List<Gathered> all = new ArrayList<>();
        all.add(own);
        all.addAll(children);
        trace.add(TraceStep.of("inputs", "own total and " + children.size() + " of " + String.join("/", rollup.children())
                        + " below, weighted " + (rollup.weighting() == HierarchyRollup.Weighting.MEMBERS ? "by members"
                        : "equally") + ": " + listEn(all),
                "本级总分及 " + children.size() + " 个下级（" + rollup.weighting().label().text(Language.ZH) + "）："
                        + listZh(all))
                .with("rollup", rollup.id()));
        if (own.missing()) {
            trace.add(TraceStep.of("missing", "own scorecard incomplete: the roll-up has no total",
                    "本级考评不完整：不汇总"));
            return finish(rollup, card.subject(), "hierarchy", period.text(), Optional.empty(), List.of(own), all, null,
                    trace);
        }
        // A child without weight (no members) cannot change the figure, so neither can its absence.
        List<Gathered> weighted = children.stream().filter(g -> g.weight().signum() > 0).toList();
        List<Gathered> used = weighted.isEmpty() ? List.of() : applyMissing(rollup.missing(), weighted, trace);
        if (used == null) {
            return finish(rollup, card.subject(), "hierarchy", period.text(), Optional.empty(), List.of(own), all, null,
                    trace);
        }
        BigDecimal total;
        if (used.isEmpty()) {
            total = round(Fraction.of(card.total()));
            String why = children.isEmpty() ? "no " + String.join("/", rollup.children()) + " below"
                    : weighted.isEmpty() ? "the children carry no weight (no members)" : "no child to roll up";
            String whyZh = children.isEmpty() ? "无下级" : weighted.isEmpty() ? "下级权重均为 0（无党员）" : "无可汇总的下级";
            trace.add(TraceStep.of("combine", why + ": the own total " + Decimals.text(total),
                    whyZh + "：取本级总分 " + Decimals.text(total)).with("total", total));
        } else {
            Fraction mean = weightedMean(used);
            Fraction exact = Fraction.of(rollup.own()).multiply(Fraction.of(card.total()))
                    .add(Fraction.of(BigDecimal.ONE.subtract(rollup.own())).multiply(mean));
            total = round(exact);
            trace.add(TraceStep.of("combine",
                    Decimals.text(rollup.own()) + " × " + Decimals.text(card.total()) + " + "
                            + Decimals.text(BigDecimal.ONE.subtract(rollup.own())) + " × " + Decimals.brief(mean)
                            + " (children's mean) = " + Decimals.brief(exact) + " → " + Decimals.text(total),
                    Decimals.text(rollup.own()) + " × " + Decimals.text(card.total()) + " + "
                            + Decimals.text(BigDecimal.ONE.subtract(rollup.own())) + " × " + Decimals.brief(mean)
                            + "（下级均值）= " + Decimals.brief(exact) + " → " + Decimals.text(total))
                    .with("childrenMean", mean.round(scheme.scale() + 4, scheme.rounding().mode()))
                    .with("total", total));
        }
        return finish(rollup, card.subject(), "hierarchy", period.text(), Optional.of(total), List.of(own), all, null,
                trace);
    }

    /** The members recorded in the org's subtree: a branch's own, a general branch's in its branches. */
    private int members(OrgUnit org) {
        int count = 0;
        for (OrgUnit below : directory.tree().subtree(org.id())) {
            count += directory.membersOf(below.id()).size();
        }
        return count;
    }

    /**
     * The orgs of the child kinds in the subject's subtree, in tree order, not looking below another
     * org this roll-up is computed for.
     */
    private List<OrgUnit> descendants(HierarchyRollup rollup, String subject) {
        List<OrgUnit> found = new ArrayList<>();
        if (!directory.tree().contains(subject)) {
            return found;
        }
        Deque<OrgUnit> stack = new ArrayDeque<>();
        List<OrgUnit> top = directory.tree().children(subject);
        for (int i = top.size() - 1; i >= 0; i--) {
            stack.push(top.get(i));
        }
        while (!stack.isEmpty()) {
            OrgUnit org = stack.pop();
            if (rollup.subjects().contains(org.kindId())) {
                continue;
            }
            if (rollup.children().contains(org.kindId())) {
                found.add(org);
            }
            List<OrgUnit> below = directory.tree().children(org.id());
            for (int i = below.size() - 1; i >= 0; i--) {
                stack.push(below.get(i));
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ both

    /**
     * Carries the vetoes of {@code vetoing} (the inputs whose vetoes bind the roll-up), grades (by
     * the rules over {@code graded}, or without rules by the bands) and builds the result with
     * {@code inputs} as written.
     */
    private RollupScore finish(Rollup rollup, String subject, String kind, String period, Optional<BigDecimal> total,
            List<Gathered> vetoing, List<Gathered> inputs, List<Gathered> graded, List<TraceStep> trace) {
        List<VetoHit> vetoes = new ArrayList<>();
        boolean zero = false;
        GradeBand cap = null;
        for (Gathered input : vetoing) {
            for (VetoHit hit : input.vetoes()) {
                vetoes.add(hit);
                if (hit.effect().equals(VetoEffect.ZERO.id())) {
                    zero = true;
                } else if (hit.effect().equals(VetoEffect.CAP_GRADE.id())) {
                    GradeBand band = scheme.vetoes().stream().filter(v -> v.id().equals(hit.id())).findFirst()
                            .flatMap(v -> v.grade()).flatMap(scheme::grade).orElse(null);
                    if (band != null && (cap == null || scheme.grades().indexOf(band) > scheme.grades().indexOf(cap))) {
                        cap = band;
                    }
                }
                trace.add(TraceStep.of("veto", "veto " + hit.id() + " of " + name(input) + " carried (" + hit.effect()
                        + "): a roll-up never undoes a veto", "一票否决 " + hit.id() + "（" + name(input) + "）延续（"
                        + hit.effect() + "）：汇总不撤销否决").with("veto", hit.id()).with("effect", hit.effect()));
            }
        }
        if (zero && total.isPresent()) {
            total = Optional.of(round(Fraction.ZERO));
            trace.add(TraceStep.of("veto-zero", "a carried veto makes the roll-up's total 0",
                    "延续的一票否决使汇总总分记为 0").with("total", total.get()));
        }
        Optional<String> grade;
        if (graded != null && !zero) {
            grade = byRules((PeriodRollup) rollup, graded, total, trace);
        } else {
            grade = total.flatMap(this::band).map(GradeBand::id);
            total.ifPresent(t -> trace.add(bandStep(t)));
        }
        if (cap != null && grade.isPresent()
                && scheme.grades().indexOf(scheme.grade(grade.get()).orElseThrow()) < scheme.grades().indexOf(cap)) {
            trace.add(TraceStep.of("veto-cap", "grade " + grade.get() + " capped by a carried veto at " + cap.id(),
                    "等次" + grade.get() + " 因延续的一票否决降为" + zhName(cap)).with("grade", cap.id()));
            grade = Optional.of(cap.id());
        }
        List<RollupInput> written = new ArrayList<>();
        for (Gathered input : inputs) {
            written.add(new RollupInput(input.role(), input.subject(), input.period().text(), input.total(),
                    input.grade(), input.weight(), input.missing()));
        }
        return new RollupScore(subject, kind, rollup.id(), period, total, grade, !vetoes.isEmpty(), vetoes, written,
                trace);
    }

    private TraceStep bandStep(BigDecimal total) {
        Optional<GradeBand> band = band(total);
        if (band.isEmpty()) {
            return TraceStep.of("grade", "total " + Decimals.text(total) + " reaches no grade band",
                    "总分 " + Decimals.text(total) + " 未达到任何等次");
        }
        GradeBand b = band.get();
        return TraceStep.of("grade", "grade " + b.id() + ": total " + Decimals.text(total) + " ≥ " + Decimals.text(b.min()),
                "等次" + zhName(b) + "：总分 " + Decimals.text(total) + " ≥ " + Decimals.text(b.min()))
                .with("grade", b.id());
    }

    private Optional<String> byRules(PeriodRollup rollup, List<Gathered> inputs, Optional<BigDecimal> total,
            List<TraceStep> trace) {
        List<Optional<String>> grades = inputs.stream().map(Gathered::grade).toList();
        for (PeriodRollup.GradeRule rule : rollup.grades()) {
            if (rule.when().isEmpty()) {
                trace.add(TraceStep.of("grade", "grade " + rule.grade() + ": no rule before it held",
                        "等次" + rule.grade() + "：前面的规则均不满足").with("grade", rule.grade()));
                return Optional.of(rule.grade());
            }
            Outcome outcome = test(rule.when().get(), grades, total);
            trace.add(TraceStep.of(outcome.holds() ? "grade" : "grade-rule",
                    rule.grade() + ": " + outcome.en() + (outcome.holds() ? " → grade " + rule.grade() : " → not met"),
                    rule.grade() + "：" + outcome.zh() + (outcome.holds() ? " → 等次" + rule.grade() : " → 不满足"))
                    .with("grade", rule.grade()).with("holds", outcome.holds()));
            if (outcome.holds()) {
                return Optional.of(rule.grade());
            }
        }
        throw new IllegalStateException("The last grade rule has no condition");
    }

    private record Outcome(boolean holds, String en, String zh) {
    }

    /** A grade rule's predicate over the inputs' grades (in period order) and the roll-up's total. */
    private Outcome test(Predicate predicate, List<Optional<String>> grades, Optional<BigDecimal> total) {
        if (predicate instanceof Predicate.GradeTest test) {
            List<Optional<String>> window = grades.subList(Math.max(0, grades.size()
                    - test.periods().orElse(grades.size())), grades.size());
            int expected = scheme.grades().indexOf(scheme.grade(test.grade()).orElseThrow());
            long count = window.stream().filter(g -> g.isPresent() && scheme.grade(g.get()).isPresent()
                    && test.op().holds(scheme.grades().indexOf(scheme.grade(g.get()).orElseThrow()), expected)).count();
            int needed = test.times().orElse(window.size());
            boolean holds = count >= needed && !window.isEmpty();
            String seen = window.stream().map(g -> g.orElse("—")).collect(Collectors.joining(", "));
            return new Outcome(holds,
                    "grade " + test.op().word() + " " + test.grade() + " in at least " + needed + " of " + window.size()
                            + " (" + count + ": " + seen + ")",
                    "等次 " + test.op().word() + " " + test.grade() + " 至少 " + needed + " 次（共 " + window.size() + " 期，实有 "
                            + count + " 次：" + seen + "）");
        }
        if (predicate instanceof Predicate.ResultTest test) {
            boolean holds = total.isPresent() && test.op().holds(total.get().compareTo(test.value()));
            String shown = total.map(Decimals::text).orElse("none");
            return new Outcome(holds, "total " + test.op().symbol() + " " + Decimals.text(test.value()) + " (is " + shown
                    + ")", "汇总总分 " + test.op().symbol() + " " + Decimals.text(test.value()) + "（实际 " + shown + "）");
        }
        if (predicate instanceof Predicate.Not not) {
            Outcome inner = test(not.negated(), grades, total);
            return new Outcome(!inner.holds(), "not (" + inner.en() + ")", "非（" + inner.zh() + "）");
        }
        boolean all = predicate instanceof Predicate.AllOf;
        List<Predicate> parts = all ? ((Predicate.AllOf) predicate).all() : ((Predicate.AnyOf) predicate).any();
        boolean holds = all;
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (Predicate part : parts) {
            Outcome outcome = test(part, grades, total);
            holds = all ? holds && outcome.holds() : holds || outcome.holds();
            en.add(outcome.en());
            zh.add(outcome.zh());
        }
        return new Outcome(holds, (all ? "all of [" : "any of [") + String.join("; ", en) + "]",
                (all ? "同时满足［" : "满足其一［") + String.join("；", zh) + "］");
    }

    /** {@code Σ wᵢ × totalᵢ / Σ wᵢ} over inputs with a positive weight sum. */
    private static Fraction weightedMean(List<Gathered> used) {
        Fraction sum = Fraction.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Gathered input : used) {
            sum = sum.add(Fraction.of(input.total().orElseThrow()).multiply(input.weight()));
            weights = weights.add(input.weight());
        }
        return sum.divide(weights);
    }

    /** The best band whose minimum {@code total} reaches (no gates: a roll-up has no evidence of its own). */
    private Optional<GradeBand> band(BigDecimal total) {
        return scheme.grades().stream().filter(b -> total.compareTo(b.min()) >= 0).findFirst();
    }

    private BigDecimal round(Fraction exact) {
        return exact.round(scheme.scale(), scheme.rounding().mode());
    }

    private String name(Gathered input) {
        return input.role().equals("period") ? input.period().text() : input.subject();
    }

    private List<String> names(List<Gathered> inputs) {
        return inputs.stream().map(this::name).toList();
    }

    private String listEn(List<Gathered> inputs) {
        String listed = inputs.stream().limit(LISTED).map(g -> name(g) + " " + g.total().map(Decimals::text)
                .orElse("missing") + g.grade().map(grade -> " (" + grade + ")").orElse("") + weightText(g))
                .collect(Collectors.joining(", "));
        return inputs.size() <= LISTED ? listed : listed + " and " + (inputs.size() - LISTED) + " more (inputs[])";
    }

    private String listZh(List<Gathered> inputs) {
        String listed = inputs.stream().limit(LISTED).map(g -> name(g) + " " + g.total().map(Decimals::text)
                .orElse("缺失") + g.grade().map(grade -> "（" + grade + "）").orElse("") + weightText(g))
                .collect(Collectors.joining("，"));
        return inputs.size() <= LISTED ? listed : listed + " 等，另有 " + (inputs.size() - LISTED) + " 项（见 inputs[]）";
    }

    private static String weightText(Gathered input) {
        return input.weight().compareTo(BigDecimal.ONE) == 0 && !input.role().equals("own") ? ""
                : " × " + Decimals.text(input.weight());
    }

    private static String zhName(GradeBand band) {
        return band.name().isEmpty() ? band.id() : band.name().text(Language.ZH);
    }
}
