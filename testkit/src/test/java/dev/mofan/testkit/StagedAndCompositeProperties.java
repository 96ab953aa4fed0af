package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.result.AdjustmentScore;
import dev.mofan.model.result.Difference;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.testkit.ScoringProperties.Case;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine over composite schemes (SCORING.md step 6), open-ended schemes (积分制: uncapped
 * items, no maxima above them) and self-assessed evidence (自评, step 2): parts are weighed once,
 * open-ended figures never go negative and more occurrences never lose points, and the
 * self-assessment only ever adds figures beside the review: without it a scorecard is the
 * review-only one.
 */
class StagedAndCompositeProperties {

    // ---------------------------------------------------------------- cases

    private static Arbitrary<Case> cases(SchemeArbitrary schemes, boolean selfAssessed, boolean uniqueIds) {
        return Combinators.combine(schemes, MofanArbitraries.orgDirectories().ofMaxTreeSize(30))
                .filter(MofanArbitraries::assessesSomebody)
                .flatAs((scheme, directory) -> MofanArbitraries.periods(scheme.period()).flatMap(period -> {
                    EvidenceArbitrary evidence = MofanArbitraries.evidence(scheme, directory, period);
                    evidence = selfAssessed ? evidence.withSelfAssessment() : evidence;
                    return (uniqueIds ? evidence.withUniqueIds() : evidence)
                            .map(records -> new Case(scheme, directory, period, records));
                }));
    }

    @Provide
    Arbitrary<Case> compositeCases() {
        return cases(MofanArbitraries.schemes().composite(), false, false);
    }

    @Provide
    Arbitrary<Case> openEndedCases() {
        return cases(MofanArbitraries.schemes().openEnded(), false, false);
    }

    /** Composite, open-ended or both, with self-assessed evidence. */
    @Provide
    Arbitrary<Case> newKindsOfCases() {
        return Arbitraries.oneOf(
                cases(MofanArbitraries.schemes().composite(), true, false),
                cases(MofanArbitraries.schemes().openEnded(), true, false),
                cases(MofanArbitraries.schemes().composite().openEnded(), true, false));
    }

    @Provide
    Arbitrary<Case> newKindsOfCasesWithUniqueIds() {
        return Arbitraries.oneOf(
                cases(MofanArbitraries.schemes().composite(), true, true),
                cases(MofanArbitraries.schemes().openEnded(), true, true));
    }

    /** Any scheme, partly self-assessed evidence with unique ids (so that leaving records out changes no other). */
    @Provide
    Arbitrary<Case> selfAssessedCases() {
        return Arbitraries.oneOf(
                cases(MofanArbitraries.schemes(), true, true),
                cases(MofanArbitraries.schemes().allowingUnverifiedSelfAssessment(), true, true));
    }

    // ---------------------------------------------------------------- composite

    @Property(tries = 150)
    @Label("a composite base is the sum of weight × part points rounded once at the scheme's scale and rounding, "
            + "each part max(0, the sum of its dimensions − its capped deductions)")
    void compositeBaseWeighsThePartsOnce(@ForAll("compositeCases") Case c) {
        Scheme scheme = c.scheme();
        for (Scorecard card : c.evaluate().scorecards()) {
            assertEquals(scheme.parts().stream().map(Part::id).toList(),
                    card.parts().stream().map(PartScore::id).toList(), card.subject());
            BigDecimal exact = BigDecimal.ZERO;
            BigDecimal weightedMaxima = BigDecimal.ZERO;
            for (int p = 0; p < scheme.parts().size(); p++) {
                Part part = scheme.parts().get(p);
                PartScore score = card.parts().get(p);
                String at = card.subject() + " " + part.id();
                assertEquals(part.weight(), score.weight(), at);
                BigDecimal base = BigDecimal.ZERO;
                BigDecimal maxima = BigDecimal.ZERO;
                for (DimensionScore dimension : card.dimensions()) {
                    if (part.dimensions().contains(dimension.id())) {
                        base = base.add(dimension.points().orElse(BigDecimal.ZERO));
                        maxima = maxima.add(dimension.maxPoints().orElse(BigDecimal.ZERO));
                    }
                }
                assertEquals(round(scheme, base), score.base(), at + " base");
                BigDecimal lost = BigDecimal.ZERO;
                for (AdjustmentScore adjustment : card.adjustments()) {
                    if (adjustment.scope().equals("part:" + part.id())) {
                        assertEquals("deduction", adjustment.kind(), at);
                        Adjustment declared = part.deductions().stream()
                                .filter(a -> a.id().equals(adjustment.id())).findFirst().orElseThrow();
                        declared.cap().ifPresent(cap -> assertTrue(adjustment.points().compareTo(cap) <= 0, at));
                        lost = lost.add(adjustment.points());
                    }
                }
                if (part.deductionCap().isPresent() && lost.compareTo(part.deductionCap().get()) > 0) {
                    lost = part.deductionCap().get();
                }
                assertEquals(round(scheme, lost), score.deductions(), at + " deductions");
                assertEquals(round(scheme, score.base().subtract(score.deductions()).max(BigDecimal.ZERO)),
                        score.points(), at + " points");
                exact = exact.add(part.weight().multiply(score.points()));
                weightedMaxima = weightedMaxima.add(part.weight().multiply(maxima));
            }
            // Rounded once: not the sum of rounded terms.
            assertEquals(round(scheme, exact), card.base(), card.subject() + " base = round(" + exact + ")");
            if (!scheme.openEnded()) {
                // Every kind's parts weigh up to the scheme's maximum.
                assertEquals(0, weightedMaxima.compareTo(scheme.maxPoints().orElseThrow()),
                        card.subject() + ": weighted maxima " + weightedMaxima);
            }
            assertEquals(round(scheme, BigDecimal.ZERO), card.deductions(), "a composite scheme deducts in its parts");
            BigDecimal total = round(scheme, card.base().max(BigDecimal.ZERO).add(card.bonus()));
            boolean zeroed = card.vetoes().stream().anyMatch(hit -> hit.effect().equals("zero"));
            assertEquals(zeroed ? round(scheme, BigDecimal.ZERO) : total, card.total(), card.subject() + " total");
        }
    }

    // ---------------------------------------------------------------- open-ended

    @Property(tries = 150)
    @Label("an open-ended scheme's items, levels, bases and totals are never negative; uncapped items and every "
            + "level above the items have no maximum")
    void openEndedFiguresAreNeverNegative(@ForAll("openEndedCases") Case c) {
        Map<String, Item> items = ScoringProperties.items(c.scheme());
        for (Scorecard card : c.evaluate().scorecards()) {
            for (ItemScore item : card.items()) {
                assertEquals(items.get(item.id()).maxPoints().isEmpty(), item.maxPoints().isEmpty(), item.id());
                item.points().ifPresent(p -> assertTrue(p.signum() >= 0, item.id() + ": " + p));
                item.selfPoints().ifPresent(p -> assertTrue(p.signum() >= 0, item.id() + ": self " + p));
            }
            for (IndicatorScore indicator : card.indicators()) {
                assertEquals(Optional.empty(), indicator.maxPoints(), indicator.id());
                indicator.points().ifPresent(p -> assertTrue(p.signum() >= 0, indicator.id() + ": " + p));
            }
            for (DimensionScore dimension : card.dimensions()) {
                assertEquals(Optional.empty(), dimension.maxPoints(), dimension.id());
                dimension.points().ifPresent(p -> assertTrue(p.signum() >= 0, dimension.id() + ": " + p));
            }
            for (PartScore part : card.parts()) {
                assertTrue(part.points().signum() >= 0, part.id());
            }
            for (BigDecimal figure : List.of(card.total(), card.base(), card.bonus(), card.deductions())) {
                assertTrue(figure.signum() >= 0, card.subject() + ": " + figure);
            }
        }
    }

    /** A case, an item reading a key that only it reads, and one more reviewed occurrence of that key. */
    record MoreOccurrences(Case before, String item, String subject, EvidenceRecord extra) {

        Case after() {
            List<EvidenceRecord> records = new ArrayList<>(before.evidence().records());
            records.add(extra);
            return new Case(before.scheme(), before.directory(), before.period(), Evidence.of(records));
        }
    }

    @Provide
    Arbitrary<MoreOccurrences> moreOccurrences() {
        Arbitrary<Case> cases = Arbitraries.oneOf(
                cases(MofanArbitraries.schemes().openEnded(), false, false),
                cases(MofanArbitraries.schemes().openEnded(), true, false),
                cases(MofanArbitraries.schemes(), false, false));
        return Combinators.combine(cases, Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as(StagedAndCompositeProperties::moreOccurrences)
                .filter(Optional::isPresent).map(Optional::get);
    }

    /**
     * One more occurrence for an {@code occurrences} item (a level of its key) or a {@code count}
     * item whose key adds up (sum, max or distinct cases; a count of 1 to 3, an amount of 0.5 to 3):
     * a reviewed record with a new case id about a subject the item applies to. Empty when the
     * case has no such item.
     */
    private static Optional<MoreOccurrences> moreOccurrences(Case c, long pick) {
        Dice dice = new Dice(pick);
        Scheme scheme = c.scheme();
        List<Item> candidates = new ArrayList<>();
        for (Item item : ScoringProperties.items(scheme).values()) {
            EvidenceKey key = scheme.key(item.keys().get(0)).orElseThrow();
            boolean addsUp = Set.of(Combination.SUM, Combination.MAX, Combination.DISTINCT_CASES)
                    .contains(key.combine());
            if (item.rule().id().equals("occurrences") || item.rule().id().equals("count") && addsUp) {
                candidates.add(item);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Item item = dice.of(candidates);
        EvidenceKey key = scheme.key(item.keys().get(0)).orElseThrow();
        List<String> subjects = new ArrayList<>();
        c.directory().tree().units().forEach(org -> subjects.add(org.id()));
        c.directory().divisions().forEach(division -> subjects.add(division.id()));
        List<String> applying = subjects.stream().filter(id -> {
            String kind = c.directory().subject(id).orElseThrow().kindId();
            return scheme.subjects().contains(kind) && (item.subjects().isEmpty() || item.subjects().contains(kind));
        }).toList();
        if (applying.isEmpty()) {
            return Optional.empty();
        }
        // Mostly a subject that has records already.
        Set<String> recorded = new HashSet<>();
        c.evidence().records().forEach(r -> recorded.add(r.subject()));
        List<String> busy = applying.stream().filter(recorded::contains).toList();
        String subject = busy.isEmpty() || dice.oneIn(4) ? dice.of(applying) : dice.of(busy);
        Value value = switch (key.type()) {
            case CATEGORY -> Value.of(dice.of(key.values()));
            case COUNT -> Value.of(1 + dice.roll(3));
            default -> Value.of(dice.of(List.of(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("3"))));
        };
        EvidenceRecord extra = new EvidenceRecord("r-extra", subject, key.id(), c.period(), value,
                Optional.of("c-extra"), Stage.REVIEW, Optional.empty(), Optional.empty(), Optional.empty());
        return Optional.of(new MoreOccurrences(c, item.id(), subject, extra));
    }

    @Property(tries = 150)
    @Label("one more occurrence (a new case id, any level) never lowers an occurrences or count item's points, nor "
            + "the total when nothing else reads its key")
    void moreOccurrencesNeverLowerPoints(@ForAll("moreOccurrences") MoreOccurrences m) {
        Scheme scheme = m.before().scheme();
        Scorecard before = cardOf(m.before().evaluate(), m.subject());
        Scorecard after = cardOf(m.after().evaluate(), m.subject());
        ItemScore itemBefore = before.item(m.item()).orElseThrow();
        ItemScore itemAfter = after.item(m.item()).orElseThrow();
        // Unverified points counted from the self-assessment give way to the review's: not comparable.
        boolean selfCounted = itemBefore.unverified() && scheme.allowUnverifiedSelfAssessment();
        if (itemBefore.points().isEmpty() || selfCounted) {
            return;
        }
        BigDecimal low = itemBefore.points().get();
        BigDecimal high = itemAfter.points().orElseThrow(() -> new AssertionError(m.item() + " failed with one more "
                + "occurrence: " + itemAfter.trace()));
        assertTrue(high.compareTo(low) >= 0, m.item() + ": " + low + " before, " + high + " with " + m.extra());
        boolean zeroed = after.vetoes().stream().anyMatch(hit -> hit.effect().equals("zero"));
        if (onlyReader(scheme, m.item(), m.extra().key()) && !zeroed) {
            assertTrue(after.total().compareTo(before.total()) >= 0,
                    "total " + before.total() + " before, " + after.total() + " with " + m.extra());
            assertTrue(after.base().compareTo(before.base()) >= 0,
                    "base " + before.base() + " before, " + after.base() + " with " + m.extra());
        }
    }

    /** Whether {@code item} is the only item, and no adjustment, veto or gate reads {@code key}. */
    private static boolean onlyReader(Scheme scheme, String item, String key) {
        for (Item other : ScoringProperties.items(scheme).values()) {
            if (!other.id().equals(item) && other.keys().contains(key)) {
                return false;
            }
        }
        List<Adjustment> adjustments = new ArrayList<>(scheme.deductions());
        adjustments.addAll(scheme.bonuses());
        scheme.parts().forEach(part -> adjustments.addAll(part.deductions()));
        for (Dimension dimension : scheme.dimensions()) {
            adjustments.addAll(dimension.deductions());
            adjustments.addAll(dimension.bonuses());
            for (Indicator indicator : dimension.indicators()) {
                adjustments.addAll(indicator.deductions());
                adjustments.addAll(indicator.bonuses());
            }
        }
        if (adjustments.stream().anyMatch(a -> a.key().equals(key))) {
            return false;
        }
        Set<String> tested = new HashSet<>();
        scheme.vetoes().forEach(veto -> keys(veto.when(), tested));
        for (GradeBand band : scheme.grades()) {
            band.gates().forEach(gate -> keys(gate, tested));
        }
        return !tested.contains(key);
    }

    private static void keys(Predicate predicate, Set<String> into) {
        if (predicate instanceof Predicate.KeyTest test) {
            into.add(test.key());
        } else if (predicate instanceof Predicate.AllOf all) {
            all.all().forEach(p -> keys(p, into));
        } else if (predicate instanceof Predicate.AnyOf any) {
            any.any().forEach(p -> keys(p, into));
        } else if (predicate instanceof Predicate.Not not) {
            keys(not.negated(), into);
        }
    }

    // ---------------------------------------------------------------- self-assessment

    @Property(tries = 150)
    @Label("without its self-assessed records the evidence scores the same: every reviewed item's points, and "
            + "unless unverified self points count, the whole scorecard but the self-assessment beside it")
    void selfAssessmentOnlyAddsFiguresBesideTheReview(@ForAll("selfAssessedCases") Case c) {
        Scheme scheme = c.scheme();
        Report given = c.evaluate();
        List<EvidenceRecord> reviewed = c.evidence().records().stream()
                .filter(r -> r.stage() != Stage.SELF).toList();
        Report reviewOnly = Evaluator.of(scheme).evaluate(c.directory(), Evidence.of(reviewed), c.period());
        assertEquals(reviewOnly.scorecards().stream().map(Scorecard::subject).toList(),
                given.scorecards().stream().map(Scorecard::subject).toList());
        Set<String> selfCounted = new HashSet<>();
        for (int s = 0; s < given.scorecards().size(); s++) {
            Scorecard card = given.scorecards().get(s);
            Scorecard plain = reviewOnly.scorecards().get(s);
            String subject = card.subject();
            // The review-only scorecard has nothing self-assessed.
            for (ItemScore item : plain.items()) {
                assertEquals(Optional.empty(), item.selfPoints(), subject + " " + item.id());
                assertFalse(item.unverified(), subject + " " + item.id());
            }
            assertEquals(List.of(), plain.differences(), subject);
            assertEquals(0, plain.differenceSum().signum(), subject);

            boolean countsSelf = false;
            for (int i = 0; i < card.items().size(); i++) {
                ItemScore item = card.items().get(i);
                ItemScore review = plain.items().get(i);
                assertEquals(review.id(), item.id());
                String at = subject + " " + item.id();
                if (item.unverified() && scheme.allowUnverifiedSelfAssessment()) {
                    countsSelf = true;
                    selfCounted.add(subject + " " + item.id());
                    continue;
                }
                assertEquals(review.points(), item.points(), at);
                assertEquals(review.excluded(), item.excluded(), at);
                assertEquals(review.maxPoints(), item.maxPoints(), at);
            }
            if (countsSelf) {
                continue;
            }
            assertEquals(plain.total(), card.total(), subject + " total");
            assertEquals(plain.grade(), card.grade(), subject + " grade");
            assertEquals(plain.base(), card.base(), subject + " base");
            assertEquals(plain.bonus(), card.bonus(), subject);
            assertEquals(plain.deductions(), card.deductions(), subject);
            assertEquals(plain.incomplete(), card.incomplete(), subject);
            assertEquals(plain.vetoes(), card.vetoes(), subject + " vetoes");
            assertEquals(plain.adjustments(), card.adjustments(), subject + " adjustments");
            assertEquals(plain.dimensions(), card.dimensions(), subject);
            assertEquals(plain.indicators(), card.indicators(), subject);
            assertEquals(plain.parts(), card.parts(), subject);
        }
        // An item that must have evidence and was only self-assessed fails with a more specific
        // reason than "no evidence"; otherwise the same items fail.
        List<String> errors = given.errors().stream()
                .filter(e -> !selfCounted.contains(e.subject() + " " + e.item()))
                .map(e -> e.subject() + " " + e.item() + " "
                        + (e.code().equals("item.not-reviewed") ? "item.no-evidence" : e.code()))
                .toList();
        assertEquals(reviewOnly.errors().stream()
                .filter(e -> !selfCounted.contains(e.subject() + " " + e.item()))
                .map(e -> e.subject() + " " + e.item() + " " + e.code()).toList(), errors);
    }

    /**
     * Whether some self-assessed record the item cites has no review yet: a record of a case with
     * no reviewed record of its key, or, without a case id, of a key with no reviewed record.
     */
    private static boolean waitsForReview(ItemScore item, Map<String, EvidenceRecord> records) {
        List<EvidenceRecord> cited = item.evidence().stream().map(records::get).toList();
        for (EvidenceRecord self : cited) {
            if (self.stage() != Stage.SELF) {
                continue;
            }
            List<EvidenceRecord> reviewedOfKey = cited.stream()
                    .filter(r -> r.stage() == Stage.REVIEW && r.key().equals(self.key())).toList();
            boolean waiting = self.caseId().isPresent()
                    ? reviewedOfKey.stream().noneMatch(r -> r.caseId().equals(self.caseId()))
                    : reviewedOfKey.isEmpty();
            if (waiting) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 150)
    @Label("differences list each item with reviewed and self points, not unverified, in item order: difference = "
            + "selfPoints − points, differenceSum their sum; self points are the points the same records would score "
            + "reviewed")
    void differencesCompareSelfAssessmentWithReview(@ForAll("selfAssessedCases") Case c) {
        Scheme scheme = c.scheme();
        Report given = c.evaluate();
        Map<String, EvidenceRecord> records = ScoringProperties.firstById(c.evidence());
        // The self-assessed records, promoted to reviewed ones; the reviewed ones left out.
        List<EvidenceRecord> promoted = new ArrayList<>();
        for (EvidenceRecord r : c.evidence().records()) {
            if (r.stage() == Stage.SELF) {
                promoted.add(new EvidenceRecord(r.id(), r.subject(), r.key(), r.period(), r.value(), r.caseId(),
                        Stage.REVIEW, r.source(), r.recordedAt(), r.supersedes()));
            }
        }
        Report asReviewed = Evaluator.of(scheme).evaluate(c.directory(), Evidence.of(promoted), c.period());
        for (int s = 0; s < given.scorecards().size(); s++) {
            Scorecard card = given.scorecards().get(s);
            Scorecard promotedCard = asReviewed.scorecards().get(s);
            assertEquals(card.subject(), promotedCard.subject());
            List<Difference> expected = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (ItemScore item : card.items()) {
                String at = card.subject() + " " + item.id();
                boolean selfAssessed = item.evidence().stream()
                        .anyMatch(id -> records.get(id).stage() == Stage.SELF);
                boolean reviewed = item.evidence().stream()
                        .anyMatch(id -> records.get(id).stage() == Stage.REVIEW);
                if (item.selfPoints().isPresent() && item.points().isPresent() && reviewed) {
                    BigDecimal difference = item.selfPoints().get().subtract(item.points().get());
                    expected.add(new Difference(item.id(), item.selfPoints().get(), item.points().get(), difference));
                    sum = sum.add(difference);
                }
                assertEquals(waitsForReview(item, records), item.unverified(), at + " cites " + item.evidence());
                if (!selfAssessed) {
                    assertEquals(Optional.empty(), item.selfPoints(), at);
                    continue;
                }
                ItemScore same = promotedCard.item(item.id()).orElseThrow();
                assertEquals(same.points(), item.selfPoints(), at + ": self points of " + item.evidence());
                if (!reviewed && scheme.allowUnverifiedSelfAssessment()) {
                    assertEquals(item.selfPoints(), item.points(), at + " counts its self-assessment");
                }
            }
            for (Difference difference : card.differences()) {
                assertEquals(0, difference.difference().compareTo(
                        difference.selfPoints().subtract(difference.points())), difference.toString());
            }
            assertEquals(expected, card.differences(), card.subject());
            assertEquals(0, sum.compareTo(card.differenceSum()), card.subject() + ": " + card.differenceSum());
            assertEquals(scheme.scale(), card.differenceSum().scale(), card.subject());
        }
    }

    // ---------------------------------------------------------------- the old invariants, new kinds

    @Property(tries = 100)
    @Label("composite and open-ended schemes with self-assessed evidence: every figure follows the order of "
            + "operations, and scoring in parallel changes no byte")
    void newKindsFollowTheOrderOfOperations(@ForAll("newKindsOfCases") Case c) {
        Evaluator evaluator = Evaluator.of(c.scheme());
        Report report = evaluator.evaluate(c.directory(), c.evidence(), c.period());
        Map<String, EvidenceRecord> counted = ScoringProperties.firstById(c.evidence());
        for (Scorecard card : report.scorecards()) {
            new ScoringProperties.Recount(c.scheme(), card, counted).check();
        }
        Report parallel = evaluator.parallel(true).evaluate(c.directory(), c.evidence(), c.period());
        assertEquals(report, parallel);
        assertEquals(ReportFormat.write(report), ReportFormat.write(parallel));
    }

    @Property(tries = 60)
    @Label("composite and open-ended schemes with self-assessed evidence: the order of the records changes no byte")
    void newKindsIgnoreEvidenceOrder(@ForAll("newKindsOfCasesWithUniqueIds") Case c, @ForAll Random random) {
        List<EvidenceRecord> shuffled = new ArrayList<>(c.evidence().records());
        Collections.shuffle(shuffled, random);
        Report given = c.evaluate();
        Report reordered = Evaluator.of(c.scheme()).evaluate(c.directory(), Evidence.of(shuffled), c.period());
        assertEquals(given, reordered);
        assertEquals(ReportFormat.write(given), ReportFormat.write(reordered));
    }

    // ---------------------------------------------------------------- helpers

    private static BigDecimal round(Scheme scheme, BigDecimal value) {
        return value.setScale(scheme.scale(), scheme.rounding().mode());
    }

    private static Scorecard cardOf(Report report, String subject) {
        return report.scorecards().stream().filter(card -> card.subject().equals(subject)).findFirst().orElseThrow();
    }
}
