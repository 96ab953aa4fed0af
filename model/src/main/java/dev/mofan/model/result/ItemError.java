package dev.mofan.model.result;

/**
 * An item that failed for a subject: a rule that threw or gave no result, points out of range,
 * or missing evidence under the {@code fail} policy. The subject's scorecard is then incomplete.
 *
 * @param subject the subject's org id
 * @param item the item's id
 * @param code a stable code for the failure, such as {@code engine.rule-failed}
 * @param message the failure in English
 * @param messageZh the failure in Chinese
 */
public record ItemError(String subject, String item, String code, String message, String messageZh) {
}
