package dev.mofan.model.result;

/**
 * A record that no figure used, and why.
 *
 * @param record the record's id
 * @param code a stable code for the reason, such as {@code unused.subject-unknown}
 * @param reason the reason in English
 * @param reasonZh the reason in Chinese
 */
public record UnusedRecord(String record, String code, String reason, String reasonZh) {
}
