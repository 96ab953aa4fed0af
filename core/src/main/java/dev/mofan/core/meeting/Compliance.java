package dev.mofan.core.meeting;

import dev.mofan.core.format.internal.MeetingProblems;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.error.Violation;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.meeting.Attendance;
import dev.mofan.model.meeting.Exemption;
import dev.mofan.model.meeting.Meeting;
import dev.mofan.model.meeting.MeetingCadence;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.member.Member;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks branches' organisational life against the rules (docs/organisational-life.md): for each
 * branch of the org file and each meeting type, the cadence periods fully inside the period and
 * ended by the day judged on are due unless an exemption covers them; a due period is held when a
 * meeting of the type was held in it that counts (with its quorum, where the rules set one).
 * Records are screened first: one naming no branch (or no party cell of its branch) of the file, or
 * repeating a meeting recorded under a smaller id (same holder, type and day), is reported at its
 * path and not counted. The result does not depend on the order of the records.
 *
 * <pre>{@code
 * ComplianceReport report = Compliance.of(log, MeetingRules.STANDARD, directory, Period.year(2026),
 *         LocalDate.of(2026, 12, 31));
 * report.branch("b1").orElseThrow().of(MeetingType.COMMITTEE_MEETING).compliance().text();   // "11/12"
 * }</pre>
 */
public final class Compliance {

    private static final Label NO_CELLS = Label.of("支部未设党小组", "the branch has no party cells");

    private Compliance() {
    }

    /**
     * {@return the compliance of every branch of {@code directory} for {@code period}, judged on {@code asOf}}
     *
     * @param log the meeting records
     * @param rules the rules of organisational life to check against
     * @param directory the org directory whose branches are checked
     * @param period the period checked
     * @param asOf the day judged on: cadence periods ending later are not yet due
     */
    public static ComplianceReport of(MeetingLog log, MeetingRules rules, OrgDirectory directory, Period period,
            LocalDate asOf) {
        Screened screened = screen(log, directory.tree());
        List<Violation> unknownExemptions = new ArrayList<>();
        Map<String, List<Exemption>> exemptionsOf = new HashMap<>();
        for (int j = 0; j < rules.exemptions().size(); j++) {
            Exemption exemption = rules.exemptions().get(j);
            if (!isBranch(directory.tree(), exemption.branch())) {
                unknownExemptions.add(Violation.of(Paths.field(Paths.index(Paths.field(Paths.ROOT, "exemptions"), j),
                        "branch"), MeetingProblems.EXEMPTION_BRANCH_UNKNOWN, exemption.branch()));
            } else {
                exemptionsOf.computeIfAbsent(exemption.branch(), b -> new ArrayList<>()).add(exemption);
            }
        }
        List<List<Period>> periodsOf = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            periodsOf.add(cadencePeriods(period, rules.cadence(type), asOf));
        }
        List<BranchCompliance> branches = new ArrayList<>();
        for (OrgUnit branch : directory.tree().ofKind(OrgKind.BRANCH)) {
            List<TypeCompliance> types = new ArrayList<>();
            for (MeetingType type : MeetingType.values()) {
                types.add(type(branch, rules.cadence(type), periodsOf.get(type.ordinal()), directory.tree(), screened,
                        exemptionsOf.getOrDefault(branch.id(), List.of()), period, asOf));
            }
            branches.add(new BranchCompliance(branch.id(), types));
        }
        return new ComplianceReport(period.text(), asOf, rules, branches, screened.unused, unknownExemptions);
    }

    /**
     * {@return the attendance of every member of {@code directory} with a cadre level at the meetings of their
     * branch held in {@code period} by {@code asOf}, in member order}
     *
     * @param log the meeting records
     * @param directory the org directory whose members are reported
     * @param period the period whose meetings count
     * @param asOf the day judged on: later meetings do not count
     */
    public static List<LeaderAttendance> leaders(MeetingLog log, OrgDirectory directory, Period period,
            LocalDate asOf) {
        Screened screened = screen(log, directory.tree());
        Map<String, List<Meeting>> byBranch = new HashMap<>();
        for (Meeting meeting : screened.counted) {
            if (period.contains(meeting.date()) && !meeting.date().isAfter(asOf)) {
                byBranch.computeIfAbsent(meeting.branch(), b -> new ArrayList<>()).add(meeting);
            }
        }
        List<LeaderAttendance> leaders = new ArrayList<>();
        for (Member member : directory.members()) {
            if (member.cadreLevel().isEmpty()) {
                continue;
            }
            long[] expected = new long[MeetingType.values().length];
            long[] attended = new long[MeetingType.values().length];
            long unrecorded = 0;
            for (Meeting meeting : byBranch.getOrDefault(member.branch(), List.of())) {
                Optional<Attendance> attendance = meeting.attendance();
                boolean named = attendance.isPresent() && !(attendance.get().attendees().isEmpty()
                        && attendance.get().absentees().isEmpty());
                if (!named) {
                    unrecorded += meeting.type() == MeetingType.COMMITTEE_MEETING || meeting.type().heldByPartyCells()
                            ? 0 : 1;
                } else if (attendance.get().attendees().contains(member.id())) {
                    expected[meeting.type().ordinal()]++;
                    attended[meeting.type().ordinal()]++;
                } else if (attendance.get().absentees().contains(member.id())) {
                    expected[meeting.type().ordinal()]++;
                }
            }
            List<LeaderAttendance.TypeAttendance> types = new ArrayList<>();
            for (MeetingType type : MeetingType.values()) {
                types.add(new LeaderAttendance.TypeAttendance(type, expected[type.ordinal()], attended[type.ordinal()]));
            }
            leaders.add(new LeaderAttendance(member.id(), member.branch(), member.cadreLevel().get(), types, unrecorded));
        }
        return List.copyOf(leaders);
    }

    private static TypeCompliance type(OrgUnit branch, MeetingCadence cadence, List<Period> periods, OrgTree tree,
            Screened screened, List<Exemption> exemptions, Period period, LocalDate asOf) {
        MeetingType type = cadence.type();
        List<Optional<String>> holders = new ArrayList<>();
        if (type.heldByPartyCells()) {
            tree.children(branch.id()).stream().filter(c -> c.kind() == OrgKind.PARTY_CELL)
                    .forEach(cell -> holders.add(Optional.of(cell.id())));
        } else {
            holders.add(Optional.empty());
        }
        long due = 0;
        List<Slot> missed = new ArrayList<>();
        List<TypeCompliance.Exempt> exempt = new ArrayList<>();
        List<TypeCompliance.QuorumFailure> failures = new ArrayList<>();
        if (holders.isEmpty()) {
            periods.forEach(p -> exempt.add(new TypeCompliance.Exempt(new Slot(p.text(), Optional.empty()), NO_CELLS)));
        }
        for (Optional<String> cell : holders) {
            List<Meeting> meetings = screened.of(cell.orElse(branch.id()), type);
            for (Meeting meeting : meetings) {
                if (period.contains(meeting.date()) && !meeting.date().isAfter(asOf) && !counts(meeting, cadence)) {
                    Attendance attendance = meeting.attendance().orElse(null);
                    failures.add(new TypeCompliance.QuorumFailure(meeting.id(), meeting.date(),
                            attendance == null ? 0 : attendance.present(), attendance == null ? 0 : attendance.expected()));
                }
            }
            for (Period p : periods) {
                Slot slot = new Slot(p.text(), cell);
                Optional<Exemption> exemption = exemptions.stream()
                        .filter(e -> e.covers(type) && e.overlaps(p.start(), p.end())).findFirst();
                if (exemption.isPresent()) {
                    exempt.add(new TypeCompliance.Exempt(slot, exemption.get().reason()));
                    continue;
                }
                due++;
                boolean held = meetings.stream().anyMatch(m -> p.contains(m.date()) && counts(m, cadence));
                if (!held) {
                    missed.add(slot);
                }
            }
        }
        failures.sort(Comparator.comparing(TypeCompliance.QuorumFailure::date)
                .thenComparing(TypeCompliance.QuorumFailure::meeting));
        return new TypeCompliance(cadence, due, due - missed.size(), missed, exempt, failures);
    }

    /** The cadence periods fully inside {@code period} that end by {@code asOf}; none for a longer cadence. */
    private static List<Period> cadencePeriods(Period period, MeetingCadence cadence, LocalDate asOf) {
        if (cadence.every().ordinal() < period.kind().ordinal()) {
            return List.of();
        }
        return period.split(cadence.every()).stream().filter(p -> !p.end().isAfter(asOf)).toList();
    }

    /** Whether {@code meeting} counts: any meeting where no quorum is set, else one recorded with its quorum met. */
    private static boolean counts(Meeting meeting, MeetingCadence cadence) {
        return cadence.quorum().isEmpty() || meeting.attendance().map(a -> cadence.quorum().get()
                .metBy(a.present(), a.expected())).orElse(false);
    }

    private static boolean isBranch(OrgTree tree, String id) {
        return tree.find(id).map(org -> org.kind() == OrgKind.BRANCH).orElse(false);
    }

    /**
     * The records that count, by holder and type, and those that do not, reported at their paths.
     * Of two records of one meeting (holder, type and day) the one with the smaller id counts, so the
     * figures do not depend on record order.
     */
    private static Screened screen(MeetingLog log, OrgTree tree) {
        Map<String, Integer> kept = new HashMap<>();
        Map<Integer, Violation> unused = new TreeMap<>();
        List<Meeting> meetings = log.meetings();
        String[] keys = new String[meetings.size()];
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            String at = Paths.index(Paths.field(Paths.ROOT, "meetings"), i);
            if (!isBranch(tree, meeting.branch())) {
                unused.put(i, Violation.of(Paths.field(at, "branch"), MeetingProblems.BRANCH_UNKNOWN, meeting.branch()));
            } else if (meeting.cell().isPresent() && !tree.find(meeting.cell().get()).map(c -> c.kind()
                    == OrgKind.PARTY_CELL && c.parent().equals(Optional.of(meeting.branch()))).orElse(false)) {
                unused.put(i, Violation.of(Paths.field(at, "cell"), MeetingProblems.CELL_UNKNOWN, meeting.cell().get(),
                        meeting.branch()));
            } else {
                keys[i] = meeting.holder() + '\u0000' + meeting.type().id() + '\u0000' + meeting.date();
                kept.merge(keys[i], i, (a, b) -> meetings.get(a).id().compareTo(meetings.get(b).id()) <= 0 ? a : b);
            }
        }
        for (int i = 0; i < meetings.size(); i++) {
            if (keys[i] != null && kept.get(keys[i]) != i) {
                Meeting meeting = meetings.get(i);
                unused.put(i, Violation.of(Paths.index(Paths.field(Paths.ROOT, "meetings"), i),
                        MeetingProblems.SAME_MEETING, meeting.type(), meeting.holder(), meeting.date(),
                        new Verbatim(Paths.index(Paths.field(Paths.ROOT, "meetings"), kept.get(keys[i])))));
            }
        }
        Screened screened = new Screened();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            if (!unused.containsKey(i)) {
                screened.byHolder.computeIfAbsent(meeting.holder(), h -> new EnumMap<>(MeetingType.class))
                        .computeIfAbsent(meeting.type(), t -> new ArrayList<>()).add(meeting);
                screened.counted.add(meeting);
            }
        }
        screened.unused = List.copyOf(unused.values());
        return screened;
    }

    private static final class Screened {
        final Map<String, Map<MeetingType, List<Meeting>>> byHolder = new HashMap<>();
        final List<Meeting> counted = new ArrayList<>();
        List<Violation> unused = List.of();

        List<Meeting> of(String holder, MeetingType type) {
            return byHolder.getOrDefault(holder, Map.of()).getOrDefault(type, List.of());
        }
    }
}
