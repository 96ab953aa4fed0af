package dev.mofan.cli;

import dev.mofan.core.format.ComplianceFormat;
import dev.mofan.core.format.MeetingLogFormat;
import dev.mofan.core.format.MeetingRulesFormat;
import dev.mofan.core.meeting.BranchCompliance;
import dev.mofan.core.meeting.Compliance;
import dev.mofan.core.meeting.ComplianceReport;
import dev.mofan.core.meeting.LeaderAttendance;
import dev.mofan.core.meeting.Slot;
import dev.mofan.core.meeting.TypeCompliance;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.Violation;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.result.Rate;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mofan compliance}: how each branch kept the cadences of organisational life (三会一课 and the rest) in a period. */
@Command(name = "compliance", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "For each branch and each meeting type of organisational life (支部党员大会, 支部委员会, 党小组会, "
                + "党课, 主题党日, 组织生活会, 民主评议党员): the cadence periods due in the period (fully inside it, ended "
                + "by the as-of day, not exempt), those held (with a quorum where one is needed) and the compliance "
                + "ratio; with --branch, the missed periods, exempt periods and meetings without quorum of one branch; "
                + "with --leaders, leading cadres' attendance instead. Records that count for no branch, repeats of a "
                + "meeting and exemptions of unknown branches are listed first, each with its file and path.")
final class ComplianceCommand implements Callable<Integer> {

    enum Output { TABLE, JSON }

    @Spec
    private CommandSpec spec;

    @Option(names = "--meetings", required = true, paramLabel = "FILE", description = "The meeting records.")
    private Path meetings;

    @Option(names = "--orgs", required = true, paramLabel = "FILE", description = "The org file.")
    private Path orgs;

    @Option(names = "--period", required = true, paramLabel = "P", description = "The period, e.g. 2026 or 2026-Q2.")
    private String period;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day judged on (default: the period's last day): cadence periods ending later are not "
                    + "yet due, meetings later are not counted.")
    private String asOf;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Organisational-life rules: cadences that replace the standard ones, and exemptions "
                    + "(default: the standard cadences, no exemption).")
    private Path rules;

    @Option(names = "--branch", paramLabel = "ID", description = "Show this branch's missed, exempt and inquorate meetings.")
    private String branch;

    @Option(names = "--leaders", description = "Report leading cadres' attendance at their branch's organisational life.")
    private boolean leaders;

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
        if (leaders && branch != null) {
            CliProblems.option(err, language, CliProblems.OPTION_CONFLICT, "--leaders", "--branch",
                    Label.of("领导干部参加情况按党员列出", "leaders' attendance is listed by member"));
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Periods.Judged> judged = Periods.judged(period, asOf, Optional.empty(), language, err);
        if (judged.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Optional<OrgDirectory> directory = CliFiles.readOrgs(orgs, language, out);
        Optional<MeetingLog> log = CliFiles.read(meetings, MeetingLogFormat.ofDefaults()::read, language, out,
                meetings + ": ");
        Optional<MeetingRules> ruleSet = rules == null ? Optional.of(MeetingRules.STANDARD)
                : CliFiles.read(rules, MeetingRulesFormat.ofDefaults()::read, language, out, rules + ": ");
        if (directory.isEmpty() || log.isEmpty() || ruleSet.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        if (branch != null && !directory.get().tree().find(branch).map(o -> o.kind() == OrgKind.BRANCH)
                .orElse(false)) {
            CliProblems.option(err, language, CliProblems.OPTION_BRANCH, branch, orgs.toString());
            return ExitCodes.INVALID_INPUT;
        }
        if (leaders) {
            List<LeaderAttendance> rows = Compliance.leaders(log.get(), directory.get(), judged.get().period(),
                    judged.get().asOf());
            if (format == Output.JSON) {
                out.print(ComplianceFormat.leadersJson(judged.get().period(), judged.get().asOf(), rows));
            } else {
                leaders(out, rows, judged.get());
            }
            out.flush();
            return ExitCodes.OK;
        }
        ComplianceReport report = Compliance.of(log.get(), ruleSet.get(), directory.get(), judged.get().period(),
                judged.get().asOf());
        if (format == Output.JSON) {
            out.print(ComplianceFormat.json(report, language));
            out.flush();
            return ExitCodes.OK;
        }
        report.unusedMeetings().forEach(problem -> out.println(meetings + ": " + problem.line(language)));
        for (Violation problem : report.unknownExemptions()) {
            out.println(rules + ": " + problem.line(language));
        }
        if (branch != null) {
            branch(out, report, report.branch(branch).orElseThrow(), directory.get());
        } else {
            table(out, report, directory.get());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void table(PrintWriter out, ComplianceReport report, OrgDirectory directory) {
        boolean zh = lang.language == Language.ZH;
        out.println(zh ? "组织生活：" + report.period() + "，截至 " + report.asOf() + "，制度 " + report.rules().id()
                : "Organisational life: " + report.period() + ", as of " + report.asOf() + ", rules "
                        + report.rules().id());
        StringBuilder head = new StringBuilder(ProvinceSummary.pad(zh ? "支部" : "branch", 14)
                + ProvinceSummary.pad(zh ? "合计" : "all", 18));
        for (MeetingType type : MeetingType.values()) {
            head.append(ProvinceSummary.pad(shortName(type, zh), 9));
        }
        out.println(head.append(zh ? "名称" : "name"));
        long[] held = new long[MeetingType.values().length];
        long[] due = new long[MeetingType.values().length];
        long full = 0;
        for (BranchCompliance row : report.branches()) {
            StringBuilder line = new StringBuilder(ProvinceSummary.pad(row.branch(), 14)
                    + ProvinceSummary.pad(ProvinceSummary.rate(row.compliance()), 18));
            for (TypeCompliance type : row.types()) {
                line.append(ProvinceSummary.pad(type.due() == 0 ? "-" : type.compliance().text(), 9));
                held[type.cadence().type().ordinal()] += type.held();
                due[type.cadence().type().ordinal()] += type.due();
            }
            full += row.compliance().numerator() == row.compliance().denominator() ? 1 : 0;
            out.println(line.append(directory.tree().get(row.branch()).name().text(lang.language)));
        }
        StringBuilder total = new StringBuilder(ProvinceSummary.pad(zh ? "全部" : "all", 14)
                + ProvinceSummary.pad("", 18));
        for (int t = 0; t < held.length; t++) {
            total.append(ProvinceSummary.pad(new Rate(held[t], due[t]).percent().map(p -> p.toPlainString() + "%")
                    .orElse("-"), 9));
        }
        out.println(total);
        out.println(zh ? full + " / " + report.branches().size() + " 个支部全部按期召开"
                : full + " of " + report.branches().size() + " branches kept every cadence");
    }

    private void branch(PrintWriter out, ComplianceReport report, BranchCompliance row, OrgDirectory directory) {
        boolean zh = lang.language == Language.ZH;
        out.println(row.branch() + "  " + directory.tree().get(row.branch()).name().text(lang.language) + "  "
                + report.period() + (zh ? "，截至 " : ", as of ") + report.asOf() + "  "
                + ProvinceSummary.rate(row.compliance()));
        for (TypeCompliance type : row.types()) {
            out.println("  " + ProvinceSummary.pad(type.cadence().type().label().text(lang.language), 34)
                    + ProvinceSummary.pad(type.cadence().every().label().text(lang.language), 12)
                    + ProvinceSummary.pad(type.due() == 0 ? "-" : ProvinceSummary.rate(type.compliance()), 18)
                    + type.cadence().quorum().map(q -> (zh ? "法定人数 " : "quorum ") + q.label().text(lang.language))
                            .orElse(""));
            if (!type.missed().isEmpty()) {
                out.println("      " + (zh ? "缺漏：" : "missed: ")
                        + type.missed().stream().map(Slot::text).collect(Collectors.joining(", ")));
            }
            for (TypeCompliance.QuorumFailure failure : type.quorumFailures()) {
                out.println("      " + (zh ? "未达法定人数：" : "no quorum: ") + failure.meeting() + " " + failure.date() + " "
                        + (failure.recorded() ? failure.present() + "/" + failure.expected()
                                : zh ? "未记录出席情况" : "attendance not recorded"));
            }
            type.exempt().stream().collect(Collectors.groupingBy(TypeCompliance.Exempt::reason,
                    java.util.LinkedHashMap::new, Collectors.mapping(e -> e.slot().text(), Collectors.joining(", "))))
                    .forEach((reason, slots) -> out.println("      " + (zh ? "免于考核：" : "exempt: ") + slots + " ("
                            + reason.text(lang.language) + ")"));
        }
    }

    private void leaders(PrintWriter out, List<LeaderAttendance> rows, Periods.Judged judged) {
        boolean zh = lang.language == Language.ZH;
        out.println(zh ? "领导干部参加所在支部组织生活：" + judged.period().text() + "，截至 " + judged.asOf()
                : "Leading cadres at their branch's organisational life: " + judged.period().text() + ", as of "
                        + judged.asOf());
        out.println(ProvinceSummary.pad(zh ? "党员" : "member", 16) + ProvinceSummary.pad(zh ? "支部" : "branch", 14)
                + ProvinceSummary.pad(zh ? "级别" : "level", 24) + ProvinceSummary.pad(zh ? "参加" : "attended", 18)
                + (zh ? "未记名会议" : "unrecorded"));
        for (LeaderAttendance row : rows) {
            out.println(ProvinceSummary.pad(row.member(), 16) + ProvinceSummary.pad(row.branch(), 14)
                    + ProvinceSummary.pad(row.level().label().text(lang.language), 24)
                    + ProvinceSummary.pad(ProvinceSummary.rate(row.attendance()), 18) + row.unrecorded());
        }
    }

    private static String shortName(MeetingType type, boolean zh) {
        return switch (type) {
            case GENERAL_MEETING -> zh ? "党员大会" : "general";
            case COMMITTEE_MEETING -> zh ? "支委会" : "committee";
            case GROUP_MEETING -> zh ? "小组会" : "group";
            case PARTY_LECTURE -> zh ? "党课" : "lecture";
            case THEMED_PARTY_DAY -> zh ? "主题党日" : "party-day";
            case LIFE_MEETING -> zh ? "生活会" : "life";
            case MEMBER_APPRAISAL -> zh ? "评议" : "appraisal";
        };
    }

}
