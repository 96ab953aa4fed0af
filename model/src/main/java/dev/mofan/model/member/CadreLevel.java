package dev.mofan.model.member;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;

/** The level of a leading cadre (领导干部), for members whose participation in organisational life is reported to the provincial committee each year. */
public enum CadreLevel implements Term {
    /** 省部级: provincial-ministerial level. */
    PROVINCIAL_MINISTERIAL("省部级", "provincial-ministerial level"),
    /** 厅局级: department-bureau level. */
    DEPARTMENT_BUREAU("厅局级", "department-bureau level"),
    /** 县处级: county-division level. */
    COUNTY_DIVISION("县处级", "county-division level"),
    /** 乡科级: township-section level. */
    TOWNSHIP_SECTION("乡科级", "township-section level");

    private final Label label;

    CadreLevel(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
