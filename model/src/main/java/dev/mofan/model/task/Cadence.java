package dev.mofan.model.task;

import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.Optional;

/** How often a task's work is due. */
public enum Cadence implements Term {
    /** 每年: once a year. */
    YEAR("每年", "yearly", PeriodKind.YEAR),
    /** 每半年: twice a year. */
    HALF_YEAR("每半年", "half-yearly", PeriodKind.HALF_YEAR),
    /** 每季度: each quarter. */
    QUARTER("每季度", "quarterly", PeriodKind.QUARTER),
    /** 每月: each month. */
    MONTH("每月", "monthly", PeriodKind.MONTH),
    /** 一次性: once, by a date. */
    ONCE("一次性", "once", null),
    /** 常态化: a standing mechanism, with no period of its own. */
    ONGOING("常态化", "ongoing", null);

    private final Label label;
    private final PeriodKind period;

    Cadence(String zh, String en, PeriodKind period) {
        this.label = Label.of(zh, en);
        this.period = period;
    }

    @Override
    public Label label() {
        return label;
    }

    /** {@return the kind of period each round of work covers; empty for {@link #ONCE} and {@link #ONGOING}} */
    public Optional<PeriodKind> period() {
        return Optional.ofNullable(period);
    }
}
