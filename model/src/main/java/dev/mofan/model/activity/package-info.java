/**
 * Activity records (活动记录): themed party days, trainings, lectures and the like, each with the org
 * that held it, its day and its participants, tallied up the org tree by period.
 */
package dev.mofan.model.activity;
