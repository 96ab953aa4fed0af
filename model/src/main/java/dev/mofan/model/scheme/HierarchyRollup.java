package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A roll-up over the org tree: a subject's own total combined with its descendants' of some kinds,
 * {@code own × own total + (1 − own) × the children's mean}. A unit from 60% its own total and 40%
 * the member-weighted mean of its branches; a general branch from its branches. The descendants
 * are looked for down the subject's subtree, not below another subject this roll-up is computed for.
 *
 * @param id the roll-up's id, in the scheme's one id namespace
 * @param name its name, in both languages
 * @param subjects the org kinds rolled up (e.g. {@code unit})
 * @param children the org kinds whose totals enter the children's mean (e.g. {@code branch})
 * @param own the own total's share, in [0, 1]
 * @param weighting how the children are weighted in their mean: by the members recorded in each
 *     child's subtree (a branch's own; a general branch's in its branches), or equally
 * @param missing what a child without a complete scorecard does
 */
public record HierarchyRollup(String id, Label name, List<String> subjects, List<String> children, BigDecimal own,
        Weighting weighting, Rollup.Missing missing) implements Rollup {

    /**
     * Checks every part.
     *
     * @param id the roll-up's id, in the scheme's one id namespace
     * @param name its name, in both languages
     * @param subjects the org kinds rolled up (e.g. {@code unit})
     * @param children the org kinds whose totals enter the children's mean (e.g. {@code branch})
     * @param own the own total's share, in [0, 1]
     * @param weighting how the children are weighted in their mean: by the members recorded in each child's subtree (a
     *     branch's own; a general branch's in its branches), or equally
     * @param missing what a child without a complete scorecard does
     */
    public HierarchyRollup {
        Identifiers.require(id, "roll-up id");
        Objects.requireNonNull(name, "name");
        subjects = SchemeChecks.ids(subjects, "subject kind");
        children = SchemeChecks.ids(children, "child kind");
        if (subjects.isEmpty() || children.isEmpty()) {
            throw new IllegalArgumentException("Roll-up " + id + " names its subject kinds and its child kinds");
        }
        if (own == null || own.signum() < 0 || own.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("own must lie in [0, 1] but was " + own);
        }
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(missing, "missing");
    }

    /** How children are weighted in their mean. */
    public enum Weighting implements Term {
        /** By their member counts (按党员人数加权). */
        MEMBERS("按党员人数加权", "members"),
        /** Equally. */
        EQUAL("等权", "equal");

        private final Label label;

        Weighting(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }
}
