package dev.mofan.cli;

import dev.mofan.core.derive.DerivedEvidence;
import dev.mofan.core.derive.Derivations;
import dev.mofan.core.derive.LedgerSources;
import dev.mofan.core.format.ActivityLogFormat;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.LedgerFiguresFormat;
import dev.mofan.core.format.MeetingLogFormat;
import dev.mofan.core.format.MeetingRulesFormat;
import dev.mofan.core.format.ProblemLedgerFormat;
import dev.mofan.core.format.TaskLedgerFormat;
import dev.mofan.core.ledger.ProblemFigures;
import dev.mofan.core.ledger.ProblemLedgers;
import dev.mofan.core.ledger.TaskFigures;
import dev.mofan.core.ledger.TaskLedgers;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Derivation;
import dev.mofan.model.scheme.DerivedSource;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mofan ledger status}: what a task ledger (任务台账) or a problem ledger (问题台账) says for a period, by unit. */
@Command(name = "ledger",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "The figures of a ledger (台账) for a period, and the evidence records a scheme derives from them.",
        subcommands = {LedgerCommand.Status.class, LedgerCommand.DerivedRecords.class})
final class LedgerCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code mofan ledger status}. */
    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "For the whole tree and each unit, on the as-of day: with --tasks, the assignments whose "
                    + "round lies in the period, completed (reported, 及时报告) with the completion rate, on time, overdue "
                    + "and with the loop closed (跟踪问效); with --problems, the problems found in the period, closed "
                    + "(销号) with the resolution rate (357/566 = 63.07%), still open, and overdue. Entries at orgs the "
                    + "org file does not hold are listed first, each with its path, and counted nowhere.")
    static final class Status implements Callable<Integer> {

        enum Output { TABLE, JSON }

        @Spec
        private CommandSpec spec;

        @Option(names = "--problems", paramLabel = "FILE", description = "A problem ledger file.")
        private Path problems;

        @Option(names = "--tasks", paramLabel = "FILE", description = "A task ledger file.")
        private Path tasks;

        @Option(names = "--catalogue", paramLabel = "ID|FILE", defaultValue = "five-type-organ",
                description = "With --tasks: the task catalogue, bundled or a file (default: ${DEFAULT-VALUE}).")
        private String catalogue;

        @Option(names = "--type", paramLabel = "TYPE",
                description = "With --tasks: count only tasks of this type (a scheme dimension, such as political).")
        private String type;

        @Option(names = "--orgs", required = true, paramLabel = "FILE", description = "The org file.")
        private Path orgs;

        @Option(names = "--period", required = true, paramLabel = "PERIOD",
                description = "The period counted, such as 2026 or 2026-Q2: the rounds of tasks inside it, or the "
                        + "problems found in it.")
        private String period;

        @Option(names = "--as-of", paramLabel = "DATE",
                description = "The day the ledger is judged on (default: the period's last day).")
        private String asOf;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table or json (default: ${DEFAULT-VALUE}).")
        private Output format;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Language language = lang.language;
            if ((problems == null) == (tasks == null)) {
                CliProblems.option(err, language, CliProblems.OPTION_NEEDS, "ledger status",
                        "--tasks FILE / --problems FILE (one of them)");
                return ExitCodes.INVALID_INPUT;
            }
            Optional<Periods.Judged> judged = Periods.judged(period, asOf, Optional.empty(), language, err);
            if (judged.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            Period chosen = judged.get().period();
            LocalDate day = judged.get().asOf();
            Optional<OrgDirectory> directory = CliFiles.readOrgs(orgs, language, out);
            if (directory.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            if (tasks != null) {
                return tasks(out, directory.get(), chosen, day);
            }
            Optional<ProblemLedger> ledger = CliFiles.read(problems, ProblemLedgerFormat.ofDefaults()::read, language,
                    out);
            if (ledger.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            List<Violation> unknown = ProblemLedgers.unknownOrgs(ledger.get(), directory.get());
            Map<String, ProblemFigures> byOrg = ProblemLedgers.figuresByOrg(ledger.get(), directory.get(),
                    chosen, day, Optional.empty());
            List<ProblemFigures> rows = new ArrayList<>();
            for (OrgUnit org : directory.get().tree().units()) {
                if (org.isRoot() || org.kind() == OrgKind.UNIT) {
                    rows.add(byOrg.get(org.id()));
                }
            }
            if (format == Output.JSON) {
                out.print(LedgerFiguresFormat.json(chosen, day, rows, unknown, language));
            } else {
                unknown.forEach(problem -> out.println(problem.line(language)));
                table(out, directory.get(), rows, chosen, day);
            }
            out.flush();
            return ExitCodes.OK;
        }

        private int tasks(PrintWriter out, OrgDirectory directory, Period period, LocalDate day) {
            Language language = lang.language;
            Optional<TaskCatalogue> read = CliFiles.readCatalogue(catalogue, language, out);
            if (read.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            List<String> types = read.get().tasks().stream().map(Task::type).distinct().toList();
            if (type != null && !types.contains(type)) {
                CliProblems.option(spec.commandLine().getErr(), language, CliProblems.OPTION_TYPE, type, read.get().id(),
                        String.join(", ", types));
                return ExitCodes.INVALID_INPUT;
            }
            Optional<TaskLedger> ledger = CliFiles.read(tasks, path -> {
                TaskLedger loaded = TaskLedgerFormat.ofDefaults().read(path);
                TaskLedgers.check(loaded, read.get());
                return loaded;
            }, language, out);
            if (ledger.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            List<Violation> unknown = TaskLedgers.unknownOrgs(ledger.get(), directory);
            Map<String, TaskFigures> byOrg = TaskLedgers.figuresByOrg(ledger.get(), read.get(), directory, period, day,
                    Optional.ofNullable(type));
            List<TaskFigures> rows = new ArrayList<>();
            for (OrgUnit org : directory.tree().units()) {
                if (org.isRoot() || org.kind() == OrgKind.UNIT) {
                    rows.add(byOrg.get(org.id()));
                }
            }
            if (format == Output.JSON) {
                out.print(LedgerFiguresFormat.tasksJson(period, day, Optional.ofNullable(type), rows, unknown,
                        language));
            } else {
                unknown.forEach(problem -> out.println(problem.line(language)));
                boolean zh = language == Language.ZH;
                out.println(zh ? "任务台账：" + period.text() + " 各轮任务，截至 " + day
                        : "Task ledger: rounds in " + period.text() + ", as of " + day);
                out.println(ProvinceSummary.pad(zh ? "组织" : "org", 14) + ProvinceSummary.pad(zh ? "任务" : "tasks", 8)
                        + ProvinceSummary.pad(zh ? "完成" : "done", 8) + ProvinceSummary.pad(zh ? "完成率" : "rate", 18)
                        + ProvinceSummary.pad(zh ? "按时" : "on time", 9) + ProvinceSummary.pad(zh ? "逾期" : "overdue", 9)
                        + ProvinceSummary.pad(zh ? "闭环" : "closed", 8) + (zh ? "名称" : "name"));
                for (TaskFigures row : rows) {
                    out.println(ProvinceSummary.pad(row.org(), 14)
                            + ProvinceSummary.pad(String.valueOf(row.completed().denominator()), 8)
                            + ProvinceSummary.pad(String.valueOf(row.completed().numerator()), 8)
                            + ProvinceSummary.pad(ProvinceSummary.rate(row.completed()), 18)
                            + ProvinceSummary.pad(String.valueOf(row.onTime()), 9)
                            + ProvinceSummary.pad(String.valueOf(row.overdue()), 9)
                            + ProvinceSummary.pad(String.valueOf(row.closedLoops()), 8)
                            + directory.tree().get(row.org()).name().text(language));
                }
            }
            out.flush();
            return ExitCodes.OK;
        }


        private void table(PrintWriter out, OrgDirectory directory, List<ProblemFigures> rows, Period period,
                LocalDate day) {
            boolean zh = lang.language == Language.ZH;
            out.println(zh ? "问题台账：" + period.text() + " 发现的问题，截至 " + day
                    : "Problem ledger: problems found in " + period.text() + ", as of " + day);
            out.println(ProvinceSummary.pad(zh ? "组织" : "org", 14) + ProvinceSummary.pad(zh ? "发现" : "found", 8)
                    + ProvinceSummary.pad(zh ? "销号" : "closed", 8) + ProvinceSummary.pad(zh ? "销号率" : "rate", 18)
                    + ProvinceSummary.pad(zh ? "未销号" : "open", 8) + ProvinceSummary.pad(zh ? "逾期" : "overdue", 9)
                    + (zh ? "名称" : "name"));
            for (ProblemFigures row : rows) {
                String rate = ProvinceSummary.rate(row.resolved());
                out.println(ProvinceSummary.pad(row.org(), 14)
                        + ProvinceSummary.pad(String.valueOf(row.found()), 8)
                        + ProvinceSummary.pad(String.valueOf(row.resolved().numerator()), 8)
                        + ProvinceSummary.pad(rate, 18) + ProvinceSummary.pad(String.valueOf(row.open()), 8)
                        + ProvinceSummary.pad(String.valueOf(row.overdue()), 9)
                        + directory.tree().get(row.org()).name().text(lang.language));
            }
        }
    }

    /** {@code mofan ledger evidence}: the records of a scheme's derived keys, from the ledgers and the activity log. */
    @Command(name = "evidence", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "Derive the records of the scheme's derived keys (keys[].derived) for the period, judged on "
                    + "the as-of day, from the ledgers given: one record per unit or branch whose kind reads the key, "
                    + "from the entries of its subtree. Writes an evidence file to pass to `mofan evaluate` beside the "
                    + "entered evidence (--evidence twice). Sources: the problem ledger, the task ledger, the activity "
                    + "log and the meeting records of organisational life (checked against --rules, by default the "
                    + "standard cadences). Keys whose source is not given are listed and left out; "
                    + "entries at orgs the org file does not hold are listed, each with its file and path, and "
                    + "counted nowhere.")
    static final class DerivedRecords implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--scheme", required = true, paramLabel = "ID|FILE", description = "A bundled scheme or a scheme file.")
        private String scheme;

        @Option(names = "--orgs", required = true, paramLabel = "FILE", description = "The org file.")
        private Path orgs;

        @Option(names = "--period", required = true, paramLabel = "P", description = "The period, e.g. 2025 or 2025-Q3.")
        private String period;

        @Option(names = "--as-of", paramLabel = "DATE",
                description = "The day the ledgers are judged on (default: the period's last day).")
        private String asOf;

        @Option(names = "--problems", paramLabel = "FILE", description = "A problem ledger file (问题台账).")
        private Path problems;

        @Option(names = "--tasks", paramLabel = "FILE", description = "A task ledger file (任务台账).")
        private Path tasks;

        @Option(names = "--catalogue", paramLabel = "ID|FILE",
                description = "With --tasks: the task catalogue, bundled or a file (default: the bundled catalogue of "
                        + "the scheme, when there is one).")
        private String catalogue;

        @Option(names = "--activities", paramLabel = "FILE", description = "An activity log file.")
        private Path activities;

        @Option(names = "--meetings", paramLabel = "FILE",
                description = "Meeting records of organisational life (组织生活会议记录).")
        private Path meetings;

        @Option(names = "--rules", paramLabel = "FILE",
                description = "With --meetings: organisational-life rules (default: the standard cadences).")
        private Path rules;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the evidence file.")
        private Path outFile;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Language language = lang.language;
            if (problems == null && tasks == null && activities == null && meetings == null) {
                CliProblems.option(err, language, CliProblems.OPTION_NEEDS, "ledger evidence",
                        "--problems FILE, --tasks FILE, --activities FILE or --meetings FILE");
                return ExitCodes.INVALID_INPUT;
            }
            if (rules != null && meetings == null) {
                CliProblems.option(err, language, CliProblems.OPTION_NEEDS, "--rules", "--meetings FILE");
                return ExitCodes.INVALID_INPUT;
            }
            if (catalogue != null && tasks == null) {
                CliProblems.option(err, language, CliProblems.OPTION_NEEDS, "--catalogue", "--tasks FILE");
                return ExitCodes.INVALID_INPUT;
            }
            if (!CliFiles.writable(outFile, language, out)) {
                return ExitCodes.INVALID_INPUT;
            }
            Optional<Scheme> read = CliFiles.readScheme(scheme, language, out);
            Optional<OrgDirectory> directory = CliFiles.readOrgs(orgs, language, out);
            if (read.isEmpty() || directory.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            if (read.get().keys().stream().noneMatch(key -> key.derived().isPresent())) {
                CliProblems.option(err, language, CliProblems.NO_DERIVED_KEY, read.get().id());
                return ExitCodes.INVALID_INPUT;
            }
            Optional<Periods.Judged> judged = Periods.judged(period, asOf, read, language, err);
            if (judged.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            Period chosen = judged.get().period();
            LocalDate day = judged.get().asOf();
            Optional<LedgerSources> sources = sources(read.get(), out, err);
            if (sources.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            DerivedEvidence derived;
            try {
                derived = Derivations.derive(read.get(), directory.get(), chosen, day, sources.get());
            } catch (ValidationException e) {
                e.lines(language).forEach(line -> out.println(scheme + ": " + line));
                out.flush();
                return ExitCodes.INVALID_INPUT;
            }
            Map<DerivedSource, Path> files = new EnumMap<>(DerivedSource.class);
            files.put(DerivedSource.PROBLEM_LEDGER, problems);
            files.put(DerivedSource.TASK_LEDGER, tasks);
            files.put(DerivedSource.ACTIVITY_LOG, activities);
            files.put(DerivedSource.MEETING_LOG, meetings);
            derived.unused().forEach((source, unknown) -> unknown.forEach(problem ->
                    out.println(files.get(source) + ": " + problem.line(language))));
            if (!CliFiles.write(outFile, file -> EvidenceFormat.ofDefaults().write(derived.evidence(), file), language,
                    out)) {
                return ExitCodes.INVALID_INPUT;
            }
            summary(out, read.get(), derived, chosen, day);
            out.flush();
            return ExitCodes.OK;
        }

        private Optional<LedgerSources> sources(Scheme read, PrintWriter out, PrintWriter err) {
            Language language = lang.language;
            LedgerSources sources = LedgerSources.none();
            boolean ok = true;
            if (problems != null) {
                Optional<ProblemLedger> ledger = CliFiles.read(problems, ProblemLedgerFormat.ofDefaults()::read,
                        language, out, problems + ": ");
                ok &= ledger.isPresent();
                sources = ledger.map(sources::withProblems).orElse(sources);
            }
            if (activities != null) {
                Optional<ActivityLog> log = CliFiles.read(activities, ActivityLogFormat.ofDefaults()::read, language,
                        out, activities + ": ");
                ok &= log.isPresent();
                sources = log.map(sources::withActivities).orElse(sources);
            }
            if (meetings != null) {
                Optional<MeetingLog> log = CliFiles.read(meetings, MeetingLogFormat.ofDefaults()::read, language, out,
                        meetings + ": ");
                Optional<MeetingRules> ruleSet = rules == null ? Optional.of(MeetingRules.STANDARD)
                        : CliFiles.read(rules, MeetingRulesFormat.ofDefaults()::read, language, out, rules + ": ");
                ok &= log.isPresent() && ruleSet.isPresent();
                if (log.isPresent() && ruleSet.isPresent()) {
                    sources = sources.withMeetings(log.get(), ruleSet.get());
                }
            }
            if (tasks != null) {
                String named = catalogue != null ? catalogue
                        : BundledTaskCatalogues.IDS.contains(read.id()) ? read.id() : null;
                if (named == null) {
                    CliProblems.option(err, language, CliProblems.OPTION_NEEDS, "--tasks",
                            "--catalogue ID|FILE (" + String.join(", ", BundledTaskCatalogues.IDS) + ")");
                    return Optional.empty();
                }
                Optional<TaskCatalogue> tasksOf = CliFiles.readCatalogue(named, language, out);
                if (tasksOf.isEmpty()) {
                    return Optional.empty();
                }
                Optional<TaskLedger> ledger = CliFiles.read(tasks, path -> {
                    TaskLedger loaded = TaskLedgerFormat.ofDefaults().read(path);
                    TaskLedgers.check(loaded, tasksOf.get());
                    return loaded;
                }, language, out, tasks + ": ");
                ok &= ledger.isPresent();
                LedgerSources before = sources;
                sources = ledger.map(l -> before.withTasks(l, tasksOf.get())).orElse(sources);
            }
            return ok ? Optional.of(sources) : Optional.empty();
        }

        private void summary(PrintWriter out, Scheme read, DerivedEvidence derived, Period chosen, LocalDate day) {
            boolean zh = lang.language == Language.ZH;
            out.printf(Locale.ROOT, zh ? "已写入 %s：%d 条派生记录，方案 %s，期间 %s，截至 %s%n"
                    : "wrote %s: %d derived records for scheme %s, period %s, as of %s%n", outFile,
                    derived.records().size(), read.id(), chosen.text(), day);
            Map<String, Long> byKey = new LinkedHashMap<>();
            read.keys().stream().filter(key -> key.derived().isPresent() && !derived.notDerived().contains(key.id()))
                    .forEach(key -> byKey.put(key.id(), 0L));
            derived.records().forEach(record -> byKey.merge(record.key(), 1L, Long::sum));
            for (EvidenceKey key : read.keys()) {
                if (byKey.containsKey(key.id())) {
                    Derivation how = key.derived().orElseThrow();
                    out.println("  " + ProvinceSummary.pad(key.id(), 28) + ProvinceSummary.pad(
                            String.valueOf(byKey.get(key.id())), 7) + how.source().label().text(lang.language) + " · "
                            + how.of() + " · " + how.figure().label().text(lang.language));
                }
            }
            if (!derived.notDerived().isEmpty()) {
                out.println((zh ? "未生成（未提供来源）：" : "not derived (source not given): ")
                        + String.join(", ", derived.notDerived()));
            }
        }
    }
}
