/**
 * Ledgers at work: where each problem of a problem ledger (问题台账) and each assignment of a task
 * ledger (任务台账) stands on a day, and the figures of an org's subtree for a period (resolution and
 * completion rates with their numerators and denominators, open, on-time and overdue counts), as
 * people read them and as evidence records a scheme scores.
 */
package dev.mofan.core.ledger;
