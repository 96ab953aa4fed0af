package dev.mofan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Property tests of the plug-in rule {@code at-least} as a user would write them: the rule in a
 * scheme of one's own, scored through the engine from evidence jqwik draws, checked against the
 * rule's own formula {@code points = max × min(n, target) / target}, rounded half up to 2 places.
 */
class AtLeastRuleProperties {

    private static final Period YEAR = Period.year(2025);
    private static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read(
            "orgs: [{id: wc, kind: working-committee}, {id: u, kind: unit, parent: wc}, {id: b, kind: branch, parent: u}]",
            Syntax.YAML);

    @Property(tries = 60)
    void pointsFollowTheFormula(@ForAll @IntRange(min = 1, max = 12) int target,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 20) Integer> lectures) {
        int n = lectures.stream().mapToInt(Integer::intValue).sum();
        BigDecimal expected = BigDecimal.TEN.multiply(BigDecimal.valueOf(Math.min(n, target)))
                .divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
        assertEquals(expected, points(target, lectures));
    }

    @Property(tries = 40)
    void moreLecturesNeverLowerThePoints(@ForAll @IntRange(min = 1, max = 12) int target,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 20) Integer> lectures,
            @ForAll @IntRange(min = 0, max = 20) int more) {
        List<Integer> more1 = new ArrayList<>(lectures);
        more1.add(more);
        assertTrue(points(target, more1).compareTo(points(target, lectures)) >= 0);
    }

    @Property(tries = 30)
    void theOrderOfTheRecordsDoesNotMatter(@ForAll @IntRange(min = 1, max = 12) int target,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 20) Integer> lectures) {
        List<Integer> reversed = new ArrayList<>(lectures);
        Collections.reverse(reversed);
        assertEquals(points(target, lectures), points(target, reversed));
    }

    @Example
    void threeOfFourLecturesEarnThreeQuartersOfTheMaximum() {
        // 10 × 3/4 = 7.50: the worked case of docs/extending.md.
        assertEquals(new BigDecimal("7.50"), points(4, List.of(1, 1, 1)));
    }

    /** Branch b's points on the one item, for lecture records summed by the key's default combination. */
    private static BigDecimal points(int target, List<Integer> lectures) {
        Scheme scheme = SchemeFormat.ofDefaults().read("""
                id: lectures
                version: "1"
                period: year
                maxPoints: 10
                subjects: [branch]
                keys: [{id: party-lecture, type: count}]
                dimensions:
                  - id: life
                    indicators:
                      - id: lectures
                        items:
                          - {id: x, maxPoints: 10, rule: {id: at-least, params: {target: %d}}, keys: [party-lecture]}
                grades: [{id: any, min: 0}]
                """.formatted(target), Syntax.YAML);
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < lectures.size(); i++) {
            records.add(EvidenceRecord.of("r" + i, "b", "party-lecture", YEAR, Value.of(lectures.get(i))));
        }
        return Evaluator.of(scheme).evaluate(ORGS, Evidence.of(records), YEAR).scorecards().get(0).item("x")
                .orElseThrow().points().orElseThrow();
    }
}
