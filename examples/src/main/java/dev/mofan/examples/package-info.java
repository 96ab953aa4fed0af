/**
 * Small programs a newcomer copies from, each run by a test: {@link dev.mofan.examples.EmbedOrgs}
 * loads an org file and queries the tree; {@link dev.mofan.examples.ReportProblems} shows how
 * every problem of a broken file comes back at once, in English or Chinese.
 */
package dev.mofan.examples;
