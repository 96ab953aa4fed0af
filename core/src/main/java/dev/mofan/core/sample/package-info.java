/**
 * The bundled sample province: a fictional working committee with about a hundred units, a few
 * thousand branches, about fifty thousand members and their divisions, generated
 * deterministically for demos, tests and first experiments. Start with
 * {@link dev.mofan.core.sample.SampleProvince#generate()}.
 */
package dev.mofan.core.sample;
