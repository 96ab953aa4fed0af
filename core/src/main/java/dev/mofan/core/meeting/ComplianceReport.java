package dev.mofan.core.meeting;

import dev.mofan.model.error.Violation;
import dev.mofan.model.meeting.MeetingRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisational-life compliance of every branch of an org file for a period, judged on a day,
 * and what could not be used: meeting records naming no branch or cell of the file or repeating a
 * meeting (each at its path in the meeting document), and exemptions naming no branch (at their path
 * in the rules document).
 *
 * @param period the period, as text
 * @param asOf the day judged on: cadence periods ending later are not yet due, later meetings not yet held
 * @param rules the rules applied
 * @param branches one per branch of the file, in tree order
 * @param unusedMeetings records that count for no branch, or a second record of a meeting
 * @param unknownExemptions exemptions naming no branch of the file
 */
public record ComplianceReport(String period, LocalDate asOf, MeetingRules rules, List<BranchCompliance> branches,
        List<Violation> unusedMeetings, List<Violation> unknownExemptions) {

    /**
     * Copies the lists.
     *
     * @param period the period, as text
     * @param asOf the day judged on: cadence periods ending later are not yet due, later meetings not yet held
     * @param rules the rules applied
     * @param branches one per branch of the file, in tree order
     * @param unusedMeetings records that count for no branch, or a second record of a meeting
     * @param unknownExemptions exemptions naming no branch of the file
     */
    public ComplianceReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rules, "rules");
        branches = List.copyOf(branches);
        unusedMeetings = List.copyOf(unusedMeetings);
        unknownExemptions = List.copyOf(unknownExemptions);
    }

    /**
     * {@return the compliance of {@code branch}, if it is a branch of the file}
     *
     * @param branch the branch's id
     */
    public Optional<BranchCompliance> branch(String branch) {
        return branches.stream().filter(b -> b.branch().equals(branch)).findFirst();
    }
}
