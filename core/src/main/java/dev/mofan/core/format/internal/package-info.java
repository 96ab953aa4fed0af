/**
 * Not API: the machinery behind the formats of {@link dev.mofan.core.format} — a token reader that
 * builds a JSON tree while collecting syntax problems, field readers that collect shape problems
 * with paths, one document reader and writer per format (org directories, schemes, evidence,
 * reports, task catalogues, ledgers, activity logs), and the catalogues of problems they report.
 * May change in any release.
 */
package dev.mofan.core.format.internal;
