/**
 * Activity tallies (活动统计): the activities of an activity log counted up the org tree by period and
 * kind ({@link dev.mofan.core.activity.ActivityTallies}), as people read them and as evidence
 * records a scheme scores.
 */
package dev.mofan.core.activity;
