/**
 * {@link dev.mofan.model.directory.OrgDirectory}: one working committee's whole organisational
 * data — the party tree, its members, the divisions beside it and the partnership links — checked
 * as a whole and indexed for lookups. This is what an org document holds.
 */
package dev.mofan.model.directory;
