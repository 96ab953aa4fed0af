/**
 * Ledgers (台账): the problem ledger (问题台账), each problem found, assigned, rectified, verified and
 * closed (销号), and reopened when it comes back; and the task ledger (任务台账), each task of a
 * catalogue assigned to an org for a round and moved through the work loop 研究部署 → 狠抓落实 →
 * 督促检查 → 及时报告 → 跟踪问效. Their legal steps are the model's invariants.
 */
package dev.mofan.model.ledger;
