package dev.mofan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.rules.CountRule;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.core.spi.RuleConfig;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.DerivedMaximum;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading schemes: every problem at once with its path, weights turned into maxima, the canonical round trip. */
class SchemeFormatTest {

    private static final SchemeFormat FORMAT = SchemeFormat.ofDefaults();

    private static final String BASE = """
            id: s
            version: "1"
            period: year
            maxPoints: 10
            subjects: [unit, branch]
            keys:
              - {id: days, type: count}
              - {id: cases, type: count}
              - {id: severity, type: category, values: [minor, serious]}
            dimensions:
              - id: d
                maxPoints: 10
                indicators:
                  - id: i
                    items:
                      - {id: a, maxPoints: 6, rule: {id: count, params: {per: 1}}, keys: [days]}
                      - {id: b, maxPoints: 4, rule: {id: deduct, params: {per: 1}}, keys: [cases]}
            deductions:
              - {id: penalty, key: severity, levels: {minor: 1, serious: 3}, cap: 5}
            vetoes:
              - {id: v, when: {key: cases, op: ">=", value: 3}, effect: cap-grade, grade: fail}
            grades:
              - {id: good, min: 8}
              - {id: fail, min: 0}
            """;

    static List<String> problems(String yaml) {
        ValidationException e = assertThrows(ValidationException.class, () -> FORMAT.read(yaml, Syntax.YAML));
        return e.violations().stream().map(Object::toString).toList();
    }

    @Test
    void theBaseSchemeIsValid() {
        Scheme scheme = FORMAT.read(BASE, Syntax.YAML);
        assertEquals(List.of("unit", "branch"), scheme.subjects());
        assertEquals(List.of(), FORMAT.lint(scheme));
    }

    @Test
    void everyProblemIsReportedAtOnceInDocumentOrder() {
        String broken = BASE.replace("maxPoints: 6,", "maxpoints: 6,")
                .replace("{id: b,", "{id: a,")
                .replace("rule: {id: deduct,", "rule: {id: deduce,")
                .replace("{key: cases, op", "{key: kases, op")
                .replace("grade: fail}", "grade: failed}");
        assertEquals(List.of(
                "$.dimensions[0].indicators[0].items[0].maxpoints: unknown property 'maxpoints'; expected one of: id, "
                        + "name, maxPoints, weight, rule, keys, subjects, missing",
                "$.dimensions[0].indicators[0].items[0].maxPoints: missing: give maxPoints or weight",
                "$.dimensions[0].indicators[0].items[1].id: duplicate id 'a' (first at "
                        + "$.dimensions[0].indicators[0].items[0].id)",
                "$.dimensions[0].indicators[0].items[1].rule.id: unknown rule 'deduce'; known rules: check, count, "
                        + "deduct, direct, occurrences, rating, ratio, tiers",
                "$.vetoes[0].grade: 'failed' is not a declared grade",
                "$.vetoes[0].when.key: 'kases' is not a declared key"), problems(broken));
    }

    @Test
    void idsAreUniqueAcrossKindsOfPart() {
        assertEquals(List.of("$.dimensions[0].indicators[0].id: duplicate id 'days' (first at $.keys[0].id)"),
                problems(BASE.replace("  - id: i\n", "  - id: days\n")));
    }

    @Test
    void maximaMustAddUpForEveryKind() {
        String branchOnly = BASE.replace("keys: [cases]}", "keys: [cases], subjects: [branch]}");
        // Reported where the sum first breaks: the dimension declares 10, its items give the unit 6.
        assertEquals(List.of(
                "$.dimensions[0].maxPoints: maxima do not add up for kind 'unit': the parts give 6, but 10 is declared"),
                problems(branchOnly));
        // Each kind that sees another wrong sum at the same place gets its own line.
        String split = branchOnly.replace("keys: [days]}", "keys: [days], subjects: [unit]}");
        assertEquals(List.of(
                "$.dimensions[0].maxPoints: maxima do not add up for kind 'unit': the parts give 6, but 10 is declared",
                "$.dimensions[0].maxPoints: maxima do not add up for kind 'branch': the parts give 4, but 10 is declared"),
                problems(split));
        assertEquals(List.of("$.subjects[2]: 'galaxy' is not a subject kind; use one of working-committee, unit, "
                        + "party-group, organ-committee, general-branch, branch, party-cell, division"),
                problems(BASE.replace("[unit, branch]", "[unit, branch, galaxy]")));
        assertEquals(List.of("$.dimensions[0].indicators[0].items[0].maxPoints: 6.005 has more decimals than the "
                + "scheme's scale (2)"), problems(BASE.replace("maxPoints: 6,", "maxPoints: 6.005,")));
    }

    @Test
    void weightsBecomeMaximaByLargestRemainder() {
        String weighted = BASE.replace("maxPoints: 6, rule", "weight: 1, rule").replace("maxPoints: 4, rule",
                "weight: 2, rule").replace("    indicators:\n      - id: i\n", "    indicators:\n      - id: i\n"
                + "        maxPoints: 10\n");
        Scheme scheme = FORMAT.read(weighted, Syntax.YAML);
        List<Item> items = scheme.dimensions().get(0).indicators().get(0).items();
        // 10 × 1/3 = 3.333… and 10 × 2/3 = 6.666…: floors 3.33 + 6.66 = 9.99; the larger remainder (6.666…) gets the cent.
        assertEquals(Optional.of(new BigDecimal("3.33")), items.get(0).maxPoints());
        assertEquals(Optional.of(new BigDecimal("6.67")), items.get(1).maxPoints());
        assertEquals(FORMAT.read(FORMAT.write(scheme, Syntax.YAML), Syntax.YAML), scheme, "weights survive a round trip");
        assertEquals(List.of(
                new DerivedMaximum("item", items.get(0).id(), "i", BigDecimal.ONE, new BigDecimal("3"), BigDecimal.TEN,
                        new BigDecimal("3.33"), "largest-remainder"),
                new DerivedMaximum("item", items.get(1).id(), "i", new BigDecimal("2"), new BigDecimal("3"),
                        BigDecimal.TEN, new BigDecimal("6.67"), "largest-remainder")),
                Evaluator.of(scheme).evaluate(OrgDirectoryFormat.ofDefaults().read(
                        "orgs:\n  - {id: wc, kind: working-committee}\n  - {id: u1, kind: unit, parent: wc}\n",
                        Syntax.YAML), Evidence.EMPTY, Period.year(2025)).weights(),
                "the report states each derived maximum and what it came from");
        assertEquals(List.of("$.dimensions[0].indicators[0].items[0].weight: weights need a maxPoints on the level above"),
                problems(BASE.replace("maxPoints: 6, rule", "weight: 1, rule").replace("maxPoints: 4, rule",
                        "weight: 2, rule")));
    }

    @Test
    void predicatesAreCheckedAgainstTheScheme() {
        assertEquals(List.of("$.vetoes[0].when.value: key 'severity' of type category is not compared with a number"),
                problems(BASE.replace("{key: cases, op: \">=\", value: 3}", "{key: severity, op: \">=\", value: 3}")));
        assertEquals(List.of("$.grades[0].gates[0].result: a veto or grade gate cannot read the grade it helps decide"),
                problems(BASE.replace("{id: good, min: 8}",
                        "{id: good, min: 8, gates: [{result: grade, op: \"==\", value: 1}]}")));
        assertEquals(List.of("$.grades[0].gates[0]: a predicate has exactly one of key, result, vetoed, designated, allOf, anyOf, not"),
                problems(BASE.replace("{id: good, min: 8}",
                        "{id: good, min: 8, gates: [{key: days, result: total, op: \">\", value: 1}]}")));
        Scheme gated = FORMAT.read(BASE.replace("{id: good, min: 8}",
                "{id: good, min: 8, gates: [{allOf: [{result: \"dimension:d\", op: \">=\", value: 8}, "
                        + "{not: {key: severity, op: \"==\", value: serious}}]}]}"), Syntax.YAML);
        assertEquals(1, gated.grades().get(0).gates().size());
    }

    @Test
    void adjustmentsNeedOneAmountAndKnownLevels() {
        assertEquals(List.of("$.deductions[0].levels.grave: 'grave' is not a value of key 'severity' (minor, serious)",
                "$.deductions[0].levels: no amount for value 'serious' of key 'severity'"),
                problems(BASE.replace("serious: 3}", "grave: 3}")));
        assertEquals(List.of("$.deductions[0].levels: give exactly one of per and levels"),
                problems(BASE.replace("levels: {minor: 1, serious: 3}", "per: 1, levels: {minor: 1, serious: 3}")));
    }

    @Test
    void hostileAndAmbiguousNumbersAreRefused() {
        assertEquals(List.of("$.maxPoints: a number has more than 1000 digits"),
                problems(BASE.replaceFirst("maxPoints: 10\n", "maxPoints: 1e-999999999\n")));
        assertEquals(List.of("$.maxPoints: write the number '010' in plain decimal form (no leading zeros, hexadecimal, "
                + "octal, underscores or colons)"), problems(BASE.replaceFirst("maxPoints: 10\n", "maxPoints: 010\n")));
        assertEquals(List.of("$.deductions[0].cap: 4.995 has more decimals than the scheme's scale (2)"),
                problems(BASE.replace("cap: 5}", "cap: 4.995}")));
    }

    @Test
    void oneProblemDoesNotHideAnother() {
        // A kind misspelt in an item is reported alone, not also as maxima that no longer add up.
        assertEquals(List.of("$.dimensions[0].indicators[0].items[1].subjects[0]: 'unti' is not among the scheme's "
                + "subjects (unit, branch)"), problems(BASE.replace("keys: [cases]}", "keys: [cases], subjects: [unti]}")));
        // A weighted item's rule is still checked when another part's maximum is broken.
        String weighted = BASE.replace("maxPoints: 6, rule: {id: count, params: {per: 1}}",
                "weight: 1, rule: {id: count, params: {pre: 1}}").replace("maxPoints: 4, rule", "weight: 1, rule")
                .replace("    indicators:\n      - id: i\n", "    indicators:\n      - id: i\n        maxPoints: 10\n")
                .replace("deductionCap", "deductionCap").replace("cap: 5}", "cap: -2}");
        assertEquals(List.of(
                "$.dimensions[0].indicators[0].items[0].rule.params.per: required property is missing",
                "$.dimensions[0].indicators[0].items[0].rule.params.pre: rule 'count' has no parameter 'pre'",
                "$.deductions[0].cap: must be greater than 0, but was -2"), problems(weighted));
        // A key wrong in its combination does not hide the parameters of the rule reading it.
        assertEquals(List.of(
                "$.keys[0].combine: combination 'median' does not suit a key of type count; use one of sum, max, min, latest, "
                        + "distinct-cases",
                "$.dimensions[0].indicators[0].items[0].rule.params.pre: rule 'count' has no parameter 'pre'"),
                problems(BASE.replace("{id: days, type: count}", "{id: days, type: count, combine: median}")
                        .replace("params: {per: 1}}, keys: [days]", "params: {per: 1, pre: 1}}, keys: [days]")));
    }

    /** BASE as a composite: d (10 points) alone in one part of weight 1. */
    private static final String COMPOSITE = BASE.replace("""
            deductions:
              - {id: penalty, key: severity, levels: {minor: 1, serious: 3}, cap: 5}
            """, """
            parts:
              - id: basic
                weight: 1
                dimensions: [d]
                deductions:
                  - {id: penalty, key: severity, levels: {minor: 1, serious: 3}, cap: 5}
            """);

    @Test
    void compositePartsAreCheckedWithTheirPaths() {
        Scheme scheme = FORMAT.read(COMPOSITE, Syntax.YAML);
        assertEquals(1, scheme.parts().size());
        assertEquals(FORMAT.read(FORMAT.write(scheme, Syntax.YAML), Syntax.YAML), scheme, "parts survive a round trip");
        String twoParts = COMPOSITE.replace("""
                    dimensions: [d]
                """, """
                    dimensions: [d, e]
                  - id: basic
                    weight: 0.5
                    dimensions: [d]
                """);
        assertEquals(List.of(
                "$.parts[0].dimensions[1]: 'e' is not a dimension of the scheme",
                "$.parts[1].id: duplicate id 'basic' (first at $.parts[0].id)",
                "$.parts[1].dimensions[0]: dimension 'd' is already in part 'basic'"), problems(twoParts));
        assertEquals(List.of("$.parts[1].dimensions[0]: dimension 'd' is already in part 'basic'"),
                problems(twoParts.replace("dimensions: [d, e]", "dimensions: [d]").replace("id: basic\n    weight: 0.5",
                        "id: other\n    weight: 0.5")));
        // 1 × 10 is the maximum; a weight of 0.8 gives 8 for every kind.
        assertEquals(List.of(
                "$.maxPoints: maxima do not add up for kind 'unit': Σ weight × part maximum = 0.8 × 10 = 8, but 10 is "
                        + "declared",
                "$.maxPoints: maxima do not add up for kind 'branch': Σ weight × part maximum = 0.8 × 10 = 8, but 10 is "
                        + "declared"),
                problems(COMPOSITE.replace("weight: 1\n", "weight: 0.8\n")));
        assertEquals(List.of("$.deductions: a composite scheme's deductions belong to its parts: move them under "
                + "parts[].deductions"), problems(COMPOSITE + "deductions:\n  - {id: late, key: cases, per: 1}\n"));
        // A broken part hides neither a sum inside a dimension nor a dimension left out of every part.
        String broken = """
                id: s
                version: "1"
                period: year
                maxPoints: 10
                subjects: [unit]
                keys:
                  - {id: days, type: count}
                dimensions:
                  - id: e
                    maxPoints: 1
                    indicators:
                      - id: ei
                        items:
                          - {id: ea, maxPoints: 1, rule: {id: count, params: {per: 1}}, keys: [days]}
                  - id: d
                    maxPoints: 10
                    indicators:
                      - id: i
                        items:
                          - {id: a, maxPoints: 9, rule: {id: count, params: {per: 1}}, keys: [days]}
                parts:
                  - {id: basic, weight: 1, dimensions: [d]}
                  - {id: empty, weight: 0.5, dimensions: []}
                """;
        assertEquals(List.of(
                "$.dimensions[0].id: dimension 'e' is in no part: in a composite scheme every dimension belongs to one",
                "$.dimensions[1].maxPoints: maxima do not add up for kind 'unit': the parts give 9, but 10 is declared",
                "$.parts[1].dimensions: must list at least one entry"), problems(broken));
        assertEquals(List.of("$.dimensions[0].weight: a composite scheme's parts are weighted; its dimensions give "
                + "maxPoints, not weight"), problems(COMPOSITE.replace("    maxPoints: 10\n    indicators",
                        "    weight: 1\n    indicators")));
    }

    /** BASE as an open-ended scheme: no maxima above the items, item b uncapped. */
    private static final String OPEN = BASE.replace("maxPoints: 10\nsubjects", "openEnded: true\nsubjects")
            .replace("    maxPoints: 10\n    indicators", "    indicators")
            .replace("{id: b, maxPoints: 4, rule: {id: deduct, params: {per: 1}}", "{id: b, rule: {id: count, params: {per: 1}}");

    @Test
    void anOpenEndedSchemeHasMaximaOnlyWhereItemsCapThemselves() {
        Scheme scheme = FORMAT.read(OPEN, Syntax.YAML);
        assertTrue(scheme.openEnded());
        assertEquals(Optional.empty(), scheme.dimensions().get(0).indicators().get(0).items().get(1).maxPoints());
        assertEquals(FORMAT.read(FORMAT.write(scheme, Syntax.JSON), Syntax.JSON), scheme, "survives a round trip");
        assertEquals(List.of(
                "$.maxPoints: an open-ended scheme has no maximum: remove maxPoints, or openEnded",
                "$.dimensions[0].maxPoints: in an open-ended scheme only items may have maxPoints",
                "$.dimensions[0].indicators[0].items[1].missing: missing: exclude renormalises by maxima, which an "
                        + "open-ended scheme does not have; use zero or score",
                // Rules are configured once the whole scheme is read, so their problems come after.
                "$.dimensions[0].indicators[0].items[1].rule.id: rule 'deduct' scores against the item's maximum: "
                        + "give maxPoints, or use a rule that scores without one (count, direct, occurrences)"),
                problems(OPEN.replace("openEnded: true\n", "openEnded: true\nmaxPoints: 10\n")
                        .replace("    indicators:\n      - id: i", "    maxPoints: 10\n    indicators:\n      - id: i")
                        .replace("{id: b, rule: {id: count, params: {per: 1}}, keys: [cases]}",
                                "{id: b, rule: {id: deduct, params: {per: 1}}, keys: [cases], missing: exclude}")));
    }

    @Test
    void aYamlAliasIsReportedAloneWhereverItStands() {
        // An alias leaves its place unread; nothing downstream (sums, kinds) is judged on the gap.
        assertEquals(List.of("$.dimensions[0].indicators[0].items[1]: YAML aliases (*x) are not accepted: write the "
                + "value out"), problems(BASE.replace("{id: a, maxPoints: 6,", "&x {id: a, maxPoints: 6,")
                .replace("- {id: b, maxPoints: 4, rule: {id: deduct, params: {per: 1}}, keys: [cases]}", "- *x")));
        assertEquals(List.of("$.dimensions[0].indicators[0].items[1].subjects: YAML aliases (*k) are not accepted: "
                + "write the value out"), problems(BASE.replace("subjects: [unit, branch]", "subjects: &k [unit, branch]")
                .replace("keys: [cases]}", "keys: [cases], subjects: *k}")));
    }

    @Test
    void theBundledSchemeSurvivesItsCanonicalRoundTripInBothSyntaxes() {
        Scheme scheme = BundledSchemes.get("five-type-organ");
        for (Syntax syntax : Syntax.values()) {
            String text = FORMAT.write(scheme, syntax);
            assertEquals(scheme, FORMAT.read(text, syntax));
            assertEquals(text, FORMAT.write(FORMAT.read(text, syntax), syntax));
        }
    }

    @Test
    void aSchemeBuiltInCodeIsCheckedAsIfItWereRead() {
        Scheme scheme = FORMAT.read(BASE, Syntax.YAML);
        Dimension d = scheme.dimensions().get(0);
        Indicator i = d.indicators().get(0);
        Item a = i.items().get(0);
        Item wider = new Item(a.id(), a.name(), Optional.of(new BigDecimal("7")), a.weight(), a.rule(), a.keys(), a.subjects(),
                a.missing());
        Indicator changed = new Indicator(i.id(), i.name(), i.maxPoints(), i.weight(), List.of(wider, i.items().get(1)),
                i.deductions(), i.bonuses());
        Scheme built = new Scheme(scheme.id(), scheme.version(), scheme.name(), scheme.period(), scheme.scale(),
                scheme.rounding(), scheme.timeZone(), scheme.maxPoints(), scheme.subjects(),
                scheme.allowScopedBonusAboveMax(), scheme.allowUnverifiedSelfAssessment(), scheme.keys(),
                List.of(new Dimension(d.id(), d.name(), d.maxPoints(), d.weight(), List.of(changed), d.deductions(),
                        d.bonuses())), scheme.parts(), scheme.deductions(), scheme.deductionCap(), scheme.bonuses(),
                scheme.bonusCap(), scheme.vetoes(), scheme.grades(), scheme.rollups(), scheme.peerGroups());
        ValidationException e = assertThrows(ValidationException.class, () -> Evaluator.of(built));
        assertEquals("$.dimensions[0].maxPoints: maxima do not add up for kind 'unit': the parts give 11, but 10 is "
                + "declared", e.violations().get(0).toString());
    }

    @Test
    void twoProvidersOfOneRuleFailNamingBoth() {
        RuleRegistry.DuplicateRuleException e = assertThrows(RuleRegistry.DuplicateRuleException.class,
                () -> RuleRegistry.ofDefaults().with(new AnotherCount()));
        assertEquals("Two providers claim rule id 'count': dev.mofan.core.format.SchemeFormatTest$AnotherCount and "
                + "dev.mofan.core.rules.CountRule; remove one from the class path or register one by hand",
                e.getMessage().replace(CountRule.class.getName(), "dev.mofan.core.rules.CountRule"));
    }

    /** A second provider of {@code count}. */
    static final class AnotherCount implements ScoringRuleProvider {
        @Override
        public String ruleId() {
            return "count";
        }

        @Override
        public ScoringRule configure(RuleConfig config) {
            return input -> dev.mofan.core.spi.RuleResult.of(BigDecimal.ZERO);
        }
    }
}
