/**
 * Partnership links kept beside the party tree, never inside it: 联建共建 (joint building with
 * villages and communities), 结对帮扶 (paired assistance), 三级工委聚合 (aggregation of the three
 * levels of working committees) and 党建联盟 (party-building alliances). See
 * {@link dev.mofan.model.link.Partnership}.
 */
package dev.mofan.model.link;
