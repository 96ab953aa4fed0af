/** The evaluation engine's working parts: evidence screening, combination, scoring one subject, predicates. Not API. */
package dev.mofan.core.engine.internal;
