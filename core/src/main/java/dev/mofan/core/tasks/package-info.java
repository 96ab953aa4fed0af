/**
 * Task catalogues at work: the bundled catalogues ({@link dev.mofan.core.tasks.BundledTaskCatalogues})
 * and the responsibility lists (责任清单) derived from a catalogue per level and per org
 * ({@link dev.mofan.core.tasks.Responsibilities}).
 */
package dev.mofan.core.tasks;
