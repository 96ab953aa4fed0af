package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.RoundingMode;

/** How a scheme rounds points to its scale; {@link #HALF_UP} by default, so 2.675 → 2.68. */
public enum Rounding implements Term {
    /** Half away from zero (四舍五入). */
    HALF_UP("四舍五入", "half up", RoundingMode.HALF_UP),
    /** Half to the even neighbour (银行家舍入). */
    HALF_EVEN("四舍六入五成双", "half even", RoundingMode.HALF_EVEN),
    /** Half towards zero. */
    HALF_DOWN("五舍六入", "half down", RoundingMode.HALF_DOWN),
    /** Away from zero. */
    UP("进一", "up", RoundingMode.UP),
    /** Towards zero (去尾). */
    DOWN("去尾", "down", RoundingMode.DOWN),
    /** Towards positive infinity. */
    CEILING("向上取整", "ceiling", RoundingMode.CEILING),
    /** Towards negative infinity. */
    FLOOR("向下取整", "floor", RoundingMode.FLOOR);

    private final Label label;
    private final RoundingMode mode;

    Rounding(String zh, String en, RoundingMode mode) {
        this.label = Label.of(zh, en);
        this.mode = mode;
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return the {@link RoundingMode} this is} */
    public RoundingMode mode() {
        return mode;
    }
}
