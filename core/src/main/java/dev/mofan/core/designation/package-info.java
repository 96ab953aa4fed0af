/**
 * The use of results (结果运用): reviewing a population against a scheme's designations (命名,
 * 复查评估, 退出) and weak-organisation rules (软弱涣散: 认定, 整改提升, 评估验收) for a period, from its
 * reports and the register, giving the actions with their reasons and the new register.
 */
package dev.mofan.core.designation;
