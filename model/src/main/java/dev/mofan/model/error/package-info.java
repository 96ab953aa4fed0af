/**
 * The library's errors: the unchecked root {@link dev.mofan.model.error.MofanException}, and
 * {@link dev.mofan.model.error.ValidationException}, which carries every
 * {@link dev.mofan.model.error.Violation} found in an input at once, each with its JSON path, a
 * stable code and messages in English and Simplified Chinese.
 */
package dev.mofan.model.error;
