package dev.mofan.model.result;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of evaluating a scheme over an org directory's subjects and evidence for one period
 * (SCORING.md, The report).
 *
 * @param fingerprint SHA-256 (hex) of the canonical scheme, org directory and evidence
 * @param schemeId the scheme's id
 * @param schemeVersion the scheme's version
 * @param weights the maxima the scheme gave as weights, with what they were derived from, in scheme order
 * @param period the evaluated period's text, such as {@code 2025}
 * @param asOf the day dates were judged at (by default the period's last day)
 * @param scorecards one per assessed subject, in subject order (orgs in tree order, then divisions by id)
 * @param rollups each declared roll-up computed in this period, by roll-up in scheme order, then subject order
 * @param unranked incomplete scorecards' subjects, in subject order; then, for each roll-up a peer
 *     group ranks, the subjects it has no total for, in subject order
 * @param rankings each ranked subject's place in each of its peer groups (a complete scorecard's
 *     total, or a roll-up's total): by peer group in scheme order, then partition, rank and subject
 * @param unused records no figure used, by record id then position
 * @param errors failed items, in subject then item order
 */
public record Report(String fingerprint, String schemeId, String schemeVersion,
        List<DerivedMaximum> weights, String period, LocalDate asOf,
        List<Scorecard> scorecards, List<RollupScore> rollups, List<Unranked> unranked, List<Ranking> rankings,
        List<UnusedRecord> unused,
        List<ItemError> errors) {

    /**
     * Copies the lists.
     *
     * @param fingerprint SHA-256 (hex) of the canonical scheme, org directory and evidence
     * @param schemeId the scheme's id
     * @param schemeVersion the scheme's version
     * @param weights the maxima the scheme gave as weights, with what they were derived from, in scheme order
     * @param period the evaluated period's text, such as {@code 2025}
     * @param asOf the day dates were judged at (by default the period's last day)
     * @param scorecards one per assessed subject, in subject order (orgs in tree order, then divisions by id)
     * @param rollups each declared roll-up computed in this period, by roll-up in scheme order, then subject order
     * @param unranked incomplete scorecards' subjects, in subject order; then, for each roll-up a peer group ranks, the
     *     subjects it has no total for, in subject order
     * @param rankings each ranked subject's place in each of its peer groups (a complete scorecard's total, or a
     *     roll-up's total): by peer group in scheme order, then partition, rank and subject
     * @param unused records no figure used, by record id then position
     * @param errors failed items, in subject then item order
     */
    public Report {
        weights = List.copyOf(weights);
        scorecards = List.copyOf(scorecards);
        rollups = List.copyOf(rollups);
        unranked = List.copyOf(unranked);
        rankings = List.copyOf(rankings);
        unused = List.copyOf(unused);
        errors = List.copyOf(errors);
    }
}
