/** Helpers shared by the engine and the built-in rules; not API. */
package dev.mofan.core.internal;
