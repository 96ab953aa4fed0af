/**
 * Ledgers at work: where each problem of a problem ledger (问题台账) stands on a day, and the
 * figures of an org's subtree for a period (resolution rate with its numerator and denominator,
 * open and overdue problems), as people read them and as evidence records a scheme scores.
 */
package dev.mofan.core.ledger;
