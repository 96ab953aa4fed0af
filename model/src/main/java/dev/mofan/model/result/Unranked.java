package dev.mofan.model.result;

/** A subject left out of rankings, and why (an incomplete scorecard). */
public record Unranked(String subject, String reason, String reasonZh) {
}
