/**
 * Evidence (佐证材料/考核记录): the records a portal feeds for scoring, each naming a subject, a key
 * of the scheme, a period and a value. Start at {@link dev.mofan.model.evidence.Evidence}; records
 * are read by {@code dev.mofan.core.format.EvidenceFormat}.
 */
package dev.mofan.model.evidence;
