/**
 * The task catalogue (重点任务): what a creation scheme asks organisations to do, each task with its
 * type (a scheme dimension such as 政治型), cadence, deadline, the evidence that documents it, the
 * scheme items that measure it, and its duties at the four levels of responsibility (四级责任清单:
 * 党组(党委) / 机关党委 / 党支部 / 党员).
 */
package dev.mofan.model.task;
