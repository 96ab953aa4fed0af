/**
 * What an evaluation returns (SCORING.md, The report): a {@link dev.mofan.model.result.Report}
 * of scorecards with their traces, the records left unused and the items that failed. Immutable
 * values; written as JSON by {@code dev.mofan.core.format.ReportFormat}.
 */
package dev.mofan.model.result;
