package dev.mofan.core.analysis;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** How AHP weights are drawn from a pairwise matrix; λmax, CI and CR are then computed from them alike. */
public enum AhpMethod implements Term {
    /** The principal eigenvector (特征向量法), by power iteration: Saaty's own method. */
    EIGENVECTOR("特征向量法", "principal eigenvector"),
    /** The normalised geometric mean of each row (方根法 / 几何平均法). */
    GEOMETRIC_MEAN("方根法（几何平均）", "row geometric mean"),
    /** The mean of each row of the column-normalised matrix (和积法 / 算术平均法). */
    ARITHMETIC_MEAN("和积法（算术平均）", "normalised column mean");

    private final Label label;

    AhpMethod(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
