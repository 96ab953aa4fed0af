package dev.mofan.model.scheme;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.util.List;

/**
 * A roll-up (汇总) declared by a scheme (SCORING.md step 9): a figure formed from several results,
 * written to the report's {@code rollups[]} beside the scorecards, never in place of a subject's own
 * total. Over periods ({@link PeriodRollup}: an annual result from quarterly ones, a three-year
 * overall result from annual ones) or over the org tree ({@link HierarchyRollup}: a unit from its
 * own total and its branches'). A peer group may rank a roll-up instead of the total.
 */
public sealed interface Rollup permits PeriodRollup, HierarchyRollup {

    /** {@return the roll-up's id, in the scheme's one id namespace} */
    String id();

    /** {@return its name, in both languages} */
    Label name();

    /** {@return the subject kinds it is computed for} */
    List<String> subjects();

    /** {@return what a missing input does} */
    Missing missing();

    /** What a roll-up does with an input it does not have: a period not scored, or a child whose scorecard is incomplete. */
    enum Missing implements Term {
        /** The roll-up has no total (and no grade); the trace names what was missing. */
        FAIL("缺失即不汇总", "fail"),
        /** The missing input is left out and the others' weights are renormalised. */
        SKIP("跳过缺失项", "skip"),
        /** The missing input counts as a total of 0 (and for grade rules, as the grade 0 reaches). */
        ZERO("缺失记零分", "zero");

        private final Label label;

        Missing(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }
}
