package dev.mofan.examples;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.EvidenceColumns;
import dev.mofan.core.engine.Explanation;
import dev.mofan.core.engine.Totals;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Totals for a whole province from evidence columns (一个省的总分、等次，一次算完): what a portal
 * recomputes on every page view. The same rules and figures as a full evaluation, held in arrays;
 * one subject is explained on demand.
 */
public final class TotalsFromColumns {

    private TotalsFromColumns() {
    }

    /** Scores the sample province's branches for 2025 with points-branch (积分制) from columns. */
    public static void main(String[] args) {
        Scheme scheme = BundledSchemes.get("points-branch");
        OrgDirectory province = SampleProvince.generate();
        Period year = Period.year(2025);
        Evidence evidence = SampleEvidence.generate(scheme, province, year);

        Evaluator lean = Evaluator.of(scheme).lean();
        System.out.println("scored from columns alone: " + lean.columnarLimits().isEmpty());
        EvidenceColumns columns = EvidenceColumns.of(lean, province, evidence, year);   // or EvidenceColumns.builder(…)
        Totals totals = lean.totals(columns);
        System.out.println(totals.size() + " subjects, " + columns.keptAsRecords() + " kept as records, grades "
                + totals.gradeCounts());
        int best = IntStream.range(0, totals.size()).boxed()
                .max(Comparator.comparingLong(totals::unscaledTotal).thenComparing(totals::subject, Comparator.reverseOrder()))
                .orElseThrow();                                               // ties go to the smaller id
        System.out.println("best: " + totals.subject(best) + " " + totals.total(best) + " "
                + totals.grade(best).orElse("-"));
        lean.explain(province, evidence, year, totals.subject(best))          // the full trace, on demand
                .ifPresent(card -> System.out.print(Explanation.of(scheme, card).text(Language.ZH).lines().limit(3)
                        .map(line -> line + "\n").reduce("", String::concat)));
    }
}
