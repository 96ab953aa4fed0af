/**
 * The organisations that are assessed: the party tree ({@link dev.mofan.model.org.OrgTree} of
 * {@link dev.mofan.model.org.OrgUnit}s, from the working committee 直属机关工委 down to party cells
 * 党小组) and the administrative divisions 处室 beside it ({@link dev.mofan.model.org.Division}).
 * Both are {@link dev.mofan.model.org.Subject}s and share one id namespace.
 *
 * <p>Start with {@link dev.mofan.model.org.OrgTree#of(java.util.Collection)} or, to load a file,
 * {@code dev.mofan.core.format.OrgDirectoryFormat}.
 */
package dev.mofan.model.org;
