package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.spi.RuleCapability;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Timestamp;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.AdjustmentScore;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine over generated schemes, org directories and evidence: every figure of a scorecard
 * follows SCORING.md's order of operations when recomputed by hand from the scorecard's own parts
 * and the evidence, and the invariants SCORING.md lists hold (bounds, evidence order, threads,
 * every record accounted for, monotone rules).
 */
class ScoringProperties {

    /** One evaluation's inputs. */
    record Case(Scheme scheme, OrgDirectory directory, Period period, Evidence evidence) {

        Report evaluate() {
            return Evaluator.of(scheme).evaluate(directory, evidence, period);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(false);
    }

    @Provide
    Arbitrary<Case> casesWithUniqueIds() {
        return cases(true);
    }

    private static Arbitrary<Case> cases(boolean uniqueIds) {
        return Combinators.combine(MofanArbitraries.schemes(), MofanArbitraries.orgDirectories().ofMaxTreeSize(30))
                .filter(MofanArbitraries::assessesSomebody)
                .flatAs((scheme, directory) -> MofanArbitraries.periods(scheme.period()).flatMap(period -> {
                    EvidenceArbitrary evidence = MofanArbitraries.evidence(scheme, directory, period);
                    return (uniqueIds ? evidence.withUniqueIds() : evidence)
                            .map(records -> new Case(scheme, directory, period, records));
                }));
    }


    // ---------------------------------------------------------------- (a) bounds

    @Property(tries = 200)
    @Label("every item's points lie in [0, maxPoints] at the scheme's scale (an uncapped item's are at least 0); "
            + "an item without points is excluded or failed")
    void itemPointsLieWithinTheirMaximum(@ForAll("cases") Case c) {
        Report report = c.evaluate();
        int scale = c.scheme().scale();
        Map<String, Item> declared = items(c.scheme());
        Set<String> failed = new HashSet<>();
        report.errors().forEach(error -> failed.add(error.subject() + " " + error.item()));
        for (Scorecard card : report.scorecards()) {
            for (ItemScore item : card.items()) {
                Optional<BigDecimal> max = item.maxPoints();
                assertEquals(declared.get(item.id()).maxPoints().isPresent(), max.isPresent(), item.id());
                max.ifPresent(m -> assertEquals(scale, m.scale(), item.id()));
                item.selfPoints().ifPresent(self -> {
                    assertEquals(scale, self.scale(), item.id());
                    assertTrue(self.signum() >= 0 && max.map(m -> self.compareTo(m) <= 0).orElse(true),
                            item.id() + ": self " + self);
                });
                boolean itemFailed = failed.contains(card.subject() + " " + item.id());
                if (item.points().isPresent()) {
                    BigDecimal points = item.points().get();
                    assertEquals(scale, points.scale(), item.id());
                    assertTrue(points.signum() >= 0 && max.map(m -> points.compareTo(m) <= 0).orElse(true),
                            item.id() + ": " + points);
                    assertFalse(item.excluded() || itemFailed, item.id());
                } else {
                    assertTrue(item.excluded() != itemFailed, item.id() + " is either excluded or failed");
                }
            }
            for (BigDecimal figure : List.of(card.total(), card.base(), card.bonus(), card.deductions())) {
                assertEquals(scale, figure.scale(), card.subject());
                assertTrue(figure.signum() >= 0, card.subject());
            }
        }
    }

    // ---------------------------------------------------------------- (b) subtotals and total

    @Property(tries = 200)
    @Label("indicators add up their items (renormalised, then scoped adjustments), dimensions their indicators, "
            + "the base its dimensions, and total = max(0, base - deductions) + bonus, 0 after a zero veto")
    void figuresFollowTheOrderOfOperations(@ForAll("cases") Case c) {
        Report report = c.evaluate();
        Map<String, EvidenceRecord> counted = firstById(c.evidence());
        for (Scorecard card : report.scorecards()) {
            new Recount(c.scheme(), card, counted).check();
        }
    }

    /** Recomputes one scorecard's figures by hand from its items, its adjustments and the evidence. */
    static final class Recount {
        private final Scheme scheme;
        private final Scorecard card;
        private final Map<String, EvidenceRecord> records;
        private final String kind;

        Recount(Scheme scheme, Scorecard card, Map<String, EvidenceRecord> records) {
            this.scheme = scheme;
            this.card = card;
            this.records = records;
            this.kind = card.kind();
        }

        private BigDecimal round(BigDecimal value) {
            return value.setScale(scheme.scale(), scheme.rounding().mode());
        }

        void check() {
            List<String> applicable = new ArrayList<>();
            BigDecimal base = BigDecimal.ZERO;
            Map<String, BigDecimal> dimensionPoints = new HashMap<>();
            // An open-ended scheme has no maxima above its items: sums of maxima are empty there.
            Optional<BigDecimal> none = scheme.openEnded() ? Optional.empty() : Optional.of(BigDecimal.ZERO);
            for (Dimension dimension : scheme.dimensions()) {
                Level dimensionLevel = new Level();
                Optional<BigDecimal> dimensionSum = none;
                for (Indicator indicator : dimension.indicators()) {
                    Level level = new Level();
                    Optional<BigDecimal> sum = none;
                    for (Item item : indicator.items()) {
                        if (!applies(item.subjects(), kind)) {
                            continue;
                        }
                        applicable.add(item.id());
                        ItemScore score = card.item(item.id()).orElseThrow();
                        assertEquals(indicator.id(), score.indicator());
                        assertEquals(item.maxPoints().map(this::round), score.maxPoints(), item.id());
                        level.add(score.points(), score.excluded(), item.maxPoints());
                        sum = sum.map(s -> s.add(item.maxPoints().orElseThrow()));
                    }
                    if (level.children == 0) {
                        continue;
                    }
                    Optional<BigDecimal> itemSum = sum;
                    Optional<BigDecimal> max = indicator.maxPoints().or(() -> itemSum);
                    IndicatorScore score = card.indicators().stream().filter(i -> i.id().equals(indicator.id()))
                            .findFirst().orElseThrow();
                    assertEquals(max.map(this::round), score.maxPoints(), indicator.id());
                    Optional<BigDecimal> points = close(level, max, "indicator:" + indicator.id(),
                            indicator.deductions(), indicator.bonuses());
                    assertEquals(points.map(this::round), score.points(), indicator.id());
                    assertEquals(points.isEmpty(), score.excluded(), indicator.id());
                    dimensionLevel.add(points, points.isEmpty(), max);
                    dimensionSum = dimensionSum.map(s -> s.add(max.orElseThrow()));
                }
                if (dimensionLevel.children == 0) {
                    continue;
                }
                Optional<BigDecimal> sum = dimensionSum;
                Optional<BigDecimal> max = dimension.maxPoints().or(() -> sum);
                DimensionScore score = card.dimensions().stream().filter(d -> d.id().equals(dimension.id()))
                        .findFirst().orElseThrow();
                assertEquals(max.map(this::round), score.maxPoints(), dimension.id());
                Optional<BigDecimal> points = close(dimensionLevel, max, "dimension:" + dimension.id(),
                        dimension.deductions(), dimension.bonuses());
                assertEquals(points.map(this::round), score.points(), dimension.id());
                points.ifPresent(p -> dimensionPoints.put(dimension.id(), p));
                base = base.add(points.orElse(BigDecimal.ZERO));
            }
            assertEquals(applicable, card.items().stream().map(ItemScore::id).toList(), "the applicable items");
            if (scheme.composite()) {
                // SCORING.md step 6: each part after its own deductions, weighted, rounded once.
                assertEquals(scheme.parts().size(), card.parts().size(), "parts");
                base = BigDecimal.ZERO;
                for (int p = 0; p < scheme.parts().size(); p++) {
                    Part part = scheme.parts().get(p);
                    PartScore score = card.parts().get(p);
                    assertEquals(part.id(), score.id());
                    assertEquals(part.weight(), score.weight(), part.id());
                    BigDecimal partBase = BigDecimal.ZERO;
                    for (String dimension : part.dimensions()) {
                        partBase = partBase.add(dimensionPoints.getOrDefault(dimension, BigDecimal.ZERO));
                    }
                    partBase = round(partBase);
                    BigDecimal lost = adjustments("part:" + part.id(), "deduction", part.deductions());
                    if (part.deductionCap().isPresent() && lost.compareTo(part.deductionCap().get()) > 0) {
                        lost = part.deductionCap().get();
                    }
                    lost = round(lost);
                    BigDecimal points = round(partBase.subtract(lost).max(BigDecimal.ZERO));
                    assertEquals(partBase, score.base(), part.id() + " base");
                    assertEquals(lost, score.deductions(), part.id() + " deductions");
                    assertEquals(points, score.points(), part.id() + " points");
                    base = base.add(part.weight().multiply(points));
                }
            } else {
                assertEquals(List.of(), card.parts(), "parts of a plain scheme");
            }
            base = round(base);
            assertEquals(base, card.base(), "base");

            BigDecimal deductions = adjustments("scheme", "deduction", scheme.deductions());
            if (scheme.deductionCap().isPresent() && deductions.compareTo(scheme.deductionCap().get()) > 0) {
                deductions = scheme.deductionCap().get();
            }
            BigDecimal bonus = adjustments("scheme", "bonus", scheme.bonuses());
            if (scheme.bonusCap().isPresent() && bonus.compareTo(scheme.bonusCap().get()) > 0) {
                bonus = scheme.bonusCap().get();
            }
            assertEquals(round(deductions), card.deductions(), "deductions");
            assertEquals(round(bonus), card.bonus(), "bonus");
            BigDecimal total = round(base.subtract(deductions).max(BigDecimal.ZERO).add(bonus));
            boolean zeroed = card.vetoes().stream().anyMatch(hit -> hit.effect().equals("zero"));
            assertEquals(zeroed ? round(BigDecimal.ZERO) : total, card.total(), "total");
            assertEquals(!card.vetoes().isEmpty(), card.vetoed());
        }

        /** SCORING.md step 3 and scoped adjustments (step 5): renormalise once, then floor and cap. */
        private Optional<BigDecimal> close(Level level, Optional<BigDecimal> maximum, String scope,
                List<Adjustment> deductions, List<Adjustment> bonuses) {
            if (level.excluded == level.children) {
                return Optional.empty();
            }
            BigDecimal points = level.sum;
            // Without a maximum (open-ended) there is nothing to renormalise by: excluded parts count nothing.
            if (level.excluded > 0 && maximum.isPresent()) {
                BigDecimal max = maximum.get();
                BigDecimal applicable = max.subtract(level.excludedMax);
                points = level.sum.multiply(max).divide(applicable, scheme.scale(), scheme.rounding().mode());
            }
            List<Adjustment> lost = applying(deductions);
            List<Adjustment> gained = applying(bonuses);
            if (lost.isEmpty() && gained.isEmpty()) {
                return Optional.of(points);
            }
            BigDecimal adjusted = points.subtract(adjustments(scope, "deduction", deductions)).max(BigDecimal.ZERO)
                    .add(adjustments(scope, "bonus", bonuses));
            if (!scheme.allowScopedBonusAboveMax() && maximum.isPresent() && adjusted.compareTo(maximum.get()) > 0) {
                adjusted = maximum.get();
            }
            return Optional.of(adjusted);
        }

        private List<Adjustment> applying(List<Adjustment> adjustments) {
            return adjustments.stream().filter(a -> applies(a.subjects(), kind)).toList();
        }

        /**
         * The sum of the adjustments of one scope and kind that apply, each recomputed from the
         * records it cites: one case per case id (or record), by its latest record, worth
         * {@code per} times its value or its level's amount, rounded once, then capped.
         */
        private BigDecimal adjustments(String scope, String adjustmentKind, List<Adjustment> declared) {
            List<Adjustment> applying = applying(declared);
            List<AdjustmentScore> scored = card.adjustments().stream()
                    .filter(a -> a.scope().equals(scope) && a.kind().equals(adjustmentKind)).toList();
            assertEquals(applying.stream().map(Adjustment::id).toList(),
                    scored.stream().map(AdjustmentScore::id).toList(), scope + " " + adjustmentKind);
            BigDecimal sum = BigDecimal.ZERO;
            for (int a = 0; a < applying.size(); a++) {
                Adjustment adjustment = applying.get(a);
                AdjustmentScore score = scored.get(a);
                Map<String, EvidenceRecord> latestByCase = new LinkedHashMap<>();
                for (String id : score.evidence()) {
                    EvidenceRecord record = records.get(id);
                    assertNotNull(record, "adjustment " + adjustment.id() + " cites record " + id);
                    assertEquals(adjustment.key(), record.key());
                    assertEquals(card.subject(), record.subject());
                    latestByCase.merge(record.caseId().orElse("\u0000" + id), record,
                            (x, y) -> latest(x, y) == x ? x : y);
                }
                BigDecimal raw = BigDecimal.ZERO;
                long cases = 0;
                for (EvidenceRecord record : latestByCase.values()) {
                    BigDecimal amount = amount(adjustment, record.value());
                    if (amount.signum() > 0) {
                        cases++;
                        raw = raw.add(amount);
                    }
                }
                BigDecimal points = round(raw);
                if (adjustment.cap().isPresent() && points.compareTo(adjustment.cap().get()) > 0) {
                    points = adjustment.cap().get();
                }
                assertEquals(round(points), score.points(), adjustment.id());
                assertEquals(cases, score.cases(), adjustment.id());
                sum = sum.add(score.points());
            }
            return sum;
        }

        private EvidenceRecord latest(EvidenceRecord x, EvidenceRecord y) {
            Comparator<EvidenceRecord> order = Comparator
                    .comparing((EvidenceRecord r) -> r.recordedAt().map(t -> t.toInstant(scheme.timeZone()))
                            .orElse(Instant.MIN))
                    .thenComparing(r -> r.period().end())
                    .thenComparing(EvidenceRecord::id);
            return order.compare(x, y) >= 0 ? x : y;
        }

        private static BigDecimal amount(Adjustment adjustment, Value value) {
            if (!adjustment.levels().isEmpty()) {
                return value instanceof Value.Text text
                        ? adjustment.levels().getOrDefault(text.value(), BigDecimal.ZERO) : BigDecimal.ZERO;
            }
            BigDecimal per = adjustment.per().orElseThrow();
            if (value instanceof Value.Text) {
                return per;
            }
            if (value instanceof Value.Flag flag) {
                return flag.value() ? per : BigDecimal.ZERO;
            }
            return per.multiply(((Value.Number) value).value());
        }
    }

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

    @Property(tries = 200)
    @Label("a complete scorecard's grade is a band its total reaches (or a veto's cap); an incomplete one has none")
    void gradesFollowTheBands(@ForAll("cases") Case c) {
        Scheme scheme = c.scheme();
        for (Scorecard card : c.evaluate().scorecards()) {
            if (card.incomplete()) {
                assertEquals(Optional.empty(), card.grade(), card.subject());
                continue;
            }
            List<GradeBand> caps = new ArrayList<>();
            for (VetoHit hit : card.vetoes()) {
                scheme.vetoes().stream().filter(v -> v.id().equals(hit.id())).findFirst().orElseThrow()
                        .grade().ifPresent(g -> caps.add(scheme.grade(g).orElseThrow()));
            }
            boolean gated = scheme.grades().stream().anyMatch(band -> !band.gates().isEmpty());
            Optional<GradeBand> reached = scheme.grades().stream()
                    .filter(band -> card.total().compareTo(band.min()) >= 0).findFirst();
            if (card.grade().isEmpty()) {
                assertTrue(gated || reached.isEmpty(), card.subject() + " reaches " + reached);
                continue;
            }
            GradeBand band = scheme.grade(card.grade().get()).orElseThrow();
            if (caps.isEmpty()) {
                assertTrue(card.total().compareTo(band.min()) >= 0, card.subject());
                if (!gated) {
                    assertEquals(reached, Optional.of(band), card.subject());
                }
            } else {
                GradeBand lowestCap = Collections.max(caps, Comparator.comparing(scheme.grades()::indexOf));
                assertTrue(card.total().compareTo(band.min()) >= 0 || band.equals(lowestCap), card.subject());
                assertTrue(scheme.grades().indexOf(band) >= scheme.grades().indexOf(lowestCap), card.subject());
            }
        }
    }

    // ---------------------------------------------------------------- (c) the highest total

    @Property(tries = 200)
    @Label("no total exceeds the kind's maximum plus what scoped bonuses may add above it plus the bonus cap; "
            + "an open-ended total is never negative")
    void totalsStayWithinTheMaximumAndTheBonus(@ForAll("cases") Case c) {
        Scheme scheme = c.scheme();
        for (Scorecard card : c.evaluate().scorecards()) {
            // Every kind's items add up to the scheme's maximum; levels never exceed theirs unless a
            // scheme lets scoped bonuses lift them, and then by at most those bonuses' caps.
            Optional<BigDecimal> above = scheme.allowScopedBonusAboveMax()
                    ? capsOf(scopedBonuses(scheme, card.kind())) : Optional.of(BigDecimal.ZERO);
            // The scheme-level bonus is at most the bonus cap, or without one the sum of its bonuses' caps.
            Optional<BigDecimal> bonus = scheme.bonusCap()
                    .or(() -> capsOf(applying(scheme.bonuses(), card.kind())));
            bonus.ifPresent(b -> assertTrue(card.bonus().compareTo(b) <= 0, card.subject()));
            scheme.deductionCap().ifPresent(d -> assertTrue(card.deductions().compareTo(d) <= 0, card.subject()));
            if (scheme.openEnded()) {
                // No maximum: a total is only never negative.
                assertTrue(card.total().signum() >= 0 && card.base().signum() >= 0, card.subject());
                continue;
            }
            if (above.isPresent()) {
                // A composite base weighs each part (at most its maximum plus its scoped bonuses):
                // its maxima weighted add up to the scheme's, the bonuses at most by the largest weight.
                BigDecimal weight = scheme.parts().stream().map(Part::weight).max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ONE);
                BigDecimal baseBound = scheme.maxPoints().orElseThrow().add(weight.multiply(above.get()))
                        .setScale(scheme.scale(), RoundingMode.CEILING);
                assertTrue(card.base().compareTo(baseBound) <= 0, card.subject() + ": base " + card.base());
                if (bonus.isPresent()) {
                    assertTrue(card.total().compareTo(baseBound.add(bonus.get())) <= 0,
                            card.subject() + ": total " + card.total());
                }
            }
        }
    }

    private static List<Adjustment> scopedBonuses(Scheme scheme, String kind) {
        List<Adjustment> bonuses = new ArrayList<>();
        for (Dimension dimension : scheme.dimensions()) {
            bonuses.addAll(applying(dimension.bonuses(), kind));
            for (Indicator indicator : dimension.indicators()) {
                bonuses.addAll(applying(indicator.bonuses(), kind));
            }
        }
        return bonuses;
    }

    /** The sum of the adjustments' caps; empty when one has none (nothing bounds it). */
    private static Optional<BigDecimal> capsOf(List<Adjustment> adjustments) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Adjustment adjustment : adjustments) {
            if (adjustment.cap().isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(adjustment.cap().get());
        }
        return Optional.of(sum);
    }

    // ---------------------------------------------------------------- (d) evidence order, (f) threads

    @Property(tries = 100)
    @Label("the order of the evidence records changes no figure, no unused record and no byte of the report")
    void evidenceOrderChangesNothing(@ForAll("casesWithUniqueIds") Case c, @ForAll Random random) {
        List<EvidenceRecord> shuffled = new ArrayList<>(c.evidence().records());
        Collections.shuffle(shuffled, random);
        Report given = c.evaluate();
        Report reordered = Evaluator.of(c.scheme()).evaluate(c.directory(), Evidence.of(shuffled), c.period());
        assertEquals(given.scorecards(), reordered.scorecards());
        assertEquals(given.unused(), reordered.unused());
        assertEquals(given, reordered);
        assertEquals(ReportFormat.write(given), ReportFormat.write(reordered));
    }

    @Property(tries = 100)
    @Label("scoring subjects in parallel gives the report of scoring them one after the other, byte for byte")
    void parallelScoringChangesNothing(@ForAll("cases") Case c) {
        Evaluator evaluator = Evaluator.of(c.scheme());
        Report sequential = evaluator.evaluate(c.directory(), c.evidence(), c.period());
        Report parallel = evaluator.parallel(true).evaluate(c.directory(), c.evidence(), c.period());
        assertEquals(sequential, parallel);
        assertEquals(ReportFormat.write(sequential), ReportFormat.write(parallel));
    }

    // ---------------------------------------------------------------- (e) every record accounted for

    /**
     * Every record is cited, or listed as unused: cited by an item, an adjustment (scoped ones of
     * an excluded level are listed as not applied), a veto that fired, or a step of the
     * scorecard's trace (a veto that did not fire, the gates of a band, records read by gates only).
     */
    @Property(tries = 200)
    @Label("every record is cited by an item, an adjustment, a veto or a trace step, or listed as unused")
    void everyRecordIsAccountedFor(@ForAll("cases") Case c) {
        Report report = c.evaluate();
        Set<String> cited = new HashSet<>();
        for (Scorecard card : report.scorecards()) {
            card.items().forEach(item -> cited.addAll(item.evidence()));
            card.adjustments().forEach(adjustment -> cited.addAll(adjustment.evidence()));
            card.vetoes().forEach(hit -> cited.addAll(hit.evidence()));
            for (TraceStep step : card.trace()) {
                if (step.figures().get("records") instanceof List<?> listed) {
                    listed.forEach(id -> cited.add((String) id));
                }
            }
        }
        Set<String> unused = new HashSet<>();
        report.unused().forEach(u -> unused.add(u.record()));
        Map<String, Integer> occurrences = new HashMap<>();
        c.evidence().records().forEach(r -> occurrences.merge(r.id(), 1, Integer::sum));
        assertTrue(occurrences.keySet().containsAll(cited), "only records of the evidence are cited");
        for (EvidenceRecord record : c.evidence().records()) {
            boolean isCited = cited.contains(record.id());
            boolean isUnused = unused.contains(record.id());
            if (occurrences.get(record.id()) == 1) {
                assertFalse(isCited && isUnused, record.id() + " is both cited and unused");
            }
            assertTrue(isCited || isUnused, record.id() + " (key " + record.key() + ") is neither cited nor unused");
        }
    }

    // ---------------------------------------------------------------- (g) monotone rules

    /** One org of every kind and a division, so that every generated scheme assesses somebody here. */
    private static final OrgDirectory EVERY_KIND = OrgDirectory.of(OrgTree.of(List.of(
            OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
            OrgUnit.of("u1", OrgKind.UNIT, "wc"),
            OrgUnit.of("pg", OrgKind.PARTY_GROUP, "u1"),
            OrgUnit.of("oc", OrgKind.ORGAN_COMMITTEE, "pg"),
            OrgUnit.of("gb", OrgKind.GENERAL_BRANCH, "oc"),
            OrgUnit.of("b1", OrgKind.BRANCH, "gb"),
            OrgUnit.of("pc", OrgKind.PARTY_CELL, "b1"))), List.of(),
            List.of(new Division("div-1", "u1", dev.mofan.model.text.Label.NONE, List.of("b1"), Set.of())), List.of());
    private static final Map<String, String> SUBJECT_OF_KIND = Map.of("working-committee", "wc", "unit", "u1",
            "party-group", "pg", "organ-committee", "oc", "general-branch", "gb", "branch", "b1", "party-cell", "pc",
            "division", "div-1");

    /**
     * A single-item scheme and two evidence lists of the same records (ids, subject, periods, case
     * ids, times) whose values differ: each of {@code higher}'s is at least {@code lower}'s (a larger
     * number, true instead of false, a better grade). Values stay where the rule scores them, so
     * neither list fails the item.
     */
    record Dominated(Scheme scheme, Evidence lower, Evidence higher) {
    }

    @Provide
    Arbitrary<Dominated> dominated() {
        return Arbitraries.of(SchemeArbitrary.BUILT_IN_RULES)
                .flatMap(rule -> MofanArbitraries.schemes().withRules(rule).singleItem())
                .flatMap(scheme -> Arbitraries.longs().between(0, Long.MAX_VALUE).list().ofMinSize(1).ofMaxSize(6)
                        .map(picks -> dominated(scheme, picks)));
    }

    private static Dominated dominated(Scheme scheme, List<Long> picks) {
        Item item = scheme.dimensions().get(0).indicators().get(0).items().get(0);
        EvidenceKey key = scheme.key(item.keys().get(0)).orElseThrow();
        String subject = SUBJECT_OF_KIND.get(scheme.subjects().get(0));
        Period period = Period.containing(LocalDate.of(2025, 5, 15), scheme.period());
        List<EvidenceRecord> lower = new ArrayList<>();
        List<EvidenceRecord> higher = new ArrayList<>();
        int n = picks.size();
        for (int i = 0; i < n; i++) {
            Dice dice = new Dice(picks.get(i));
            Value[] values = values(dice, key, item, n);
            Optional<String> caseId = dice.oneIn(3) ? Optional.of("c" + dice.roll(3)) : Optional.empty();
            Optional<Timestamp> recordedAt = dice.oneIn(3) ? Optional.of(new Timestamp(
                    period.start().plusDays(dice.roll(28)).atTime(LocalTime.NOON), Optional.empty())) : Optional.empty();
            for (int side = 0; side < 2; side++) {
                EvidenceRecord record = new EvidenceRecord("r" + i, subject, key.id(), period, values[side], caseId,
                        dev.mofan.model.evidence.Stage.REVIEW, Optional.empty(), recordedAt, Optional.empty());
                (side == 0 ? lower : higher).add(record);
            }
        }
        return new Dominated(scheme, Evidence.of(lower), Evidence.of(higher));
    }

    /** A lower and a higher value for one record of {@code key}, within what {@code item}'s rule scores. */
    private static Value[] values(Dice dice, EvidenceKey key, Item item, int records) {
        if (key.type() == KeyType.FLAG) {
            boolean low = dice.roll(2) == 1;
            return new Value[] {Value.of(low), Value.of(low || dice.roll(2) == 0)};
        }
        if (key.type() == KeyType.CATEGORY) {
            // A level is no number: the same occurrence on both sides (more occurrences: StagedAndCompositeProperties).
            Value level = Value.of(dice.of(key.values()));
            return new Value[] {level, level};
        }
        if (key.isGraded()) {
            int low = dice.roll(key.values().size());
            int high = dice.roll(low + 1);
            return new Value[] {Value.of(key.values().get(low)), Value.of(key.values().get(high))};
        }
        BigDecimal top = switch (key.type()) {
            case RATIO -> BigDecimal.ONE;
            case COUNT -> BigDecimal.valueOf(12);
            case RATING -> item.rule().params().get("outOf") instanceof BigDecimal outOf ? outOf : BigDecimal.valueOf(100);
            default -> item.rule().id().equals("direct") && item.maxPoints().isPresent()
                    // Points given directly add up under sum: each at most its share of the maximum.
                    ? item.maxPoints().get().divide(BigDecimal.valueOf(records), 2, RoundingMode.DOWN)
                    : BigDecimal.valueOf(20);
        };
        int scale = key.type() == KeyType.COUNT ? 0 : 2;
        BigDecimal low = top.multiply(BigDecimal.valueOf(dice.roll(101), 2)).setScale(scale, RoundingMode.DOWN);
        BigDecimal high = low.add(top.subtract(low).multiply(BigDecimal.valueOf(dice.roll(101), 2)))
                .setScale(scale, RoundingMode.DOWN);
        return new Value[] {Value.of(low), Value.of(high)};
    }

    @Property(tries = 300)
    @Label("a rule declaring itself monotone never gives fewer points for evidence that is at least as good")
    void monotoneRulesNeverLoseByBetterEvidence(@ForAll("dominated") Dominated d) {
        Item item = d.scheme().dimensions().get(0).indicators().get(0).items().get(0);
        Set<RuleCapability> capabilities = SchemeFormat.ofDefaults().check(d.scheme()).rules().get(item.id())
                .capabilities();
        Assume.that(capabilities.contains(RuleCapability.MONOTONE));
        Period period = d.lower().records().get(0).period();
        Period evaluated = Period.containing(period.start(), d.scheme().period());
        Evaluator evaluator = Evaluator.of(d.scheme());
        ItemScore lower = itemOf(evaluator.evaluate(EVERY_KIND, d.lower(), evaluated), item.id());
        ItemScore higher = itemOf(evaluator.evaluate(EVERY_KIND, d.higher(), evaluated), item.id());
        BigDecimal low = lower.points().orElseThrow(() -> new AssertionError("lower evidence failed: " + lower.trace()));
        BigDecimal high = higher.points().orElseThrow(() -> new AssertionError("higher evidence failed: "
                + higher.trace()));
        assertTrue(high.compareTo(low) >= 0, item.rule() + ": " + low + " with lower evidence, " + high + " with higher");
    }

    private static ItemScore itemOf(Report report, String itemId) {
        assertTrue(report.unused().isEmpty(), () -> "unused: " + report.unused());
        return report.scorecards().stream().map(card -> card.item(itemId)).flatMap(Optional::stream)
                .filter(item -> !item.evidence().isEmpty()).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- helpers

    private static boolean applies(List<String> subjects, String kind) {
        return subjects.isEmpty() || subjects.contains(kind);
    }

    private static List<Adjustment> applying(List<Adjustment> adjustments, String kind) {
        return adjustments.stream().filter(a -> applies(a.subjects(), kind)).toList();
    }

    /** The scheme's items by id. */
    static Map<String, Item> items(Scheme scheme) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (Dimension dimension : scheme.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                indicator.items().forEach(item -> items.put(item.id(), item));
            }
        }
        return items;
    }

    /** The first record of each id: the one an evaluation counts (later ones are duplicates). */
    static Map<String, EvidenceRecord> firstById(Evidence evidence) {
        Map<String, EvidenceRecord> first = new HashMap<>();
        evidence.records().forEach(record -> first.putIfAbsent(record.id(), record));
        return first;
    }
}
