package dev.mofan.model.result;

import java.util.List;

/**
 * A veto that fired for one subject.
 *
 * @param id the veto's id
 * @param effect the effect's id ({@code zero}, {@code cap-grade}, {@code ineligible})
 * @param reason what held, in English
 * @param reasonZh what held, in Chinese
 * @param evidence the ids of the records the predicate read, sorted
 */
public record VetoHit(String id, String effect, String reason, String reasonZh, List<String> evidence) {

    /**
     * Copies the list.
     *
     * @param id the veto's id
     * @param effect the effect's id ({@code zero}, {@code cap-grade}, {@code ineligible})
     * @param reason what held, in English
     * @param reasonZh what held, in Chinese
     * @param evidence the ids of the records the predicate read, sorted
     */
    public VetoHit {
        evidence = List.copyOf(evidence);
    }
}
