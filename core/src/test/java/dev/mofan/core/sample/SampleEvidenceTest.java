package dev.mofan.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SampleEvidenceTest {

    static final Scheme SCHEME = BundledSchemes.get("five-type-organ");
    static final OrgDirectory PROVINCE = SampleProvince.generate();

    @Test
    void sampleExercisesEveryPartOfTheScheme() {
        long start = System.nanoTime();
        Evidence evidence = SampleEvidence.generate(SCHEME, PROVINCE, Period.year(2025));
        long generated = System.nanoTime();
        Report report = Evaluator.of(SCHEME).evaluate(PROVINCE, evidence, Period.year(2025));
        long evaluated = System.nanoTime();
        String json = ReportFormat.write(report);
        long written = System.nanoTime();
        System.out.printf("records %d, scorecards %d, gen %d ms, eval %d ms, json %d ms (%d MB)%n",
                evidence.records().size(), report.scorecards().size(), (generated - start) / 1000000,
                (evaluated - generated) / 1000000, (written - evaluated) / 1000000, json.length() / 1000000);
        TreeMap<String, Integer> grades = new TreeMap<>();
        TreeMap<String, Integer> vetoes = new TreeMap<>();
        for (Scorecard card : report.scorecards()) {
            grades.merge(card.grade().orElse("-"), 1, Integer::sum);
            card.vetoes().forEach(v -> vetoes.merge(v.id(), 1, Integer::sum));
        }
        System.out.println(grades + " " + vetoes);
        Set<String> codes = new TreeSet<>();
        report.unused().forEach(u -> codes.add(u.code()));
        System.out.println(codes + " errors " + report.errors() + " unranked " + report.unranked().size());
        System.out.println(EvidenceFormat.ofDefaults().write(evidence, Syntax.JSON).length() / 1000000 + " MB evidence");
        assertTrue(report.unused().size() >= 5);
        assertEquals(1, report.errors().size());
    }
}
