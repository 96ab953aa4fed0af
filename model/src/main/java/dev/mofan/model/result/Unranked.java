package dev.mofan.model.result;

/**
 * A subject left out of rankings, and why (an incomplete scorecard).
 *
 * @param subject the subject's org id
 * @param code a stable code for the reason, such as {@code unranked.failed}
 * @param reason the reason in English
 * @param reasonZh the reason in Chinese
 */
public record Unranked(String subject, String code, String reason, String reasonZh) {
}
