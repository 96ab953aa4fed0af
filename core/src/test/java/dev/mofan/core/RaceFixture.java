package dev.mofan.core;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A small race for tests of ranking and of reports with rankings: eight branches in two units,
 * a scheme with two peer groups (a tie-break, leaders, laggards, quotas with a tie at the cut and
 * a cascade, a laggard streak; ranking within units), and their points in 2024 and 2025.
 */
public final class RaceFixture {

    public static final Period Y2024 = Period.year(2024);
    public static final Period Y2025 = Period.year(2025);

    public static final OrgDirectory ORGS = OrgDirectoryFormat.ofDefaults().read("""
            orgs:
              - {id: wc, kind: working-committee}
              - {id: u1, kind: unit, parent: wc}
              - {id: u2, kind: unit, parent: wc}
              - {id: b1, kind: branch, parent: u1}
              - {id: b2, kind: branch, parent: u1}
              - {id: b3, kind: branch, parent: u1}
              - {id: b4, kind: branch, parent: u2}
              - {id: b5, kind: branch, parent: u2}
              - {id: b6, kind: branch, parent: u2}
              - {id: b7, kind: branch, parent: u2}
              - {id: b8, kind: branch, parent: u2}
            """, Syntax.YAML);

    public static final String SCHEME = """
            id: race-mini
            version: "1"
            period: year
            maxPoints: 100
            subjects: [branch]
            keys:
              - {id: work-points, type: points}
              - {id: appraisal-points, type: points}
            dimensions:
              - id: d
                maxPoints: 100
                indicators:
                  - id: i
                    items:
                      - {id: work, maxPoints: 60, rule: {id: direct}, keys: [work-points]}
                      - {id: appraisal, maxPoints: 40, rule: {id: direct}, keys: [appraisal-points]}
            grades:
              - {id: excellent, min: 90}
              - {id: good, min: 80}
              - {id: qualified, min: 60}
              - {id: fail, min: 0}
            peerGroups:
              - id: branches
                kinds: [branch]
                tieBreak: [item:work]
                leaders: {count: 1}
                laggards: {share: 0.25}
                quotas:
                  - {grade: excellent, share: 0.5}
                  - {grade: good, share: 0.375}
                streaks:
                  - {flag: warning, when: laggard, periods: 2}
              - id: in-unit
                kinds: [branch]
                within: unit
            """;

    public static final Scheme RACE = SchemeFormat.ofDefaults().read(SCHEME, Syntax.YAML);

    /** Work and appraisal points per branch, b1 to b8. */
    public static Evidence evidence(Period period, int[][] points) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int b = 0; b < points.length; b++) {
            String subject = "b" + (b + 1);
            records.add(EvidenceRecord.of(subject + "-w", subject, "work-points", period,
                    Value.of(new BigDecimal(points[b][0]))));
            records.add(EvidenceRecord.of(subject + "-a", subject, "appraisal-points", period,
                    Value.of(new BigDecimal(points[b][1]))));
        }
        return Evidence.of(records);
    }

    // 2025 totals: b1 60+35 = 95, b2 55+40 = 95, b3 92, b4 90, b5 90 (also 50 work), b6 85, b7 80, b8 60.
    public static final int[][] POINTS_2025 = {{60, 35}, {55, 40}, {56, 36}, {50, 40}, {50, 40}, {45, 40},
        {45, 35}, {30, 30}};
    // 2024 totals: b1 80, b2 85, b3 70, b4 90, b5 60, b6 95, b7 75, b8 65: ranks b6 1, b4 2, b2 3, b1 4,
    // b7 5, b3 6, b8 7, b5 8; laggards (the last floor(0.25 × 8) = 2) b8 and b5.
    public static final int[][] POINTS_2024 = {{50, 30}, {50, 35}, {40, 30}, {55, 35}, {30, 30}, {60, 35},
        {45, 30}, {35, 30}};

    public static Report report2024() {
        return Evaluator.of(RACE).evaluate(ORGS, evidence(Y2024, POINTS_2024), Y2024);
    }

    public static Report report2025() {
        return Evaluator.of(RACE).evaluate(ORGS, evidence(Y2025, POINTS_2025), Y2025, Y2025.end(),
                List.of(report2024()));
    }

    private RaceFixture() {
    }
}
