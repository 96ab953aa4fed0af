/**
 * Reading and writing mofan documents in JSON and YAML. Reading checks the whole document and
 * reports every problem at once, each with its JSON path and messages in English and Simplified
 * Chinese, in one {@link dev.mofan.model.error.ValidationException}; writing gives a canonical
 * document in a stable order.
 *
 * <p>Start with {@link dev.mofan.core.format.OrgDirectoryFormat#ofDefaults()}.
 */
package dev.mofan.core.format;
