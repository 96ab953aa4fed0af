/**
 * Derived evidence (SCORING.md: derived figures enter as evidence under declared keys): the keys a
 * scheme declares {@code derived} get their records from the problem ledger, the task ledger and the
 * activity log, one record per org whose kind reads the key, so that items score ledger figures like
 * any other evidence.
 */
package dev.mofan.core.derive;
