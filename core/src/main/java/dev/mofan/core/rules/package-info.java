/**
 * The built-in scoring rules (docs/rules.md) and {@link dev.mofan.core.rules.RuleRegistry}, which
 * finds rule providers through the service loader or takes them by hand.
 */
package dev.mofan.core.rules;
