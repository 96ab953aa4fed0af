package dev.mofan.core.engine.internal;

import dev.mofan.core.engine.internal.CompiledScheme.DimensionPlan;
import dev.mofan.core.engine.internal.CompiledScheme.IndicatorPlan;
import dev.mofan.core.engine.internal.CompiledScheme.KindPlan;
import dev.mofan.core.engine.internal.CompiledScheme.PartPlan;
import dev.mofan.core.engine.internal.EvidenceIndex.Counted;
import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.Fraction;
import dev.mofan.core.spi.KeyEvidence;
import dev.mofan.core.spi.RuleInput;
import dev.mofan.core.spi.RuleResult;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.result.AdjustmentScore;
import dev.mofan.model.result.Difference;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemError;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.MissingPolicy;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import dev.mofan.model.scheme.VetoEffect;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores one subject for one period: SCORING.md steps 1–8, each figure with its trace.
 * One instance per subject; not shared between threads.
 */
public final class SubjectScorer {

    /** A scored subject: its scorecard, its failed items and, when incomplete, why it is unranked. */
    public record Result(Scorecard scorecard, List<ItemError> errors, Optional<Unranked> unranked) {
    }

    private final CompiledScheme compiled;
    private final Scheme scheme;
    private final int scale;
    private final RoundingMode mode;
    private final String subject;
    private final KindPlan plan;
    /** The subject's reviewed records by key: what scores. */
    private final Map<String, List<Counted>> records;
    /** The subject's self-assessed records by key (自评), for keys items read. */
    private final Map<String, List<Counted>> selfRecords;
    private final Map<String, KeyEvidence> combined = new HashMap<>();
    private final Map<String, KeyEvidence> selfCombined = new HashMap<>();
    private final Map<String, List<Counted>> pending = new HashMap<>();
    /** The items with a reviewed record for some key: a reviewed figure to compare self-assessment with. */
    private final Set<String> reviewedItems = new HashSet<>();
    private final Map<String, KeyEvidence> withPending = new HashMap<>();
    private final Map<String, BigDecimal> figures = new HashMap<>();
    private final List<ItemError> errors = new ArrayList<>();
    private final List<TraceStep> trace = new ArrayList<>();
    private final List<AdjustmentScore> adjustments = new ArrayList<>();
    private Messages incompleteBecause;
    /** Whether the scorecard keeps its trace; a lean scorecard (totals and grades only) does not. */
    private final boolean traced;

    private SubjectScorer(CompiledScheme compiled, String subject, KindPlan plan, Map<String, List<Counted>> records,
            boolean traced) {
        this.compiled = compiled;
        this.traced = traced;
        this.scheme = compiled.scheme();
        this.scale = scheme.scale();
        this.mode = scheme.rounding().mode();
        this.subject = subject;
        this.plan = plan;
        Map<String, List<Counted>> reviewed = new HashMap<>();
        Map<String, List<Counted>> self = new HashMap<>();
        records.forEach((key, list) -> {
            for (Counted counted : list) {
                (counted.record().stage() == Stage.SELF ? self : reviewed)
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(counted);
            }
        });
        this.records = reviewed;
        this.selfRecords = self;
    }

    /**
     * Scores {@code subject} of the kind {@code plan} is for, from its counted records by key (both
     * stages, each list in record-id order).
     *
     * @param compiled the compiled scheme
     * @param subject the subject's id
     * @param plan the plan of the subject's kind
     * @param records the subject's counted records by key
     * @param traced whether the scorecard and its items keep their traces (false: lean, the same figures)
     * @return the scorecard, the items that failed, and why the subject is unranked, if it is
     */
    public static Result score(CompiledScheme compiled, String subject, KindPlan plan,
            Map<String, List<Counted>> records, boolean traced) {
        return new SubjectScorer(compiled, subject, plan, records, traced).score();
    }

    private KeyEvidence evidence(String key) {
        return combined.computeIfAbsent(key, k -> Combiner.combine(compiled.key(k).orElseThrow(),
                records.getOrDefault(k, List.of()), scheme.timeZone()));
    }

    private KeyEvidence selfEvidence(String key) {
        return selfCombined.computeIfAbsent(key, k -> Combiner.combine(compiled.key(k).orElseThrow(),
                selfRecords.getOrDefault(k, List.of()), scheme.timeZone()));
    }

    /**
     * The self-assessed records of {@code key} the review has not reached yet: those of a case
     * (caseId) with no reviewed record of the key, and, without a case id, all of them while the key
     * has no reviewed record at all. A reviewed case replaces its self-assessment; the others wait.
     */
    private List<Counted> pending(String key) {
        return pending.computeIfAbsent(key, k -> {
            List<Counted> reviewed = records.getOrDefault(k, List.of());
            Set<String> reviewedCases = new HashSet<>();
            reviewed.forEach(c -> c.record().caseId().ifPresent(reviewedCases::add));
            List<Counted> waiting = new ArrayList<>();
            for (Counted self : selfRecords.getOrDefault(k, List.of())) {
                Optional<String> caseId = self.record().caseId();
                if (caseId.isPresent() ? !reviewedCases.contains(caseId.get()) : reviewed.isEmpty()) {
                    waiting.add(self);
                }
            }
            return List.copyOf(waiting);
        });
    }

    /** The reviewed evidence of {@code key} with its pending self-assessment, for schemes that count it. */
    private KeyEvidence evidenceWithPending(String key) {
        if (pending(key).isEmpty()) {
            return evidence(key);
        }
        return withPending.computeIfAbsent(key, k -> {
            List<Counted> merged = new ArrayList<>(records.getOrDefault(k, List.of()));
            merged.addAll(pending(k));
            merged.sort(Comparator.comparing(c -> c.record().id()));
            return Combiner.combine(compiled.key(k).orElseThrow(), merged, scheme.timeZone());
        });
    }

    private BigDecimal round(BigDecimal value) {
        return value.setScale(scale, mode);
    }

    private Result score() {
        List<DimensionScore> dimensionScores = new ArrayList<>();
        List<IndicatorScore> indicatorScores = new ArrayList<>();
        List<ItemScore> itemScores = new ArrayList<>();
        Map<String, BigDecimal> dimensionPoints = new HashMap<>();
        BigDecimal base = BigDecimal.ZERO;
        for (DimensionPlan dimension : plan.dimensions()) {
            Level dimensionLevel = new Level();
            for (IndicatorPlan indicator : dimension.indicators()) {
                Level indicatorLevel = new Level();
                for (Item item : indicator.items()) {
                    ItemScore score = item(item, indicator.indicator().id());
                    itemScores.add(score);
                    indicatorLevel.add(score.points(), score.excluded(), item.maxPoints());
                }
                Optional<BigDecimal> points = close(indicatorLevel, indicator.maxPoints(), "indicator:"
                        + indicator.indicator().id(), indicator.deductions(), indicator.bonuses());
                points.ifPresent(p -> figures.put("indicator:" + indicator.indicator().id(), p));
                indicatorScores.add(new IndicatorScore(indicator.indicator().id(), dimension.dimension().id(),
                        points.map(this::round), indicator.maxPoints().map(this::round), points.isEmpty()));
                dimensionLevel.add(points, points.isEmpty(), indicator.maxPoints());
            }
            String dimensionId = dimension.dimension().id();
            Optional<BigDecimal> points = close(dimensionLevel, dimension.maxPoints(), "dimension:" + dimensionId,
                    dimension.deductions(), dimension.bonuses());
            if (points.isEmpty() && incompleteBecause == null) {
                incompleteBecause = Messages.of(EngineProblems.UNRANKED_EXCLUDED, dimensionId);
            }
            points.ifPresent(p -> figures.put("dimension:" + dimensionId, p));
            points.ifPresent(p -> dimensionPoints.put(dimensionId, p));
            dimensionScores.add(new DimensionScore(dimensionId, points.map(this::round),
                    dimension.maxPoints().map(this::round), points.isEmpty()));
            base = base.add(points.orElse(BigDecimal.ZERO));
        }
        List<PartScore> parts = List.of();
        if (plan.parts().isEmpty()) {
            base = round(base);
            trace.add(TraceStep.of("base", "base = sum of the dimensions = " + Decimals.text(base),
                    "基础得分 = 各维度得分之和 = " + Decimals.text(base)).with("base", base));
        } else {
            parts = parts(dimensionPoints);
            base = composite(parts);
        }
        figures.put("base", base);

        BigDecimal deductions = sum("scheme", "deduction", plan.deductions(), scheme.deductionCap().orElse(null));
        BigDecimal bonus = sum("scheme", "bonus", plan.bonuses(), scheme.bonusCap().orElse(null));
        BigDecimal afterDeductions = Decimals.max(BigDecimal.ZERO, base.subtract(deductions));
        BigDecimal total = round(afterDeductions.add(bonus));
        deductions = round(deductions);
        bonus = round(bonus);
        trace.add(TraceStep.of("total",
                "total = max(0, " + Decimals.text(base) + " − " + Decimals.text(deductions) + ") + " + Decimals.text(bonus)
                        + " = " + Decimals.text(total),
                "总分 = max(0, " + Decimals.text(base) + " − " + Decimals.text(deductions) + ") + " + Decimals.text(bonus)
                        + " = " + Decimals.text(total))
                .with("base", base).with("deductions", deductions).with("bonus", bonus).with("total", total));
        figures.put("total", total);

        List<VetoHit> hits = new ArrayList<>();
        GradeBand cap = null;
        boolean zero = false;
        PredicateCheck check = new PredicateCheck(this::evidence, figure -> Optional.ofNullable(figures.get(figure)));
        for (Veto veto : plan.vetoes()) {
            PredicateCheck.Outcome outcome = check.test(veto.when());
            if (!outcome.holds()) {
                if (!outcome.records().isEmpty()) {
                    trace.add(TraceStep.of("veto-clear", "veto " + veto.id() + " not met: " + outcome.en(),
                            "一票否决 " + veto.id() + " 未触发：" + outcome.zh())
                            .with("veto", veto.id()).with("records", List.copyOf(outcome.records())));
                }
                continue;
            }
            hits.add(new VetoHit(veto.id(), veto.effect().id(), outcome.en(), outcome.zh(), List.copyOf(outcome.records())));
            String effectEn;
            String effectZh;
            if (veto.effect() == VetoEffect.ZERO) {
                zero = true;
                effectEn = "total " + Decimals.text(total) + " becomes 0";
                effectZh = "总分 " + Decimals.text(total) + " 记为 0";
            } else if (veto.effect() == VetoEffect.CAP_GRADE) {
                GradeBand band = scheme.grade(veto.grade().orElseThrow()).orElseThrow();
                if (cap == null || scheme.grades().indexOf(band) > scheme.grades().indexOf(cap)) {
                    cap = band;
                }
                effectEn = "grade at most " + band.id();
                effectZh = "等次最高为" + zhName(band);
            } else {
                effectEn = "not eligible for designation";
                effectZh = "不得评选命名";
            }
            trace.add(TraceStep.of("veto", "veto " + veto.id() + ": " + outcome.en() + " → " + effectEn,
                    "一票否决 " + veto.id() + "：" + outcome.zh() + " → " + effectZh)
                    .with("veto", veto.id()).with("effect", veto.effect().id()).with("totalBefore", total)
                    .with("records", List.copyOf(outcome.records())));
        }
        if (zero) {
            total = round(BigDecimal.ZERO);
            figures.put("total", total);
        }

        boolean incomplete = incompleteBecause != null;
        Optional<String> grade = incomplete ? Optional.empty() : grade(total, cap, check);
        if (incomplete) {
            trace.add(TraceStep.of("grade", "no grade: " + incompleteBecause.en(), "不评定等次：" + incompleteBecause.zh()));
        }
        citeGateEvidence(itemScores, hits);
        List<Difference> differences = differences(itemScores);
        BigDecimal differenceSum = round(BigDecimal.ZERO);
        for (Difference difference : differences) {
            differenceSum = differenceSum.add(difference.difference());
        }
        Scorecard card = new Scorecard(subject, plan.kind(), total, grade, !hits.isEmpty(), hits, incomplete, base,
                bonus, deductions, adjustments, dimensionScores, indicatorScores, itemScores, parts, differences,
                differenceSum, traced ? trace : List.of());
        Optional<Unranked> unranked = incomplete
                ? Optional.of(new Unranked(subject, incompleteBecause.code(), incompleteBecause.en(), incompleteBecause.zh())) : Optional.empty();
        return new Result(card, errors, unranked);
    }

    /**
     * Names the records of gate keys no figure or step has cited yet (gates of bands the total did
     * not reach are not tested; an incomplete scorecard tests none), so that every record a
     * scorecard was given is accounted for in the report.
     */
    private void citeGateEvidence(List<ItemScore> items, List<VetoHit> hits) {
        SortedSet<String> uncited = new TreeSet<>();
        for (String key : compiled.gateKeys()) {
            records.getOrDefault(key, List.of()).forEach(c -> uncited.add(c.record().id()));
        }
        if (uncited.isEmpty()) {
            return;
        }
        items.forEach(item -> uncited.removeAll(item.evidence()));
        adjustments.forEach(adjustment -> uncited.removeAll(adjustment.evidence()));
        hits.forEach(hit -> uncited.removeAll(hit.evidence()));
        for (TraceStep step : trace) {
            if (step.figures().get("records") instanceof List<?> listed) {
                listed.forEach(uncited::remove);
            }
        }
        if (!uncited.isEmpty()) {
            trace.add(TraceStep.of("gate-evidence", "read by grade gates only: " + String.join(", ", uncited),
                    "仅由等次门槛条件读取：" + String.join(", ", uncited)).with("records", List.copyOf(uncited)));
        }
    }

    // ---------------------------------------------------------------- composite

    /** Each part of a composite scheme: the sum of its dimensions less its own deductions, floored at 0. */
    private List<PartScore> parts(Map<String, BigDecimal> dimensionPoints) {
        List<PartScore> parts = new ArrayList<>();
        for (PartPlan plan : this.plan.parts()) {
            Part part = plan.part();
            String scope = "part:" + part.id();
            BigDecimal partBase = BigDecimal.ZERO;
            for (String dimension : part.dimensions()) {
                partBase = partBase.add(dimensionPoints.getOrDefault(dimension, BigDecimal.ZERO));
            }
            partBase = round(partBase);
            BigDecimal lost = round(sum(scope, "deduction", plan.deductions(), part.deductionCap().orElse(null)));
            BigDecimal points = round(Decimals.max(BigDecimal.ZERO, partBase.subtract(lost)));
            trace.add(TraceStep.of("part",
                    scope + ": max(0, " + Decimals.text(partBase) + " − " + Decimals.text(lost) + ") = "
                            + Decimals.text(points),
                    scope + "：max(0, " + Decimals.text(partBase) + " − " + Decimals.text(lost) + ") = "
                            + Decimals.text(points))
                    .with("part", part.id()).with("base", partBase).with("deductions", lost).with("points", points));
            figures.put(scope, points);
            parts.add(new PartScore(part.id(), part.weight(), partBase, lost, points));
        }
        return List.copyOf(parts);
    }

    /** {@code Σ weight × part points}, exact, rounded once to the scheme's scale (SCORING.md step 6). */
    private BigDecimal composite(List<PartScore> parts) {
        BigDecimal exact = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (PartScore part : parts) {
            exact = exact.add(part.weight().multiply(part.points()));
            terms.add(Decimals.text(part.weight()) + " × " + Decimals.text(part.points()));
        }
        BigDecimal base = round(exact);
        String formula = String.join(" + ", terms) + " = " + (exact.compareTo(base) == 0 ? Decimals.text(base)
                : exact.stripTrailingZeros().toPlainString() + " → " + Decimals.text(base));
        trace.add(TraceStep.of("composite", "base = " + formula, "基础得分 = " + formula)
                .with("exact", exact).with("base", base));
        return base;
    }

    /**
     * Self-assessed against reviewed points, for each item that has both: self-assessed points and
     * at least one reviewed record (a review that has not started has nothing to compare with).
     */
    private List<Difference> differences(List<ItemScore> items) {
        List<Difference> differences = new ArrayList<>();
        for (ItemScore item : items) {
            if (item.selfPoints().isPresent() && item.points().isPresent() && reviewedItems.contains(item.id())) {
                BigDecimal self = item.selfPoints().get();
                BigDecimal reviewed = item.points().get();
                differences.add(new Difference(item.id(), self, reviewed, self.subtract(reviewed)));
            }
        }
        return List.copyOf(differences);
    }

    // ---------------------------------------------------------------- items

    /** What one attempt at an item's points gave: points, an exclusion, or a failure. */
    private record Attempt(Optional<BigDecimal> points, boolean excluded, Messages failure) {

        static final Attempt EXCLUDED = new Attempt(Optional.empty(), true, null);

        static Attempt scored(BigDecimal points) {
            return new Attempt(Optional.of(points), false, null);
        }

        static Attempt failed(Messages why) {
            return new Attempt(Optional.empty(), false, why);
        }
    }

    /**
     * An item's points from reviewed evidence and, beside them, from self-assessed evidence
     * (SCORING.md step 2). An item with self-assessed records the review has not reached (a case
     * not yet reviewed, or no review at all) is unverified: those records count only where the
     * scheme allows unverified self-assessment.
     */
    private ItemScore item(Item item, String indicatorId) {
        List<TraceStep> steps = new ArrayList<>();
        SortedSet<String> cited = new TreeSet<>();
        boolean selfAssessed = anyRecord(item, selfRecords);
        Optional<BigDecimal> selfPoints = Optional.empty();
        if (selfAssessed) {
            steps.add(TraceStep.of("stage", "self-assessment", "自评").with("stage", "self"));
            Attempt self = attempt(item, this::selfEvidence, steps, cited);
            if (self.failure() != null) {
                steps.add(TraceStep.of("self-failed", "self-assessment not scored: " + self.failure().en(),
                        "自评未能评分：" + self.failure().zh()).with("code", self.failure().code()));
            } else if (self.points().isPresent()) {
                selfPoints = self.points();
                steps.add(TraceStep.of("self-points", "self-assessed points " + Decimals.text(selfPoints.get()),
                        "自评得分 " + Decimals.text(selfPoints.get())).with("selfPoints", selfPoints.get()));
            }
            steps.add(TraceStep.of("stage", "review", "审核").with("stage", "review"));
        }
        if (anyRecord(item, records)) {
            reviewedItems.add(item.id());
        }
        List<String> waiting = new ArrayList<>();
        for (String key : item.keys()) {
            pending(key).forEach(c -> waiting.add(c.record().id()));
        }
        boolean unverified = !waiting.isEmpty();
        boolean counted = unverified && scheme.allowUnverifiedSelfAssessment();
        if (unverified) {
            String ids = String.join(", ", waiting);
            TraceStep step = counted
                    ? TraceStep.of("unverified", "not reviewed yet, counted (allowUnverifiedSelfAssessment): " + ids,
                            "尚未审核，按自评计入（allowUnverifiedSelfAssessment）：" + ids)
                    : TraceStep.of("unverified", "not reviewed yet, not counted: " + ids, "尚未审核，不计入：" + ids);
            steps.add(step.with("records", List.copyOf(waiting)).with("counted", counted));
        }
        Attempt outcome = attempt(item, counted ? this::evidenceWithPending : this::evidence, steps, cited);
        if (unverified && !counted && outcome.failure() != null
                && outcome.failure().code().equals(EngineProblems.NO_EVIDENCE.code())) {
            outcome = Attempt.failed(Messages.of(EngineProblems.NOT_REVIEWED));
        }
        if (outcome.failure() != null) {
            return fail(item, indicatorId, outcome.failure(), selfPoints, unverified, cited, steps);
        }
        outcome.points().ifPresent(p -> figures.put("item:" + item.id(), p));
        return new ItemScore(item.id(), indicatorId, outcome.points(), item.maxPoints().map(this::round), selfPoints,
                unverified, outcome.excluded(), item.rule().id(), List.copyOf(cited), traced ? steps : List.of());
    }

    private static boolean anyRecord(Item item, Map<String, List<Counted>> byKey) {
        for (String key : item.keys()) {
            if (!byKey.getOrDefault(key, List.of()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The item's points from the evidence {@code source} gives, with the steps that explain them. */
    private Attempt attempt(Item item, Function<String, KeyEvidence> source, List<TraceStep> steps,
            SortedSet<String> cited) {
        ScoringRule rule = compiled.rule(item.id());
        Map<String, KeyEvidence> inputs = new LinkedHashMap<>();
        boolean any = false;
        for (String key : item.keys()) {
            KeyEvidence found = source.apply(key);
            inputs.put(key, found);
            any |= !found.isEmpty();
            List<String> ids = new ArrayList<>();
            found.records().forEach(r -> ids.add(r.id()));
            cited.addAll(ids);
            if (traced) {
                steps.add(evidenceStep(found, ids));
            }
        }
        if (!any) {
            MissingPolicy policy;
            try {
                policy = item.missing().orElseGet(rule::defaultMissing);
            } catch (RuntimeException e) {
                return Attempt.failed(Messages.of(EngineProblems.RULE_FAILED, item.rule().id(), String.valueOf(e)));
            }
            if (policy == null) {
                return Attempt.failed(Messages.of(EngineProblems.RULE_FAILED, item.rule().id(),
                        Label.of("未给出缺少佐证时的处理方式", "no missing-evidence policy")));
            }
            switch (policy) {
                case ZERO -> {
                    steps.add(TraceStep.of("missing", "no evidence: 0 points", "无佐证：得 0 分").with("policy", "zero"));
                    return Attempt.scored(round(BigDecimal.ZERO));
                }
                case EXCLUDE -> {
                    steps.add(TraceStep.of("missing", "no evidence: excluded, its indicator renormalised",
                            "无佐证：本项不计入，所属指标按比例折算").with("policy", "exclude"));
                    return Attempt.EXCLUDED;
                }
                case FAIL -> {
                    return Attempt.failed(Messages.of(EngineProblems.NO_EVIDENCE));
                }
                case SCORE -> steps.add(TraceStep.of("missing", "no evidence: scored by the rule as none",
                        "无佐证：由评分规则按无记录评分").with("policy", "score"));
                default -> throw new IllegalStateException("Unknown policy " + policy);
            }
        }
        RuleResult result;
        try {
            result = rule.score(new Input(item.maxPoints(), inputs, subject, traced));
        } catch (RuntimeException | StackOverflowError e) {
            return Attempt.failed(Messages.of(EngineProblems.RULE_FAILED, item.rule().id(), String.valueOf(e)));
        }
        if (result == null) {
            return Attempt.failed(Messages.of(EngineProblems.RULE_FAILED, item.rule().id(),
                    Label.of("未返回结果", "no result")));
        }
        if (traced) {
            steps.addAll(result.steps());
        }
        BigDecimal points = result.points().round(scale, mode);
        if (points.signum() < 0 || item.maxPoints().filter(max -> points.compareTo(max) > 0).isPresent()) {
            return Attempt.failed(Messages.of(EngineProblems.OUT_OF_RANGE, item.rule().id(),
                    Decimals.brief(result.points()), item.maxPoints().map(Decimals::text).orElse("∞")));
        }
        if (traced && result.points().compareTo(points) != 0) {
            steps.add(TraceStep.of("round", "rounded to " + Decimals.text(points) + " (" + scheme.rounding().id() + ")",
                    "按" + scheme.rounding().label().text(Language.ZH) + "取 " + Decimals.text(points))
                    .with("points", points));
        }
        return Attempt.scored(points);
    }

    private TraceStep evidenceStep(KeyEvidence found, List<String> ids) {
        String key = found.key().id();
        String value = found.text().orElseGet(() -> found.number().map(Decimals::brief).orElse("none"));
        String valueZh = found.text().orElseGet(() -> found.number().map(Decimals::brief).orElse("无"));
        if (found.isEmpty()) {
            return TraceStep.of("evidence", key + ": no record", key + "：无记录").with("key", key)
                    .with("records", List.of());
        }
        return TraceStep.of("evidence",
                key + ": " + ids.size() + " record(s) " + String.join(", ", ids) + ", " + found.key().combine().id() + " "
                        + value,
                key + "：" + ids.size() + " 条记录 " + String.join(", ", ids) + "，"
                        + found.key().combine().label().text(Language.ZH) + " " + valueZh)
                .with("key", key).with("records", ids).with("combine", found.key().combine().id()).with("value", value);
    }

    private ItemScore fail(Item item, String indicatorId, Messages why, Optional<BigDecimal> selfPoints,
            boolean unverified, SortedSet<String> cited, List<TraceStep> steps) {
        errors.add(new ItemError(subject, item.id(), why.code(), why.en(), why.zh()));
        if (incompleteBecause == null) {
            incompleteBecause = Messages.of(EngineProblems.UNRANKED_FAILED, item.id());
        }
        steps.add(TraceStep.of("failed", why.en(), why.zh()).with("code", why.code()));
        return new ItemScore(item.id(), indicatorId, Optional.empty(), item.maxPoints().map(this::round), selfPoints,
                unverified, false, item.rule().id(), List.copyOf(cited), traced ? steps : List.of());
    }

    /** What a rule sees. */
    record Input(Optional<BigDecimal> maximum, Map<String, KeyEvidence> inputs, String subject, boolean traced)
            implements RuleInput {

        @Override
        public BigDecimal maxPoints() {
            return maximum.orElseThrow(() -> new IllegalStateException(
                    "The item is open-ended: it has no maximum; ask maximum()"));
        }

        @Override
        public KeyEvidence evidence(String key) {
            KeyEvidence found = inputs.get(key);
            if (found == null) {
                throw new IllegalArgumentException("The item does not read key '" + key + "'; it reads " + inputs.keySet());
            }
            return found;
        }

        @Override
        public KeyEvidence first() {
            return inputs.values().iterator().next();
        }
    }

    // ---------------------------------------------------------------- levels

    /** The children of an indicator or dimension as they were scored. */
    private static final class Level {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal excludedMax = BigDecimal.ZERO;
        int children;
        int excluded;

        void add(Optional<BigDecimal> points, boolean isExcluded, Optional<BigDecimal> max) {
            children++;
            if (isExcluded) {
                excluded++;
                excludedMax = excludedMax.add(max.orElse(BigDecimal.ZERO));
            } else {
                sum = sum.add(points.orElse(BigDecimal.ZERO));
            }
        }
    }

    /**
     * The subtotal of an indicator or dimension: the exact sum of its children, renormalised once
     * when some were excluded, then its scoped deductions (floored at 0) and bonuses (capped).
     */
    private Optional<BigDecimal> close(Level level, Optional<BigDecimal> maximum, String scope,
            List<Adjustment> deductions, List<Adjustment> bonuses) {
        if (level.excluded == level.children) {
            trace.add(TraceStep.of("excluded", scope + ": every part excluded", scope + "：所含各项均未计入")
                    .with("scope", scope));
            // Listed, not applied: their records are still accounted for, and the reason is stated.
            notApplied(scope, "deduction", deductions);
            notApplied(scope, "bonus", bonuses);
            return Optional.empty();
        }
        BigDecimal points = level.sum;
        BigDecimal max = maximum.orElse(null);
        if (level.excluded > 0 && max == null) {
            // An open-ended level has no maximum to renormalise by: what was excluded counts nothing.
            trace.add(TraceStep.of("excluded", scope + ": " + level.excluded + " part(s) excluded, no maximum to "
                    + "renormalise by", scope + "：" + level.excluded + " 项未计入，无满分可按比例折算").with("scope", scope));
        } else if (level.excluded > 0) {
            BigDecimal applicable = max.subtract(level.excludedMax);
            // sum × max / applicable, divided once straight to the scale: no intermediate rounding.
            BigDecimal renormalised = level.sum.multiply(max).divide(applicable, scale, mode);
            trace.add(TraceStep.of("renormalise",
                    scope + ": " + Decimals.text(level.sum) + " × " + Decimals.text(max) + " / " + Decimals.text(applicable)
                            + " = " + Decimals.text(renormalised),
                    scope + "：按比例折算 " + Decimals.text(level.sum) + " × " + Decimals.text(max) + " / "
                            + Decimals.text(applicable) + " = " + Decimals.text(renormalised))
                    .with("scope", scope).with("sum", level.sum).with("maxPoints", max).with("applicable", applicable)
                    .with("points", renormalised));
            points = renormalised;
        }
        if (deductions.isEmpty() && bonuses.isEmpty()) {
            return Optional.of(points);
        }
        BigDecimal lost = round(sum(scope, "deduction", deductions, null));
        BigDecimal gained = round(sum(scope, "bonus", bonuses, null));
        BigDecimal adjusted = Decimals.max(BigDecimal.ZERO, points.subtract(lost)).add(gained);
        if (!scheme.allowScopedBonusAboveMax() && max != null && adjusted.compareTo(max) > 0) {
            // Shown at the scheme's scale, as every other figure (a maximum written 2.5 is 2.50).
            adjusted = max.scale() < scale ? max.setScale(scale) : max;
        }
        trace.add(TraceStep.of("scoped",
                scope + ": max(0, " + Decimals.text(points) + " − " + Decimals.text(lost) + ") + " + Decimals.text(gained)
                        + (adjusted.compareTo(Decimals.max(BigDecimal.ZERO, points.subtract(lost)).add(gained)) != 0
                                ? ", capped at " + Decimals.text(max) : "") + " = " + Decimals.text(adjusted),
                scope + "：max(0, " + Decimals.text(points) + " − " + Decimals.text(lost) + ") + " + Decimals.text(gained)
                        + (adjusted.compareTo(Decimals.max(BigDecimal.ZERO, points.subtract(lost)).add(gained)) != 0
                                ? "，以满分 " + Decimals.text(max) + " 为限" : "") + " = " + Decimals.text(adjusted))
                .with("scope", scope).with("points", adjusted));
        return Optional.of(adjusted);
    }

    private void notApplied(String scope, String kind, List<Adjustment> list) {
        for (Adjustment adjustment : list) {
            List<String> ids = new ArrayList<>();
            records.getOrDefault(adjustment.key(), List.of()).forEach(c -> ids.add(c.record().id()));
            adjustments.add(new AdjustmentScore(adjustment.id(), scope, kind, round(BigDecimal.ZERO), 0, ids,
                    List.of(TraceStep.of("not-applied", scope + " is excluded: not applied", scope + " 未计入：不适用"))));
        }
    }

    /** The adjustments of one scope and kind, each capped, then all capped by {@code totalCap}. */
    private BigDecimal sum(String scope, String kind, List<Adjustment> list, BigDecimal totalCap) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Adjustment adjustment : list) {
            sum = sum.add(adjust(adjustment, scope, kind));
        }
        if (totalCap != null && sum.compareTo(totalCap) > 0) {
            boolean deduction = kind.equals("deduction");
            BigDecimal cap = round(totalCap);
            String where = scope.equals("scheme") ? "" : scope + ": ";
            trace.add(TraceStep.of(kind + "-cap",
                    where + (deduction ? "deductions " : "bonus ") + Decimals.text(sum) + " capped at " + Decimals.text(cap),
                    where + (deduction ? "扣分合计 " : "加分合计 ") + Decimals.text(sum) + "，以 " + Decimals.text(cap) + " 分为限")
                    .with("scope", scope).with("sum", sum).with("cap", cap));
            sum = cap;
        }
        return sum;
    }

    /**
     * One deduction or bonus: each distinct case (by case id, else record id) counts once, by its
     * latest record, worth {@code per} times its value or its level's amount; rounded once, capped.
     */
    private BigDecimal adjust(Adjustment adjustment, String scope, String kind) {
        List<Counted> found = records.getOrDefault(adjustment.key(), List.of());
        Fraction raw = Fraction.ZERO;
        long cases = 0;
        for (Counted counted : Combiner.latestByCase(found, scheme.timeZone())) {
            Fraction amount = amount(adjustment, counted);
            if (amount.signum() > 0) {
                cases++;
                raw = raw.add(amount);
            }
        }
        BigDecimal points = raw.round(scale, mode);
        List<TraceStep> steps = new ArrayList<>();
        steps.add(TraceStep.of("cases",
                cases + " case(s) from " + found.size() + " record(s): " + Decimals.text(points),
                found.size() + " 条记录计 " + cases + " 起：" + Decimals.text(points) + " 分")
                .with("records", (long) found.size()).with("cases", cases).with("points", points));
        if (adjustment.cap().isPresent() && points.compareTo(adjustment.cap().get()) > 0) {
            points = adjustment.cap().get();
            steps.add(TraceStep.of("cap", "capped at " + Decimals.text(points), "以 " + Decimals.text(points) + " 分为限")
                    .with("points", points));
        }
        List<String> ids = new ArrayList<>();
        found.forEach(c -> ids.add(c.record().id()));
        points = round(points);
        adjustments.add(new AdjustmentScore(adjustment.id(), scope, kind, points, cases, ids, steps));
        return points;
    }

    /** A case's worth: its level's amount, or {@code per} times its value (a text without a number counts 1). */
    private static Fraction amount(Adjustment adjustment, Counted counted) {
        Value value = counted.record().value();
        if (!adjustment.levels().isEmpty()) {
            return Fraction.of(value instanceof Value.Text text
                    ? adjustment.levels().getOrDefault(text.value(), BigDecimal.ZERO) : BigDecimal.ZERO);
        }
        BigDecimal per = adjustment.per().orElseThrow();
        return counted.exact().map(n -> n.multiply(per)).orElse(Fraction.of(per));
    }

    // ---------------------------------------------------------------- grade

    private Optional<String> grade(BigDecimal total, GradeBand cap, PredicateCheck check) {
        List<GradeBand> bands = scheme.grades();
        if (bands.isEmpty()) {
            return Optional.empty();
        }
        GradeBand reached = null;
        for (GradeBand band : bands) {
            if (total.compareTo(band.min()) < 0) {
                continue;
            }
            List<String> failedEn = new ArrayList<>();
            List<String> failedZh = new ArrayList<>();
            SortedSet<String> read = new TreeSet<>();
            for (Predicate gate : band.gates()) {
                PredicateCheck.Outcome outcome = check.test(gate);
                read.addAll(outcome.records());
                if (!outcome.holds()) {
                    failedEn.add(outcome.en());
                    failedZh.add(outcome.zh());
                }
            }
            if (failedEn.isEmpty()) {
                if (!read.isEmpty()) {
                    trace.add(TraceStep.of("gates", band.id() + ": gates met", zhName(band) + "：满足门槛条件")
                            .with("grade", band.id())
                            .with("records", List.copyOf(read)));
                }
                reached = band;
                break;
            }
            trace.add(TraceStep.of("gate",
                    band.id() + ": total " + Decimals.text(total) + " ≥ " + Decimals.text(band.min()) + " but gate not met: "
                            + String.join("; ", failedEn),
                    zhName(band) + "：总分 " + Decimals.text(total) + " ≥ "
                            + Decimals.text(band.min()) + "，但未满足门槛：" + String.join("；", failedZh))
                    .with("grade", band.id()).with("records", List.copyOf(read)));
        }
        if (reached == null) {
            trace.add(TraceStep.of("grade", "total " + Decimals.text(total) + " reaches no grade band",
                    "总分 " + Decimals.text(total) + " 未达到任何等次"));
            return Optional.empty();
        }
        GradeBand result = reached;
        String capped = "";
        String cappedZh = "";
        if (cap != null && bands.indexOf(cap) > bands.indexOf(reached)) {
            result = cap;
            capped = ", capped by a veto at " + cap.id();
            cappedZh = "，因一票否决降为" + zhName(cap);
        }
        trace.add(TraceStep.of("grade",
                "grade " + reached.id() + ": total " + Decimals.text(total) + " ≥ " + Decimals.text(reached.min()) + capped,
                "等次" + zhName(reached) + "：总分 " + Decimals.text(total) + " ≥ "
                        + Decimals.text(reached.min()) + cappedZh)
                .with("reached", reached.id()).with("grade", result.id()));
        return Optional.of(result.id());
    }

    /** A band's Chinese name for the trace, or its id when it has no name at all. */
    private static String zhName(GradeBand band) {
        return band.name().isEmpty() ? band.id() : band.name().text(Language.ZH);
    }
}
