/**
 * Weighting and multi-criteria methods (docs/analysis.md), each named and with every choice
 * recorded in its result: AHP (层次分析法) weights with λmax, CI and CR against a named random-index
 * table, entropy weights (熵权法), combined weights, TOPSIS and fuzzy comprehensive evaluation
 * (模糊综合评价). Computed in exact decimal arithmetic to 34 significant digits, deterministic;
 * weights people see are rounded to a declared scale and sum exactly to 1.
 */
package dev.mofan.core.analysis;
