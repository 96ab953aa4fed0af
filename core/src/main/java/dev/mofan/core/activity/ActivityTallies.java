package dev.mofan.core.activity;

import dev.mofan.core.internal.DerivedEvidence;
import dev.mofan.model.activity.Activity;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    /** The {@code source} of the evidence records the tallies give. */
    public static final String SOURCE = "activity-log";

    private ActivityTallies() {
    }

    /**
     * The activities held in {@code period} at orgs in the subtree of {@code org}. Activities of orgs
     * the directory does not hold count nowhere: see {@link #unknownOrgs}.
     *
     * @throws UnknownIdException if {@code org} is not in the directory's tree
     */
    public static ActivityTally tally(ActivityLog log, OrgDirectory directory, String org, Period period) {
        if (!directory.tree().contains(org)) {
            throw new UnknownIdException("org", org);
        }
        Map<String, ActivityTally.Count> byKind = new TreeMap<>();
        for (Activity activity : log.activities()) {
            if (period.contains(activity.date()) && DerivedEvidence.inSubtree(directory, org, activity.org())) {
                byKind.merge(activity.kind(), new ActivityTally.Count(1, activity.participants()),
                        ActivityTally.Count::plus);
            }
        }
        return new ActivityTally(org, period.text(), byKind);
    }

    /**
     * The tallies as evidence records, for each org of {@code kinds} (its subtree's activities in
     * {@code period}), one record per declared key, a count; in org (tree) order, then key order,
     * ids {@code activity-log:ORG:KEY}.
     */
    public static List<EvidenceRecord> evidence(ActivityLog log, OrgDirectory directory, List<String> kinds,
            Period period, List<ActivityKey> keys) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (OrgUnit org : directory.tree().units()) {
            if (!kinds.contains(org.kindId())) {
                continue;
            }
            ActivityTally tally = tally(log, directory, org.id(), period);
            for (ActivityKey key : keys) {
                ActivityTally.Count count = tally.of(key.kind());
                long value = key.figure() == ActivityKey.Figure.ACTIVITIES ? count.activities() : count.participants();
                records.add(DerivedEvidence.record(SOURCE, org.id(), key.key(), period,
                        Value.of(BigDecimal.valueOf(value))));
            }
        }
        return List.copyOf(records);
    }

    /** The activities at orgs the directory does not hold, each at its path: counted nowhere, reported. */
    public static List<Violation> unknownOrgs(ActivityLog log, OrgDirectory directory) {
        return DerivedEvidence.unknownOrgs(log.activities().stream().map(Activity::org).toList(), "activities", directory);
    }
}
