package dev.mofan.cli;

import dev.mofan.core.format.ActivityLogFormat;
import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.MeetingLogFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.ProblemLedgerFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.TaskLedgerFormat;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleLedgers;
import dev.mofan.core.sample.SampleMeetings;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.TaskLedger;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mofan sample}: writes the bundled sample province and, if asked, sample evidence for a scheme. */
@Command(name = "sample",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "Write the bundled sample province (示范省) as an org file: a working committee, about 100 "
                + "units, a few thousand branches, about 50,000 members, divisions (处室) and partnership "
                + "links. With --evidence, also write sample evidence for a scheme and period that exercises "
                + "every rule, bonus, deduction, veto, missing evidence and a correction. With --problems, --tasks, "
                + "--activities and --meetings, also write a sample problem ledger, task ledger (the 20 key tasks for "
                + "every unit), activity log and meeting records of organisational life for the year of --period. "
                + "The same bytes every time.")
final class SampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--orgs", required = true, paramLabel = "FILE",
            description = "Where to write the orgs: YAML if the name ends in .yaml or .yml, JSON otherwise.")
    private Path orgs;

    @Option(names = "--evidence", paramLabel = "FILE", description = "Where to write sample evidence.")
    private Path evidence;

    @Option(names = "--scheme", paramLabel = "ID|FILE", defaultValue = "five-type-organ",
            description = "The scheme the evidence is for (default: ${DEFAULT-VALUE}).")
    private String scheme;

    @Option(names = "--period", paramLabel = "P", defaultValue = "2025",
            description = "The period the evidence is for, and whose year the ledgers cover (default: ${DEFAULT-VALUE}).")
    private String period;

    @Option(names = "--problems", paramLabel = "FILE", description = "Where to write a sample problem ledger.")
    private Path problems;

    @Option(names = "--tasks", paramLabel = "FILE", description = "Where to write a sample task ledger.")
    private Path tasks;

    @Option(names = "--activities", paramLabel = "FILE", description = "Where to write a sample activity log.")
    private Path activities;

    @Option(names = "--meetings", paramLabel = "FILE",
            description = "Where to write sample meeting records of organisational life (三会一课 and the rest).")
    private Path meetings;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean ledgers = problems != null || tasks != null || activities != null || meetings != null;
        for (String option : new String[] {"--scheme", "--period"}) {
            if (evidence == null && !(ledgers && option.equals("--period"))
                    && spec.commandLine().getParseResult().hasMatchedOption(option)) {
                CliProblems.option(err, lang.language, CliProblems.OPTION_NEEDS, option, "--evidence FILE");
                return ExitCodes.INVALID_INPUT;
            }
        }
        for (Path file : new Path[] {orgs, evidence, problems, tasks, activities, meetings}) {
            if (file != null && !CliFiles.writable(file, lang.language, out)) {
                return ExitCodes.INVALID_INPUT;
            }
        }
        Optional<Period> ledgerPeriod = Optional.empty();
        if (ledgers) {
            ledgerPeriod = Periods.of(period, lang.language, err);
            if (ledgerPeriod.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
        }
        OrgDirectory province = SampleProvince.generate();
        Optional<Scheme> forScheme = Optional.empty();
        Optional<Period> forPeriod = Optional.empty();
        if (evidence != null) {
            forScheme = CliFiles.readScheme(scheme, lang.language, out);
            if (forScheme.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            forPeriod = Periods.of(period, forScheme.get(), lang.language, err);
            if (forPeriod.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
        }
        if (!CliFiles.write(orgs, file -> OrgDirectoryFormat.ofDefaults().write(province, file), lang.language, out)) {
            return ExitCodes.INVALID_INPUT;
        }
        boolean zh = lang.language == Language.ZH;
        out.printf(Locale.ROOT, zh ? "已写入 %s：%d 个组织，%d 名党员，%d 个处室，%d 条结对共建关系%n"
                : "wrote %s: %d orgs, %d members, %d divisions, %d links%n", orgs,
                province.tree().size(), province.members().size(), province.divisions().size(),
                province.links().size());
        if (evidence != null) {
            Evidence records = SampleEvidence.generate(forScheme.get(), province, forPeriod.get());
            if (!CliFiles.write(evidence, file -> EvidenceFormat.ofDefaults().write(records, file), lang.language,
                    out)) {
                return ExitCodes.INVALID_INPUT;
            }
            out.printf(Locale.ROOT, zh ? "已写入 %s：%d 条佐证记录，方案 %s，期间 %s%n"
                    : "wrote %s: %d evidence records for scheme %s, period %s%n", evidence,
                    records.records().size(), forScheme.get().id(), forPeriod.get().text());
        }
        if (ledgers && !writeLedgers(province, Period.year(ledgerPeriod.get().start().getYear()), out)) {
            return ExitCodes.INVALID_INPUT;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private boolean writeLedgers(OrgDirectory province, Period.Year year, PrintWriter out) {
        boolean zh = lang.language == Language.ZH;
        if (problems != null) {
            ProblemLedger ledger = SampleLedgers.problems(province, year);
            if (!CliFiles.write(problems, file -> CliFiles.text(file, ProblemLedgerFormat.ofDefaults().write(ledger,
                    Syntax.of(file))), lang.language, out)) {
                return false;
            }
            out.printf(Locale.ROOT, zh ? "已写入 %s：%d 个问题（%s 年）%n" : "wrote %s: %d problems found in %s%n",
                    problems, ledger.problems().size(), year.text());
        }
        if (tasks != null) {
            TaskLedger ledger = SampleLedgers.tasks(province, BundledTaskCatalogues.get("five-type-organ"), year);
            if (!CliFiles.write(tasks, file -> CliFiles.text(file, TaskLedgerFormat.ofDefaults().write(ledger,
                    Syntax.of(file))),
                    lang.language, out)) {
                return false;
            }
            out.printf(Locale.ROOT, zh ? "已写入 %s：%d 项任务分配（%s 年）%n" : "wrote %s: %d task assignments in %s%n",
                    tasks, ledger.assignments().size(), year.text());
        }
        if (activities != null) {
            ActivityLog log = SampleLedgers.activities(province, year);
            if (!CliFiles.write(activities, file -> CliFiles.text(file, ActivityLogFormat.ofDefaults().write(log,
                    Syntax.of(file))), lang.language, out)) {
                return false;
            }
            out.printf(Locale.ROOT, zh ? "已写入 %s：%d 条活动记录（%s 年）%n" : "wrote %s: %d activities in %s%n",
                    activities, log.activities().size(), year.text());
        }
        if (meetings != null) {
            MeetingLog log = SampleMeetings.generate(province, year);
            if (!CliFiles.write(meetings, file -> CliFiles.text(file, MeetingLogFormat.ofDefaults().write(log,
                    Syntax.of(file))),
                    lang.language, out)) {
                return false;
            }
            out.printf(Locale.ROOT, zh ? "已写入 %s：%d 条会议记录（%s 年）%n" : "wrote %s: %d meetings in %s%n",
                    meetings, log.meetings().size(), year.text());
        }
        return true;
    }

}
