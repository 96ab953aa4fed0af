package dev.mofan.model.period;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** The kinds of {@link Period}, coarsest first. */
public enum PeriodKind implements Term {
    /** 多年周期: a fixed block of consecutive years, such as a three-year overall assessment (三年一总评). */
    CYCLE("多年周期", "multi-year cycle"),
    /** 年度: a calendar year. */
    YEAR("年度", "year"),
    /** 半年: January–June or July–December. */
    HALF_YEAR("半年", "half-year"),
    /** 季度: a calendar quarter. */
    QUARTER("季度", "quarter"),
    /** 月度: a calendar month. */
    MONTH("月度", "month");

    private final Label label;

    PeriodKind(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
