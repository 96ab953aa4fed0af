package dev.mofan.core.rules;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;

/** A scheme of one item on one key, scored for one branch: the smallest setting to test a rule in. */
final class OneItem {

    static final OrgDirectory ORGS = OrgDirectory.of(OrgTree.of(List.of(
            OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE),
            OrgUnit.of("u1", OrgKind.UNIT, "wc"),
            OrgUnit.of("b1", OrgKind.BRANCH, "u1"))));

    private OneItem() {
    }

    /** The scheme text of one item with {@code max} points, rule {@code rule} (YAML flow) on key {@code key} (YAML flow). */
    static String scheme(String key, String rule, String max) {
        return """
                id: one
                version: "1"
                period: year
                maxPoints: %s
                subjects: [branch]
                keys: [%s]
                dimensions:
                  - id: d
                    indicators:
                      - id: i
                        items:
                          - {id: item, maxPoints: %s, rule: %s, keys: [k]}
                """.formatted(max, key, max, rule);
    }

    static Scheme read(String key, String rule, String max) {
        return SchemeFormat.ofDefaults().read(scheme(key, rule, max), Syntax.YAML);
    }

    /** The item's score for branch b1 with one record per value. */
    static ItemScore score(String key, String rule, String max, Value... values) {
        return report(read(key, rule, max), values).scorecards().get(0).item("item").orElseThrow();
    }

    static Report report(Scheme scheme, Value... values) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            records.add(EvidenceRecord.of("r" + i, "b1", "k", Period.year(2025), values[i]));
        }
        return Evaluator.of(scheme).evaluate(ORGS, Evidence.of(records), Period.year(2025));
    }
}
