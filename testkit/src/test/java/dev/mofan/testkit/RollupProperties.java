package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.HierarchyRollup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Rollup;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Roll-ups (SCORING.md step 9, docs/rankings.md) over generated org trees with members, generated
 * roll-up declarations (own share, weighting, method, weights, missing policy) and a year of
 * quarterly points with gaps and vetoes: each roll-up is recomputed from the scorecards it rolls up
 * by the documented formula, identical inputs roll up to themselves, a veto is never undone, a
 * ranked roll-up never exceeds its quota, and nothing depends on the order of the evidence.
 */
class RollupProperties {

    private static final List<String> KINDS = List.of("unit", "general-branch", "branch");

    /** One generated case: a directory, a quarterly scheme with two roll-ups and a year of points. */
    record Case(OrgDirectory directory, Scheme scheme, Map<String, BigDecimal[]> points, Map<String, Integer> vetoed,
            long seed) {

        /** The four quarterly reports of 2025, each evaluated with the ones before it. */
        List<Report> reports() {
            Evaluator evaluator = Evaluator.of(scheme);
            List<Report> reports = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                Period quarter = Period.quarter(2025, q);
                reports.add(evaluator.evaluate(directory, evidence(quarter, q, false), quarter, quarter.end(),
                        List.copyOf(reports)));
            }
            return reports;
        }

        Evidence evidence(Period quarter, int q, boolean shuffled) {
            List<EvidenceRecord> records = new ArrayList<>();
            points.forEach((subject, perQuarter) -> {
                if (perQuarter[q - 1] != null) {
                    records.add(EvidenceRecord.of(subject + "-q" + q, subject, "points", quarter,
                            Value.of(perQuarter[q - 1])));
                }
            });
            vetoed.forEach((subject, q0) -> {
                if (q0 == q) {
                    records.add(EvidenceRecord.of(subject + "-case", subject, "case", quarter, Value.of(true)));
                }
            });
            if (shuffled) {
                Collections.shuffle(records, new Random(seed));
            } else {
                records.sort((a, b) -> a.id().compareTo(b.id()));
            }
            return Evidence.of(records);
        }

        HierarchyRollup tree() {
            return (HierarchyRollup) scheme.rollups().get(0);
        }

        PeriodRollup annual() {
            return (PeriodRollup) scheme.rollups().get(1);
        }
    }

    private static String scheme(String own, String weighting, String treeMissing, String children, String method,
            String weights, String annualMissing, String vetoEffect, String quotaShare) {
        return """
                id: rollup-props
                version: "1"
                period: quarter
                maxPoints: 100
                subjects: [unit, general-branch, branch]
                keys:
                  - {id: points, type: points}
                  - {id: case, type: flag}
                dimensions:
                  - id: d
                    maxPoints: 100
                    indicators:
                      - id: i
                        items:
                          - {id: score, maxPoints: 100, rule: {id: direct}, keys: [points], missing: fail}
                vetoes:
                  - {id: discipline, when: {key: case, op: "==", value: true}, %s}
                grades:
                  - {id: excellent, min: 90}
                  - {id: good, min: 80}
                  - {id: qualified, min: 60}
                  - {id: fail, min: 0}
                rollups:
                  - {id: tree, kind: hierarchy, subjects: [unit], children: %s, own: %s, weighting: %s, missing: %s}
                  - {id: annual, kind: period, subjects: [branch], over: year, method: %s, %s missing: %s}
                peerGroups:
                  - {id: units, kinds: [unit], figure: "rollup:tree", quotas: [{grade: excellent, share: %s}]}
                  - {id: branches, kinds: [branch], figure: "rollup:annual", leaders: {count: 1}}
                """.formatted(vetoEffect, children, own, weighting, treeMissing, method, weights, annualMissing,
                quotaShare);
    }

    private static Arbitrary<String> schemes() {
        Arbitrary<String> own = Arbitraries.integers().between(0, 100).map(p -> BigDecimal.valueOf(p, 2).toPlainString());
        Arbitrary<String> weighting = Arbitraries.of("members", "equal");
        Arbitrary<String> missing = Arbitraries.of("fail", "skip", "zero");
        Arbitrary<String> children = Arbitraries.of("[branch]", "[general-branch, branch]", "[general-branch]");
        Arbitrary<String> method = Arbitraries.of("mean", "weighted", "last", "min");
        Arbitrary<List<Integer>> weights = Arbitraries.integers().between(1, 3).list().ofSize(4);
        Arbitrary<String> veto = Arbitraries.of("effect: zero", "effect: cap-grade, grade: good",
                "effect: cap-grade, grade: fail", "effect: ineligible");
        Arbitrary<String> share = Arbitraries.of("0.1", "0.34", "0.5", "1");
        return Combinators.combine(own, weighting, missing, children, method, weights, missing, veto)
                .flatAs((o, w, tm, c, m, ws, am, v) -> share.map(s -> scheme(o, w, tm, c, m,
                        m.equals("weighted") ? "weights: " + ws + "," : "", am, v, s)));
    }

    private static Arbitrary<Case> cases(boolean identical) {
        Arbitrary<OrgDirectory> directories = new OrgDirectoryArbitrary(
                MofanArbitraries.orgTrees().ofMinSize(4).ofMaxSize(30));
        return Combinators.combine(directories, schemes(), Arbitraries.longs())
                .as((directory, text, seed) -> {
                    Scheme scheme = SchemeFormat.ofDefaults().read(text, Syntax.YAML);
                    Random random = new Random(seed);
                    Map<String, BigDecimal[]> points = new TreeMap<>();
                    Map<String, Integer> vetoed = new TreeMap<>();
                    BigDecimal same = BigDecimal.valueOf(random.nextInt(10_001), 2);
                    for (OrgUnit org : directory.tree().units()) {
                        if (!KINDS.contains(org.kindId())) {
                            continue;
                        }
                        BigDecimal[] quarters = new BigDecimal[4];
                        for (int q = 0; q < 4; q++) {
                            boolean gap = !identical && random.nextInt(6) == 0;
                            quarters[q] = gap ? null : identical ? same : BigDecimal.valueOf(random.nextInt(10_001), 2);
                        }
                        points.put(org.id(), quarters);
                        if (!identical && random.nextInt(5) == 0) {
                            vetoed.put(org.id(), 1 + random.nextInt(4));
                        }
                    }
                    return new Case(directory, scheme, points, vetoed, seed);
                });
    }

    @Provide
    Arbitrary<Case> anyCases() {
        return cases(false);
    }

    @Provide
    Arbitrary<Case> identicalCases() {
        return cases(true);
    }

    // ---------------------------------------------------------------- identical inputs

    @Property(tries = 100)
    @Label("rolling up identical inputs gives the input: a unit whose own total and every child's are x rolls up to x, "
            + "whatever the own share and weighting; a year of four quarters of x rolls up to x by every method")
    void identicalInputsRollUpToThemselves(@ForAll("identicalCases") Case c) {
        for (Report report : c.reports()) {
            for (RollupScore rollup : report.rollups()) {
                BigDecimal x = c.points().get(rollup.subject())[0].setScale(2);
                assertEquals(Optional.of(x), rollup.total(), rollup.id() + " of " + rollup.subject());
            }
        }
    }

    // ---------------------------------------------------------------- recomputed

    @Property(tries = 150)
    @Label("a unit's hierarchy roll-up is own × own total + (1 − own) × the weighted mean of its descendant "
            + "children (the members in their subtrees, or 1 each; not below another unit), with the missing policy "
            + "applied to incomplete children that carry weight, rounded once; no children, all skipped, or no weight: "
            + "the own total; an incomplete own scorecard, or fail with a weighted child missing: no total")
    void hierarchyRollupsFollowTheFormula(@ForAll("anyCases") Case c) {
        HierarchyRollup tree = c.tree();
        for (Report report : c.reports()) {
            Map<String, Scorecard> cards = cards(report);
            for (Scorecard card : report.scorecards()) {
                if (!card.kind().equals("unit")) {
                    continue;
                }
                RollupScore rollup = rollup(report, "tree", card.subject());
                Optional<BigDecimal> expected = expectedTree(c, tree, card, cards);
                if (expected.isPresent() && card.vetoes().stream().anyMatch(v -> v.effect().equals("zero"))) {
                    expected = Optional.of(new BigDecimal("0.00"));
                }
                assertEquals(expected, rollup.total(), "tree of " + card.subject() + " in " + report.period());
            }
        }
    }

    private static Optional<BigDecimal> expectedTree(Case c, HierarchyRollup tree, Scorecard own,
            Map<String, Scorecard> cards) {
        if (own.incomplete()) {
            return Optional.empty();
        }
        List<BigDecimal[]> used = new ArrayList<>();
        for (String child : descendants(c.directory(), own.subject(), tree)) {
            Scorecard card = cards.get(child);
            BigDecimal weight = tree.weighting() == HierarchyRollup.Weighting.MEMBERS
                    ? BigDecimal.valueOf(c.directory().tree().subtree(child).stream()
                            .mapToInt(org -> c.directory().membersOf(org.id()).size()).sum()) : BigDecimal.ONE;
            if (weight.signum() == 0) {
                continue;
            }
            if (!card.incomplete()) {
                used.add(new BigDecimal[] {card.total(), weight});
            } else if (tree.missing() == Rollup.Missing.FAIL) {
                return Optional.empty();
            } else if (tree.missing() == Rollup.Missing.ZERO) {
                used.add(new BigDecimal[] {BigDecimal.ZERO, weight});
            }
        }
        BigDecimal weights = used.stream().map(u -> u[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.signum() == 0) {
            return Optional.of(own.total());
        }
        // Exact: (own × total × W + (1 − own) × Σ wᵢxᵢ) / W, one division, rounded HALF_UP at scale 2.
        BigDecimal sum = used.stream().map(u -> u[0].multiply(u[1])).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal numerator = tree.own().multiply(own.total()).multiply(weights)
                .add(BigDecimal.ONE.subtract(tree.own()).multiply(sum));
        return Optional.of(numerator.divide(weights, 2, RoundingMode.HALF_UP));
    }

    /** The orgs of the child kinds below {@code unit}, not looking below another unit, by walking the tree. */
    private static List<String> descendants(OrgDirectory directory, String unit, HierarchyRollup tree) {
        List<String> found = new ArrayList<>();
        for (OrgUnit child : directory.tree().children(unit)) {
            if (tree.subjects().contains(child.kindId())) {
                continue;
            }
            if (tree.children().contains(child.kindId())) {
                found.add(child.id());
            }
            found.addAll(descendants(directory, child.id(), tree));
        }
        return found;
    }

    @Property(tries = 150)
    @Label("a branch's annual roll-up combines its four quarterly totals by the declared method (mean, weights, last, "
            + "min) over the quarters the missing policy keeps (an incomplete quarter: fail → no total, skip → left "
            + "out, zero → 0), rounded once; it is written only in the fourth quarter's report")
    void periodRollupsFollowTheFormula(@ForAll("anyCases") Case c) {
        List<Report> reports = c.reports();
        for (int q = 0; q < 3; q++) {
            assertTrue(reports.get(q).rollups().stream().noneMatch(r -> r.id().equals("annual")));
        }
        Report q4 = reports.get(3);
        PeriodRollup annual = c.annual();
        for (Scorecard card : q4.scorecards()) {
            if (!card.kind().equals("branch")) {
                continue;
            }
            List<BigDecimal[]> used = new ArrayList<>();
            boolean failed = false;
            for (int q = 0; q < 4; q++) {
                Scorecard quarter = cards(reports.get(q)).get(card.subject());
                BigDecimal weight = annual.weights().isEmpty() ? BigDecimal.ONE : annual.weights().get(q);
                if (!quarter.incomplete()) {
                    used.add(new BigDecimal[] {quarter.total(), weight});
                } else if (annual.missing() == Rollup.Missing.FAIL) {
                    failed = true;
                } else if (annual.missing() == Rollup.Missing.ZERO) {
                    used.add(new BigDecimal[] {BigDecimal.ZERO, weight});
                }
            }
            Optional<BigDecimal> expected = failed || used.isEmpty() ? Optional.empty()
                    : Optional.of(combine(annual.method(), used));
            boolean zeroVeto = rollup(q4, "annual", card.subject()).vetoes().stream()
                    .anyMatch(v -> v.effect().equals("zero"));
            if (expected.isPresent() && zeroVeto) {
                expected = Optional.of(new BigDecimal("0.00"));
            }
            assertEquals(expected, rollup(q4, "annual", card.subject()).total(), "annual of " + card.subject());
        }
    }

    private static BigDecimal combine(PeriodRollup.Method method, List<BigDecimal[]> used) {
        return switch (method) {
            case LAST -> used.get(used.size() - 1)[0].setScale(2);
            case MIN -> used.stream().map(u -> u[0]).min(BigDecimal::compareTo).orElseThrow().setScale(2);
            default -> {
                BigDecimal sum = used.stream().map(u -> u[0].multiply(u[1])).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal weights = used.stream().map(u -> u[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield sum.divide(weights, 2, RoundingMode.HALF_UP);
            }
        };
    }

    // ---------------------------------------------------------------- vetoes

    @Property(tries = 150)
    @Label("a veto is never undone by a roll-up: a unit's own veto, or a veto in any quarter of a branch's year, "
            + "marks the roll-up vetoed, zeroes its total (zero) and caps its grade (cap-grade); a branch's veto never "
            + "vetoes its unit's hierarchy roll-up")
    void aVetoIsNeverUndone(@ForAll("anyCases") Case c) {
        List<Report> reports = c.reports();
        List<String> bands = List.of("excellent", "good", "qualified", "fail");
        for (Report report : reports) {
            Map<String, Scorecard> cards = cards(report);
            for (RollupScore rollup : report.rollups()) {
                List<Scorecard> vetoing = new ArrayList<>();
                if (rollup.id().equals("tree")) {
                    vetoing.add(cards.get(rollup.subject()));
                } else {
                    reports.forEach(r -> vetoing.add(cards(r).get(rollup.subject())));
                }
                boolean vetoed = vetoing.stream().anyMatch(Scorecard::vetoed);
                assertEquals(vetoed, rollup.vetoed(), rollup.id() + " of " + rollup.subject());
                if (!vetoed) {
                    continue;
                }
                String effect = vetoing.stream().flatMap(s -> s.vetoes().stream()).findFirst().orElseThrow().effect();
                if (effect.equals("zero")) {
                    rollup.total().ifPresent(t -> assertEquals(0, t.signum(), "zeroed " + rollup.subject()));
                } else if (effect.equals("cap-grade")) {
                    String cap = c.scheme().vetoes().get(0).grade().orElseThrow();
                    rollup.grade().ifPresent(g -> assertTrue(bands.indexOf(g) >= bands.indexOf(cap),
                            rollup.subject() + " graded " + g + " above the cap " + cap));
                }
            }
        }
    }

    // ---------------------------------------------------------------- ranking a roll-up

    @Property(tries = 150)
    @Label("a group that ranks a roll-up ranks every subject with a roll-up total (the others are unranked with "
            + "the reason) by that total, 1 + the number strictly ahead, and its quota is never exceeded")
    void aRankedRollupFollowsItsTotalsAndQuota(@ForAll("anyCases") Case c) {
        for (Report report : c.reports()) {
            List<RollupScore> trees = report.rollups().stream().filter(r -> r.id().equals("tree")).toList();
            List<Ranking> ranked = report.rankings().stream().filter(r -> r.peerGroup().equals("units")).toList();
            Map<String, RollupScore> byUnit = new HashMap<>();
            trees.forEach(t -> byUnit.put(t.subject(), t));
            assertEquals(trees.stream().filter(t -> t.total().isPresent()).map(RollupScore::subject).sorted().toList(),
                    ranked.stream().map(Ranking::subject).sorted().toList());
            for (RollupScore tree : trees) {
                if (tree.total().isEmpty()) {
                    assertTrue(report.unranked().stream().anyMatch(u -> u.subject().equals(tree.subject())
                            && u.code().equals("unranked.rollup-missing")), tree.subject() + " is not listed unranked");
                }
            }
            for (Ranking ranking : ranked) {
                BigDecimal figure = byUnit.get(ranking.subject()).total().orElseThrow();
                assertEquals(figure, ranking.figure());
                long ahead = ranked.stream().filter(r -> r.figure().compareTo(figure) > 0).count();
                assertEquals(1 + ahead, ranking.rank(), ranking.subject());
            }
            BigDecimal share = c.scheme().peerGroups().get(0).quotas().get(0).share();
            int allowed = share.multiply(BigDecimal.valueOf(ranked.size())).setScale(0, RoundingMode.FLOOR)
                    .intValueExact();
            long excellent = ranked.stream().filter(r -> r.grade().equals(Optional.of("excellent"))).count();
            assertTrue(excellent <= allowed, excellent + " excellent of " + ranked.size() + " with a quota of "
                    + allowed);
        }
    }

    // ---------------------------------------------------------------- order and round trip

    @Property(tries = 60)
    @Label("the roll-ups and rankings do not depend on the order of the evidence, and a report with roll-ups reads "
            + "back equal")
    void orderDoesNotMatterAndReportsReadBack(@ForAll("anyCases") Case c) {
        List<Report> reports = c.reports();
        Evaluator evaluator = Evaluator.of(c.scheme());
        List<Report> shuffled = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Period quarter = Period.quarter(2025, q);
            shuffled.add(evaluator.evaluate(c.directory(), c.evidence(quarter, q, true), quarter, quarter.end(),
                    List.copyOf(shuffled)));
        }
        for (int q = 0; q < 4; q++) {
            assertEquals(reports.get(q).rollups(), shuffled.get(q).rollups());
            assertEquals(reports.get(q).rankings(), shuffled.get(q).rankings());
            assertEquals(reports.get(q), ReportFormat.read(ReportFormat.write(reports.get(q))));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Scorecard> cards(Report report) {
        Map<String, Scorecard> cards = new HashMap<>();
        report.scorecards().forEach(card -> cards.put(card.subject(), card));
        return cards;
    }

    private static RollupScore rollup(Report report, String id, String subject) {
        return report.rollups().stream().filter(r -> r.id().equals(id) && r.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " for " + subject));
    }
}
