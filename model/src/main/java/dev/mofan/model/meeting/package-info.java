/**
 * Organisational life (组织生活): the meetings a branch must hold at fixed cadences — 支部党员大会,
 * 支部委员会, 党小组会 and 党课 (三会一课), 主题党日, 组织生活会 and 民主评议党员 — their records with
 * attendance, and the rules (cadences, quorum, exemptions) they are checked against.
 */
package dev.mofan.model.meeting;
