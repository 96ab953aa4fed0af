package dev.mofan.model.result;

/** An item that failed for a subject (a rule that threw, points out of range, missing evidence with {@code fail}). */
public record ItemError(String subject, String item, String message, String messageZh) {
}
