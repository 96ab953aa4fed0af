package dev.mofan.core.activity;

import dev.mofan.core.internal.SubtreeCounts;
import dev.mofan.model.activity.Activity;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Activity tallies (活动统计) up the org tree: an org's tally for a period is the activities held in
 * it at orgs of its subtree, by kind, so that a unit's tally is its own and its branches' added up.
 *
 * <pre>{@code
 * ActivityTally province = ActivityTallies.tally(log, directory, "wc", Period.year(2026));
 * province.of("themed-party-day").activities();   // 3,200
 * }</pre>
 */
public final class ActivityTallies {

    private ActivityTallies() {
    }

    /**
     * {@return the activities held in {@code period} at orgs in the subtree of {@code org}} Activities of orgs
     * the directory does not hold count nowhere: see {@link #unknownOrgs}.
     *
     * @param log the activity log
     * @param directory the org directory whose tree is tallied
     * @param org the id of the org whose subtree is tallied
     * @param period the period the activities were held in
     * @throws UnknownIdException if {@code org} is not in the directory's tree
     */
    public static ActivityTally tally(ActivityLog log, OrgDirectory directory, String org, Period period) {
        if (!directory.tree().contains(org)) {
            throw new UnknownIdException("org", org);
        }
        return talliesByOrg(log, directory, period).get(org);
    }

    /**
     * {@return the tally of every org of the directory's tree, in tree order, as {@link #tally} gives it for
     * one org; one pass over the log, however many orgs}
     *
     * @param log the activity log
     * @param directory the org directory whose tree is tallied
     * @param period the period the activities were held in
     */
    public static Map<String, ActivityTally> talliesByOrg(ActivityLog log, OrgDirectory directory, Period period) {
        List<String> kinds = log.activities().stream().map(Activity::kind).distinct().sorted().toList();
        Map<String, Integer> kindAt = new HashMap<>();
        kinds.forEach(kind -> kindAt.put(kind, kindAt.size()));
        SubtreeCounts counts = new SubtreeCounts(directory.tree(), 2 * kinds.size());
        long[] amounts = new long[2 * kinds.size()];
        for (Activity activity : log.activities()) {
            if (period.contains(activity.date())) {
                int k = kindAt.get(activity.kind());
                amounts[2 * k] = 1;
                amounts[2 * k + 1] = activity.participants();
                counts.add(activity.org(), amounts);
                amounts[2 * k] = 0;
                amounts[2 * k + 1] = 0;
            }
        }
        Map<String, ActivityTally> byOrg = new LinkedHashMap<>();
        for (OrgUnit org : directory.tree().units()) {
            long[] totals = counts.of(org.id());
            Map<String, ActivityTally.Count> byKind = new TreeMap<>();
            for (int k = 0; k < kinds.size(); k++) {
                if (totals[2 * k] > 0) {
                    byKind.put(kinds.get(k), new ActivityTally.Count(totals[2 * k], totals[2 * k + 1]));
                }
            }
            byOrg.put(org.id(), new ActivityTally(org.id(), period.text(), byKind));
        }
        return Collections.unmodifiableMap(byOrg);
    }

    /**
     * {@return the activities at orgs the directory does not hold, each at its path: counted nowhere, reported}
     *
     * @param log the activity log
     * @param directory the org directory
     */
    public static List<Violation> unknownOrgs(ActivityLog log, OrgDirectory directory) {
        return SubtreeCounts.unknownOrgs(log.activities().stream().map(Activity::org).toList(), "activities",
                directory.tree());
    }
}
