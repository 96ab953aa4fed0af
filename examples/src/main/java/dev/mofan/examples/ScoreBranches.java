package dev.mofan.examples;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.Explanation;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.io.IOException;
import java.io.InputStream;

/** Load a YAML scheme of one's own (with a plug-in rule), the orgs, and evidence from JSON; score; explain one branch. */
public final class ScoreBranches {

    private ScoreBranches() {
    }

    /** Prints each branch's total and grade, the records not used, and why finance-b1 has its total. */
    public static void main(String[] args) throws IOException {
        Scheme scheme;
        OrgDirectory city;
        Evidence evidence;
        try (InputStream s = open("branch-scheme.yaml"); InputStream o = open("city.yaml");
                InputStream e = open("city-evidence.json")) {
            scheme = SchemeFormat.ofDefaults().read(s, Syntax.YAML);     // finds 'at-least' by ServiceLoader
            city = OrgDirectoryFormat.ofDefaults().read(o, Syntax.YAML);
            evidence = EvidenceFormat.ofDefaults().read(e, Syntax.JSON);      // evidence as a portal exports it
        }
        Report report = Evaluator.of(scheme).evaluate(city, evidence, Period.year(2025));
        for (Scorecard card : report.scorecards()) {
            System.out.printf("%-12s %6s  %s%n", card.subject(), card.total(), card.grade().orElse("-"));
        }
        report.unused().forEach(u -> System.out.println("unused " + u.record() + ": " + u.reason()));
        Scorecard financeB1 = report.scorecards().stream().filter(c -> c.subject().equals("finance-b1")).findFirst()
                .orElseThrow();
        System.out.print(Explanation.of(scheme, financeB1).text(Language.ZH));
    }

    private static InputStream open(String name) {
        return ScoreBranches.class.getResourceAsStream(name);
    }
}
