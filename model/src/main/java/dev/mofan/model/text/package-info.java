/**
 * Words shared by every model package: {@link dev.mofan.model.text.Label} (a name in Simplified
 * Chinese and English), {@link dev.mofan.model.text.Language}, the {@link dev.mofan.model.text.Term}
 * contract of the library's enumerations, and {@link dev.mofan.model.text.Identifiers}, the rule
 * every id in every document follows.
 */
package dev.mofan.model.text;
