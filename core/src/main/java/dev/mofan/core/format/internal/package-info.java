/**
 * Not API: the machinery behind {@link dev.mofan.core.format.OrgDirectoryFormat} — a token reader
 * that builds a JSON tree while collecting syntax problems, field readers that collect shape
 * problems with paths, and the canonical writer. May change in any release.
 */
package dev.mofan.core.format.internal;
