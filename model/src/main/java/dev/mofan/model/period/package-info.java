/**
 * Assessment periods: {@link dev.mofan.model.period.Period} and its kinds — year ({@code 2026}),
 * half-year ({@code 2026-H1}), quarter ({@code 2026-Q3}), month ({@code 2026-07}) and multi-year
 * cycle ({@code 2024..2026}) — with containment, order and their text form. Start with
 * {@link dev.mofan.model.period.Period#parse(String)}.
 */
package dev.mofan.model.period;
