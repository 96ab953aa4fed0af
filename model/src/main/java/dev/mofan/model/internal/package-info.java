/**
 * Not API: the checks behind {@link dev.mofan.model.org.OrgTree} and
 * {@link dev.mofan.model.directory.OrgDirectory}, shared with the loaders in {@code mofan-core} so
 * that a document and objects built in code are judged by one implementation. May change in any
 * release.
 */
package dev.mofan.model.internal;
