package dev.mofan.core.format.internal;

import dev.mofan.model.error.Problem;

/**
 * The problems of the inputs of the analysis methods (docs/analysis.md): shapes that do not fit,
 * entries off Saaty's scale, matrices that are not reciprocal. Listed in docs/errors.md, which a
 * test keeps in step with this class.
 */
public final class AnalysisProblems {

    /** A pairwise matrix that is not square. */
    public static final Problem NOT_SQUARE = new Problem("analysis.matrix.square",
            "this row has %s entries, but the matrix has %s rows: a pairwise matrix is square",
            "该行有 %s 个元素，但矩阵有 %s 行：判断矩阵须为方阵");

    /** A matrix row of another length than the first. */
    public static final Problem ROW_LENGTH = new Problem("analysis.matrix.row",
            "this row has %s entries, but the first has %s",
            "该行有 %s 个元素，但第一行有 %s 个");

    /** A pairwise matrix with no row or more rows than the random-index tables cover. */
    public static final Problem ORDER = new Problem("analysis.matrix.order",
            "a pairwise matrix has 1 to %s rows, not %s",
            "判断矩阵须有 1 至 %s 行，而不是 %s 行");

    /** A decision matrix with too few rows (alternatives). */
    public static final Problem ROWS = new Problem("analysis.matrix.rows",
            "at least %s rows (alternatives), not %s",
            "至少需要 %s 行（备选对象），而不是 %s 行");

    /** An entry that is neither a number nor a fraction. */
    public static final Problem ENTRY = new Problem("analysis.entry",
            "'%s' is not a number or a fraction such as 1/3",
            "'%s' 不是数值或分数（如 1/3）");

    /** A pairwise entry off Saaty's 1–9 scale. */
    public static final Problem SCALE = new Problem("analysis.scale",
            "%s is not on Saaty's scale: 1 to 9, or 1/2 to 1/9",
            "%s 不在 Saaty 标度内：1 至 9，或 1/2 至 1/9");

    /** A diagonal entry of a pairwise matrix that is not 1. */
    public static final Problem DIAGONAL = new Problem("analysis.diagonal",
            "a criterion compared with itself is 1, not %s",
            "对角线元素（与自身比较）应为 1，而不是 %s");

    /** A pairwise entry that is not the reciprocal of its mirror. */
    public static final Problem RECIPROCAL = new Problem("analysis.reciprocal",
            "%s is not the reciprocal of %s at %s",
            "%s 不是 %3$s 处 %2$s 的倒数");

    /** A list whose length does not match the matrix, such as one weight too few. */
    public static final Problem LENGTH = new Problem("analysis.length",
            "%s entries, but the matrix has %s %s",
            "有 %s 个元素，但矩阵有 %s 个%s");

    /** A number outside its range, such as a weight below 0. */
    public static final Problem RANGE = new Problem("analysis.range",
            "%s is outside %s",
            "%s 超出范围 %s");

    private AnalysisProblems() {
    }
}
