/**
 * The plug-in interface for scoring rules. A rule is a pure function of its parameters and one
 * subject's combined evidence, returning points and the steps that explain them. Implement
 * {@link dev.mofan.core.spi.ScoringRuleProvider} and list the class in
 * {@code META-INF/services/dev.mofan.core.spi.ScoringRuleProvider}, or register it by hand with
 * {@code dev.mofan.core.rules.RuleRegistry}. The built-in rules use this same interface.
 */
package dev.mofan.core.spi;
