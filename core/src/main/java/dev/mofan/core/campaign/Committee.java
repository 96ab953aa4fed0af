package dev.mofan.core.campaign;

import dev.mofan.model.scheme.Designation;
import dev.mofan.model.text.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The working committee's decision on the candidates of a designation it names itself
 * ({@code naming: manual}, 审定后命名): which of them it names (命名授牌) after a review, each with
 * why. Candidates it does not name stay candidates, to be decided after a later review. A portal
 * plugs in its own committee (for instance one that reads the decisions a person entered); the
 * library offers three.
 *
 * <pre>{@code
 * Committee gansu = Committee.limited(Map.of("model-organ", 50, "model-division", 25));
 * }</pre>
 */
@FunctionalInterface
public interface Committee {

    /**
     * {@return the candidates to name, each with the reason recorded in the register}
     *
     * @param designation the designation, whose naming is {@code manual}
     * @param candidates its candidates after the review: best total first (no total last), then the better rank
     *     in the race (its tie-breaks), then by subject id
     */
    List<Decision> decide(Designation designation, List<Candidate> candidates);

    /**
     * One candidate named, and why.
     *
     * @param candidate the candidate named
     * @param reason why, in both languages, as recorded with the {@code name} step
     */
    record Decision(Candidate candidate, Label reason) {

        /**
         * Refuses nulls.
         *
         * @param candidate the candidate named
         * @param reason why, in both languages
         */
        public Decision {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@return a committee that names no one: candidates wait for a person's decision} */
    static Committee none() {
        return (designation, candidates) -> List.of();
    }

    /** {@return a committee that names every candidate} */
    static Committee all() {
        return limited(Map.of());
    }

    /**
     * {@return a committee that names, of each designation in {@code limits}, at most that many
     * candidates in the order offered (best total in the reviewed period first, then the better
     * rank, then by subject id: a tie the race cannot break is settled by id), and every candidate
     * of the others}; a candidate without a complete scorecard is never named under a limit
     *
     * @param limits the most named per period, by designation id (≥ 0)
     * @throws IllegalArgumentException if a limit is negative
     */
    static Committee limited(Map<String, Integer> limits) {
        limits.forEach((id, limit) -> {
            if (limit < 0) {
                throw new IllegalArgumentException("The limit of " + id + " is negative: " + limit);
            }
        });
        Map<String, Integer> copy = Map.copyOf(limits);
        return (designation, candidates) -> {
            Integer limit = copy.get(designation.id());
            List<Decision> named = new ArrayList<>();
            int n = candidates.size();
            for (int i = 0; i < n; i++) {
                Candidate candidate = candidates.get(i);
                if (limit == null) {
                    named.add(new Decision(candidate, Label.of("工委审定命名（全部 " + n + " 个候选）",
                            "named by the committee (all " + n + " candidates)")));
                } else if (named.size() < limit && candidate.total().isPresent()) {
                    String total = candidate.total().get().toPlainString();
                    named.add(new Decision(candidate, Label.of(
                            "工委审定命名：" + n + " 个候选中按总分排第 " + (i + 1) + "（" + total + "），名额 " + limit,
                            "named by the committee: " + ordinal(i + 1) + " of " + n + " candidates by total ("
                                    + total + "), at most " + limit)));
                }
            }
            return named;
        };
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
