package dev.mofan.core.campaign;

import dev.mofan.model.designation.Register;
import dev.mofan.model.result.Report;
import java.util.List;
import java.util.Objects;

/**
 * What a campaign gave: every period's round, oldest first, and the register at the end.
 *
 * @param rounds one per period, in period order
 * @param register the register after the last round
 */
public record CampaignRun(List<CampaignRound> rounds, Register register) {

    /**
     * Copies the rounds and refuses nulls.
     *
     * @param rounds one per period, in period order, at least one
     * @param register the register after the last round
     * @throws IllegalArgumentException if there is no round
     */
    public CampaignRun {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("A campaign run has at least one round");
        }
        rounds = List.copyOf(rounds);
        Objects.requireNonNull(register, "register");
    }

    /** {@return the last round} */
    public CampaignRound last() {
        return rounds.get(rounds.size() - 1);
    }

    /**
     * {@return the reports of scheme {@code schemeId}, oldest first}
     *
     * @param schemeId a scheme of the campaign
     */
    public List<Report> reports(String schemeId) {
        return rounds.stream().map(r -> r.report(schemeId)).toList();
    }
}
