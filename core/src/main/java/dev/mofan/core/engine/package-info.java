/**
 * The evaluation engine: {@link dev.mofan.core.engine.Evaluator} scores every assessed subject of
 * an org directory from evidence, following SCORING.md, and {@link dev.mofan.core.engine.Explanation}
 * says in words why a scorecard has its total and grade.
 */
package dev.mofan.core.engine;
