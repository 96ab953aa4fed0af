package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A peer group (赛马比拼的比较范围) over which scorecards are ranked (SCORING.md step 10): the
 * subjects of some kinds, optionally only those with a tag, ranked together or within each unit.
 * A group with quotas is the quota group of its kinds: there a grade band holds at most a share
 * of the group, and the grade after quotas is the subject's final grade.
 *
 * @param id the group's id, unique in the scheme
 * @param name the group's name, in both languages
 * @param kinds the subject kinds ranked (org kind ids or {@code division})
 * @param within {@link Within#ALL} to rank every member together, {@link Within#UNIT} to rank
 *     the members of each unit separately (branches within a unit)
 * @param tag only subjects with this tag, if given
 * @param figure what is ranked: {@code total} (the subject's own total) or {@code rollup:ID} (a
 *     roll-up's total, the roll-up's grade then being the one quotas apply to)
 * @param tieBreak figures that order equal totals (higher first), such as {@code dimension:political};
 *     subjects still equal share a rank
 * @param leaders the top of the group flagged {@code leader} (领跑者), if declared
 * @param laggards the bottom of the group flagged {@code laggard} (落后者), if declared
 * @param quotas the most each grade band may hold, best band first
 * @param streaks flags raised when a subject was a leader or laggard in consecutive periods
 */
public record PeerGroup(String id, Label name, List<String> kinds, Within within, Optional<String> tag,
        String figure, List<String> tieBreak, Optional<Cut> leaders, Optional<Cut> laggards, List<Quota> quotas,
        List<Streak> streaks) {

    /**
     * Checks every part.
     *
     * @param id the group's id, unique in the scheme
     * @param name the group's name, in both languages
     * @param kinds the subject kinds ranked (org kind ids or {@code division})
     * @param within {@link Within#ALL} to rank every member together, {@link Within#UNIT} to rank the members of each
     *     unit separately (branches within a unit)
     * @param tag only subjects with this tag, if given
     * @param figure what is ranked: {@code total} (the subject's own total) or {@code rollup:ID} (a roll-up's total,
     *     the roll-up's grade then being the one quotas apply to)
     * @param tieBreak figures that order equal totals (higher first), such as {@code dimension:political}; subjects
     *     still equal share a rank
     * @param leaders the top of the group flagged {@code leader} (领跑者), if declared
     * @param laggards the bottom of the group flagged {@code laggard} (落后者), if declared
     * @param quotas the most each grade band may hold, best band first
     * @param streaks flags raised when a subject was a leader or laggard in consecutive periods
     */
    public PeerGroup {
        Identifiers.require(id, "peer group id");
        Objects.requireNonNull(name, "name");
        kinds = SchemeChecks.ids(kinds, "subject kind");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("Peer group " + id + " ranks no kind");
        }
        Objects.requireNonNull(within, "within");
        tag.ifPresent(t -> Identifiers.require(t, "tag"));
        Objects.requireNonNull(figure, "figure");
        if (!figure.equals(TOTAL) && rollupOf(figure).isEmpty()) {
            throw new IllegalArgumentException("A peer group ranks total or rollup:ID, not " + figure);
        }
        tieBreak = List.copyOf(tieBreak);
        Objects.requireNonNull(leaders, "leaders");
        Objects.requireNonNull(laggards, "laggards");
        quotas = List.copyOf(quotas);
        streaks = List.copyOf(streaks);
    }

    /** The figure of a group that ranks the subjects' own totals. */
    public static final String TOTAL = "total";

    /** The prefix of a figure that names a roll-up. */
    public static final String ROLLUP_PREFIX = "rollup:";

    /** {@return the roll-up this group ranks, if it ranks one} */
    public Optional<String> rollup() {
        return rollupOf(figure);
    }

    private static Optional<String> rollupOf(String figure) {
        if (!figure.startsWith(ROLLUP_PREFIX)) {
            return Optional.empty();
        }
        String id = figure.substring(ROLLUP_PREFIX.length());
        return Identifiers.isValid(id) ? Optional.of(id) : Optional.empty();
    }

    /** How members are partitioned before ranking. */
    public enum Within implements Term {
        /** One ranking of every member. */
        ALL("全体", "all"),
        /** One ranking per unit (单位): the members under each unit, or a division's unit. */
        UNIT("单位内", "unit");

        private final Label label;

        Within(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    /**
     * The first (or last) members of a ranking: {@code count} of them, or {@code floor(share × n)}.
     * By rank, so a tie at the cut is inside it together.
     *
     * @param count how many members, at least 1; empty when {@code share} is given
     * @param share the share of the group's members, in (0, 1]; empty when {@code count} is given
     */
    public record Cut(Optional<Integer> count, Optional<BigDecimal> share) {

        /**
         * Exactly one of count (≥ 1) and share (in (0, 1]).
         *
         * @param count how many members, at least 1; empty when {@code share} is given
         * @param share the share of the group's members, in (0, 1]; empty when {@code count} is given
         */
        public Cut {
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(share, "share");
            if (count.isPresent() == share.isPresent()) {
                throw new IllegalArgumentException("A cut gives exactly one of count and share");
            }
            count.ifPresent(c -> {
                if (c < 1) {
                    throw new IllegalArgumentException("count must be at least 1 but was " + c);
                }
            });
            share.ifPresent(Quota::checkShare);
        }

        /**
         * {@return how many members of a group of {@code n} the cut holds}
         *
         * @param n the number of members ranked
         */
        public int size(int n) {
            return count.map(c -> Math.min(c, n)).orElseGet(() -> share.orElseThrow()
                    .multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.FLOOR).intValueExact());
        }
    }

    /**
     * At most {@code floor(share × n)} members of a group of n in grade band {@code grade}.
     *
     * @param grade the id of the grade band limited
     * @param share the most of the group the band may hold, in (0, 1]
     */
    public record Quota(String grade, BigDecimal share) {

        /**
         * Checks the grade id and that the share lies in (0, 1].
         *
         * @param grade the id of the grade band limited
         * @param share the most of the group the band may hold, in (0, 1]
         */
        public Quota {
            Identifiers.require(grade, "grade");
            checkShare(share);
        }

        static void checkShare(BigDecimal share) {
            if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("share must lie in (0, 1] but was " + share);
            }
        }
    }

    /**
     * Flag {@code flag} when a subject was a {@code when} in this and the previous periods, {@code periods} in all.
     *
     * @param flag the flag raised, such as {@code warning}
     * @param when the standing that must hold: leader or laggard
     * @param periods how many consecutive periods, this one included, at least 2
     */
    public record Streak(String flag, Standing when, int periods) {

        /**
         * Checks the flag id and that at least two periods are asked for.
         *
         * @param flag the flag raised, such as {@code warning}
         * @param when the standing that must hold: leader or laggard
         * @param periods how many consecutive periods, this one included, at least 2
         */
        public Streak {
            Identifiers.require(flag, "flag");
            Objects.requireNonNull(when, "when");
            if (periods < 2) {
                throw new IllegalArgumentException("a streak spans at least 2 periods but was " + periods);
            }
        }
    }

    /** Where in a ranking a streak looks. */
    public enum Standing implements Term {
        /** Among the leaders (领跑者). */
        LEADER("领跑者", "leader"),
        /** Among the laggards (落后者). */
        LAGGARD("落后者", "laggard");

        private final Label label;

        Standing(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }
}
