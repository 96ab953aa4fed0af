/**
 * Campaigns (创建活动): several schemes assessed period after period on one org directory, each
 * period's reports reviewed against the schemes' designations and weak-organisation rules with one
 * register carried forward, and the committee's naming decisions (命名授牌) applied — what a working
 * committee runs year after year (一年一考评、复查评估、三年一总评). Nothing here knows a scheme: the
 * schemes, periods, evidence and the committee's policy are all given.
 */
package dev.mofan.core.campaign;
