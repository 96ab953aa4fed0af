/**
 * Organisational-life compliance (组织生活落实情况): for each branch and meeting type, the cadence
 * periods due in a period, those held (with a quorum where one is needed), those missed, exempt or
 * lacking quorum, and the compliance ratio; and leading cadres' attendance at their branch's
 * organisational life. Pure functions of the records, the rules, the org file, the period and the day.
 */
package dev.mofan.core.meeting;
