package dev.mofan.testkit;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import java.util.Objects;

/**
 * One generated assessment, whole: a scheme, the org directory it scores, a period of the scheme's
 * kind, evidence for them, and the report the engine made of it. Drawn by
 * {@link MofanArbitraries#assessments()} or {@code @ForAll Assessment}, for tests that need a report
 * together with what it came from (re-evaluate, compare, rank).
 *
 * @param scheme the scheme scored
 * @param directory the orgs; at least one is of a kind the scheme assesses
 * @param period the period scored, of the scheme's period kind
 * @param evidence the evidence fed, some of it possibly unusable
 * @param report {@code Evaluator.of(scheme).evaluate(directory, evidence, period)}
 */
public record Assessment(Scheme scheme, OrgDirectory directory, Period period, Evidence evidence, Report report) {

    /**
     * Refuses nulls.
     *
     * @param scheme the scheme scored
     * @param directory the orgs; at least one is of a kind the scheme assesses
     * @param period the period scored, of the scheme's period kind
     * @param evidence the evidence fed, some of it possibly unusable
     * @param report {@code Evaluator.of(scheme).evaluate(directory, evidence, period)}
     */
    public Assessment {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(report, "report");
    }
}
