package dev.mofan.core.campaign;

import dev.mofan.core.designation.ReviewAction;
import dev.mofan.model.designation.Register;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One period of a campaign: each scheme's report, the review's actions and the committee's namings,
 * and the register as it stood after them.
 *
 * @param period the period assessed
 * @param asOf the day it was judged and reviewed on (the period's last day)
 * @param reports one report per scheme, in the campaign's scheme order
 * @param actions the review's actions, scheme by scheme in the campaign's order, each scheme's
 *     followed by the committee's {@code name} steps for its designations
 * @param register the register after this period's review and namings
 */
public record CampaignRound(Period period, LocalDate asOf, List<Report> reports, List<ReviewAction> actions,
        Register register) {

    /**
     * Refuses nulls and copies the lists.
     *
     * @param period the period assessed
     * @param asOf the day it was judged and reviewed on
     * @param reports one report per scheme, in the campaign's scheme order
     * @param actions the review's actions and the committee's namings
     * @param register the register after them
     */
    public CampaignRound {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        reports = List.copyOf(reports);
        actions = List.copyOf(actions);
        Objects.requireNonNull(register, "register");
    }

    /**
     * {@return the report of scheme {@code schemeId}}
     *
     * @param schemeId a scheme of the campaign
     * @throws IllegalArgumentException if the campaign has no such scheme
     */
    public Report report(String schemeId) {
        return reports.stream().filter(r -> r.schemeId().equals(schemeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No report of scheme " + schemeId + " in " + period.text()));
    }
}
