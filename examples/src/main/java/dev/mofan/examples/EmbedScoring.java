package dev.mofan.examples;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.Explanation;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.util.Comparator;

/** The whole embedding in about twenty lines: a bundled scheme, an org tree and evidence in; a scored, explained report out. */
public final class EmbedScoring {

    private EmbedScoring() {
    }

    /** Scores the sample province's units for 2025 with five-type-organ and explains the best one. */
    public static void main(String[] args) {
        Scheme scheme = BundledSchemes.get("five-type-organ");             // 五型模范机关
        OrgDirectory province = SampleProvince.generate();                   // a portal reads its own: OrgDirectoryFormat
        Period year = Period.year(2025);
        Evidence evidence = SampleEvidence.generate(scheme, province, year);  // a portal reads its own: EvidenceFormat

        Report report = Evaluator.of(scheme).evaluate(province, evidence, year);

        System.out.println(report.scorecards().size() + " scorecards, " + report.errors().size() + " item errors");
        Scorecard best = report.scorecards().stream().filter(c -> c.kind().equals("unit") && !c.incomplete())
                .max(Comparator.comparing(Scorecard::total).thenComparing(Scorecard::subject, Comparator.reverseOrder()))
                .orElseThrow();                                              // ties go to the smaller id
        System.out.print(Explanation.of(scheme, best).text(Language.ZH));  // why this total, item by item
    }
}
