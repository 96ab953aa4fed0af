package dev.mofan.core.derive;

import dev.mofan.core.activity.ActivityTallies;
import dev.mofan.core.activity.ActivityTally;
import dev.mofan.core.engine.internal.CompiledScheme;
import dev.mofan.core.format.internal.LedgerProblems;
import dev.mofan.core.internal.SubtreeCounts;
import dev.mofan.core.ledger.ProblemFigures;
import dev.mofan.core.ledger.ProblemLedgers;
import dev.mofan.core.ledger.TaskFigures;
import dev.mofan.core.ledger.TaskLedgers;
import dev.mofan.core.meeting.BranchCompliance;
import dev.mofan.core.meeting.Compliance;
import dev.mofan.core.meeting.ComplianceReport;
import dev.mofan.core.meeting.TypeCompliance;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Rate;
import dev.mofan.model.scheme.Derivation;
import dev.mofan.model.scheme.DerivedSource;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the records of a scheme's derived keys from the ledgers and the activity log: for every
 * org of the directory's tree whose kind reads such a key, the figure of its subtree in the period,
 * judged on {@code asOf} (SCORING.md: derived figures enter as evidence under declared keys). A rate
 * of nothing (no problem found, no assignment due) gives no record, so that the item's missing
 * policy decides; a count gives a record even when it is 0.
 *
 * <pre>{@code
 * DerivedEvidence derived = Derivations.derive(scheme, directory, Period.year(2025), asOf,
 *         LedgerSources.none().withProblems(problems));
 * Report report = Evaluator.of(scheme).evaluate(directory, derived.addedTo(entered), Period.year(2025));
 * }</pre>
 *
 * <p>Records have ids {@code SOURCE:ORG:KEY} (such as {@code problem-ledger:u001:difficulty-solved-rate}),
 * the evaluated period, stage {@code review} and the source's id as {@code source}. The same inputs
 * always give the same records in the same order.
 */
public final class Derivations {

    private Derivations() {
    }

    /**
     * {@return the derived records of {@code scheme} for {@code period}, judged on {@code asOf}}
     *
     * @param scheme the scheme whose derived keys get records
     * @param directory the org directory whose orgs get records
     * @param period the evaluated period
     * @param asOf the day figures are judged at (overdue problems, late reports)
     * @param sources the documents the records are derived from
     * @throws ValidationException when a key derived from the task ledger names a task its catalogue
     *     does not hold, at the key's path ({@code $.keys[4].derived.of})
     */
    public static DerivedEvidence derive(Scheme scheme, OrgDirectory directory, Period period, LocalDate asOf,
            LedgerSources sources) {
        List<Violation> problems = new ArrayList<>();
        List<EvidenceKey> derived = new ArrayList<>();
        List<String> notDerived = new ArrayList<>();
        for (int i = 0; i < scheme.keys().size(); i++) {
            EvidenceKey key = scheme.keys().get(i);
            if (key.derived().isEmpty()) {
                continue;
            }
            Derivation derivation = key.derived().get();
            if (!sources.gives(derivation.source())) {
                notDerived.add(key.id());
                continue;
            }
            if (derivation.source() == DerivedSource.TASK_LEDGER
                    && sources.tasks().orElseThrow().catalogue().task(derivation.of()).isEmpty()) {
                problems.add(Violation.of(Paths.field(Paths.field(Paths.index(Paths.field(Paths.ROOT, "keys"), i),
                        "derived"), "of"), LedgerProblems.TASK_UNKNOWN, derivation.of(),
                        sources.tasks().orElseThrow().catalogue().id()));
            }
            derived.add(key);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Figures figures = new Figures(scheme, directory, period, asOf, sources);
        Map<String, Set<String>> readBy = readKeys(scheme);
        List<EvidenceRecord> records = new ArrayList<>();
        for (OrgUnit org : directory.tree().units()) {
            Set<String> read = readBy.getOrDefault(org.kindId(), Set.of());
            for (EvidenceKey key : derived) {
                if (read.contains(key.id())) {
                    figures.value(key.derived().orElseThrow(), org.id()).ifPresent(value ->
                            records.add(record(key, org.id(), period, value)));
                }
            }
        }
        Map<DerivedSource, List<Violation>> unknown = new EnumMap<>(DerivedSource.class);
        sources.problems().ifPresent(ledger -> unknown.put(DerivedSource.PROBLEM_LEDGER,
                ProblemLedgers.unknownOrgs(ledger, directory)));
        sources.tasks().ifPresent(tasks -> unknown.put(DerivedSource.TASK_LEDGER,
                TaskLedgers.unknownOrgs(tasks.ledger(), directory)));
        sources.activities().ifPresent(log -> unknown.put(DerivedSource.ACTIVITY_LOG,
                ActivityTallies.unknownOrgs(log, directory)));
        sources.meetings().ifPresent(meetings -> unknown.put(DerivedSource.MEETING_LOG,
                figures.compliance().unusedMeetings()));
        return new DerivedEvidence(records, notDerived, unknown);
    }


    /** The keys something reads, by org kind: a derived key gets records only where it is read. */
    private static Map<String, Set<String>> readKeys(Scheme scheme) {
        CompiledScheme compiled = new CompiledScheme(scheme, Map.of());
        Map<String, Set<String>> readBy = new HashMap<>();
        for (String kind : scheme.subjects()) {
            if (!kind.equals(Division.KIND_ID)) {
                readBy.put(kind, compiled.plan(kind).orElseThrow().readKeys());
            }
        }
        return readBy;
    }

    private static EvidenceRecord record(EvidenceKey key, String org, Period period, Value value) {
        String source = key.derived().orElseThrow().source().id();
        return new EvidenceRecord(source + ":" + org + ":" + key.id(), org, key.id(), period, value, Optional.empty(),
                Stage.REVIEW, Optional.of(source), Optional.empty(), Optional.empty());
    }

    /** Each source's figures by org, worked out once per category, task or activity log. */
    private static final class Figures {

        private final Scheme scheme;
        private final OrgDirectory directory;
        private final Period period;
        private final LocalDate asOf;
        private final LedgerSources sources;
        private final Map<String, Map<String, ProblemFigures>> problemsByCategory = new HashMap<>();
        private final Map<String, Map<String, TaskFigures>> tasksByTask = new HashMap<>();
        private Map<String, ActivityTally> activities;
        private ComplianceReport compliance;
        private SubtreeCounts meetingCounts;

        Figures(Scheme scheme, OrgDirectory directory, Period period, LocalDate asOf, LedgerSources sources) {
            this.scheme = scheme;
            this.directory = directory;
            this.period = period;
            this.asOf = asOf;
            this.sources = sources;
        }

        Optional<Value> value(Derivation derivation, String org) {
            return switch (derivation.figure()) {
                case RESOLVED -> rate(problems(derivation.of()).get(org).resolved());
                case FOUND -> count(problems(derivation.of()).get(org).found());
                case OPEN -> count(problems(derivation.of()).get(org).open());
                case OVERDUE -> count(problems(derivation.of()).get(org).overdue());
                case COMPLETED -> rate(tasks(derivation.of()).get(org).completed());
                case ON_TIME -> share(tasks(derivation.of()).get(org), tasks(derivation.of()).get(org).onTime());
                case CLOSED_LOOPS -> share(tasks(derivation.of()).get(org),
                        tasks(derivation.of()).get(org).closedLoops());
                case ACTIVITIES -> count(activities().get(org).of(derivation.of()).activities());
                case PARTICIPANTS -> count(activities().get(org).of(derivation.of()).participants());
                case HELD -> count(meetings(derivation.of(), org)[1]);
                case DUE -> count(meetings(derivation.of(), org)[0]);
                case MISSED -> count(meetings(derivation.of(), org)[0] - meetings(derivation.of(), org)[1]);
                case COMPLIANCE -> rate(new Rate(meetings(derivation.of(), org)[1], meetings(derivation.of(), org)[0]));
                case QUORUM_FAILURES -> count(meetings(derivation.of(), org)[2]);
            };
        }

        /** Due, held and quorum failures of meeting type {@code type} over the subtree of {@code org}. */
        private long[] meetings(String type, String org) {
            if (meetingCounts == null) {
                meetingCounts = new SubtreeCounts(directory.tree(), 3 * MeetingType.values().length);
                long[] amounts = new long[3 * MeetingType.values().length];
                for (BranchCompliance branch : compliance().branches()) {
                    for (TypeCompliance kind : branch.types()) {
                        int at = 3 * kind.cadence().type().ordinal();
                        amounts[at] = kind.due();
                        amounts[at + 1] = kind.held();
                        amounts[at + 2] = kind.quorumFailures().size();
                    }
                    meetingCounts.add(branch.branch(), amounts);
                }
            }
            int at = 3 * Term.find(MeetingType.class, type).orElseThrow().ordinal();
            long[] all = meetingCounts.of(org);
            return new long[] {all[at], all[at + 1], all[at + 2]};
        }

        ComplianceReport compliance() {
            if (compliance == null) {
                LedgerSources.Meetings given = sources.meetings().orElseThrow();
                MeetingRules rules = scheme.meetingCadences().isEmpty() ? given.rules()
                        : given.rules().with(given.rules().id(), given.rules().name(), scheme.meetingCadences(), List.of());
                compliance = Compliance.of(given.log(), rules, directory, period, asOf);
            }
            return compliance;
        }

        private Map<String, ProblemFigures> problems(String category) {
            return problemsByCategory.computeIfAbsent(category, c -> ProblemLedgers.figuresByOrg(
                    sources.problems().orElseThrow(), directory, period, asOf, Optional.of(c)));
        }

        private Map<String, TaskFigures> tasks(String task) {
            return tasksByTask.computeIfAbsent(task, t -> {
                LedgerSources.Tasks given = sources.tasks().orElseThrow();
                TaskLedger ofTask = new TaskLedger(given.ledger().assignments().stream()
                        .filter(a -> a.task().equals(t)).toList());
                return TaskLedgers.figuresByOrg(ofTask, given.catalogue(), directory, period, asOf, Optional.empty());
            });
        }

        private Map<String, ActivityTally> activities() {
            if (activities == null) {
                activities = ActivityTallies.talliesByOrg(sources.activities().orElseThrow(), directory, period);
            }
            return activities;
        }

        private static Optional<Value> share(TaskFigures figures, long share) {
            return rate(new Rate(share, figures.completed().denominator()));
        }

        private static Optional<Value> rate(Rate rate) {
            return rate.denominator() == 0 ? Optional.empty() : Optional.of(Value.of(rate.text()));
        }

        private static Optional<Value> count(long count) {
            return Optional.of(Value.of(count));
        }
    }
}
