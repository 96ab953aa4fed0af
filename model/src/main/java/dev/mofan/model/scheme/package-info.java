/**
 * Assessment schemes (指标体系) as data: evidence keys, dimensions (维度), indicators (指标) and
 * items (评价内容), bonus and deductions, vetoes (一票否决) and grade bands, with the predicates
 * they use. Start at {@link dev.mofan.model.scheme.Scheme}; schemes are read and checked by
 * {@code dev.mofan.core.format.SchemeFormat}.
 */
package dev.mofan.model.scheme;
