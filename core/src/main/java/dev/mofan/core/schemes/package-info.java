/**
 * The schemes bundled with the library, loadable by id: {@link dev.mofan.core.schemes.BundledSchemes}.
 */
package dev.mofan.core.schemes;
