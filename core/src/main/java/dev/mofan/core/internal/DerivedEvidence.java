package dev.mofan.core.internal;

import dev.mofan.core.format.internal.LedgerProblems;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.period.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the ledgers and the activity log share when their figures become evidence (SCORING.md:
 * derived figures enter under declared keys): one record per org and key, and the entries at orgs
 * the directory does not hold, reported rather than dropped.
 */
public final class DerivedEvidence {

    private DerivedEvidence() {
    }

    /** Whether an entry at {@code entryOrg} counts for the subtree of {@code org}: held by the directory, and in it. */
    public static boolean inSubtree(OrgDirectory directory, String org, String entryOrg) {
        return directory.tree().contains(entryOrg) && directory.tree().isAncestorOrSelf(org, entryOrg);
    }

    /** A reviewed record {@code SOURCE:ORG:KEY} of {@code source}, for {@code org} and {@code period}. */
    public static EvidenceRecord record(String source, String org, String key, Period period, Value value) {
        return new EvidenceRecord(source + ":" + org + ":" + key, org, key, period, value, Optional.empty(),
                Stage.REVIEW, Optional.of(source), Optional.empty(), Optional.empty());
    }

    /**
     * Each entry of the document section {@code section} whose org (in {@code orgs}, in document
     * order) the directory does not hold, at its path ({@code $.problems[3].org}).
     */
    public static List<Violation> unknownOrgs(List<String> orgs, String section, OrgDirectory directory) {
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            if (!directory.tree().contains(orgs.get(i))) {
                unknown.add(Violation.of(Paths.field(Paths.index(Paths.field(Paths.ROOT, section), i), "org"),
                        LedgerProblems.ORG_UNKNOWN, orgs.get(i)));
            }
        }
        return List.copyOf(unknown);
    }
}
