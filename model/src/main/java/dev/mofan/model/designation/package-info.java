/**
 * The use of results (结果运用): the register of designations (命名: 模范机关, 标兵处室, 四强党支部 and
 * any other kind a scheme declares) and of weak and lax organisations (软弱涣散) under rectification,
 * each entry with its append-only history through a declared state machine.
 */
package dev.mofan.model.designation;
