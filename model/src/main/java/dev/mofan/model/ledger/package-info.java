/**
 * Ledgers (台账): the problem ledger (问题台账), each problem found, assigned, rectified, verified and
 * closed (销号), and reopened when it comes back; its legal steps are the model's invariant.
 */
package dev.mofan.model.ledger;
