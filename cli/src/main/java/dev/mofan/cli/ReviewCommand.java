package dev.mofan.cli;

import dev.mofan.core.designation.Review;
import dev.mofan.core.designation.ReviewAction;
import dev.mofan.core.designation.ReviewResult;
import dev.mofan.core.format.RegisterFormat;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.ReviewFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.designation.Register;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.Violation;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.DesignationRule;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mofan review}: the scheme's designations and weak-organisation rules applied to the last of
 * several reports, against a register: the actions with their reasons, and the new register.
 */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "Review the last of the reports (the periods before it are read by rules over several years) "
                + "against the scheme's designations (命名: nominate, name, re-examine — retain, warn with a "
                + "rectification deadline, revoke, expire) and weak-organisation rules (软弱涣散: identify, rectify, "
                + "accept), starting from the register. Prints each action with its reasons; --out writes the new "
                + "register. Reviewing again with the same inputs changes nothing.")
final class ReviewCommand implements Callable<Integer> {

    enum Output { TABLE, JSON }

    @Spec
    private CommandSpec spec;

    @Option(names = "--scheme", required = true, paramLabel = "ID|FILE", description = "The scheme of the reports.")
    private String scheme;

    @Option(names = "--orgs", required = true, paramLabel = "FILE", description = "The org file the reports are of.")
    private Path orgs;

    @Option(names = "--report", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Reports (as evaluate --format json writes them), one per period; the latest is reviewed.")
    private List<Path> reports;

    @Option(names = "--register", required = true, paramLabel = "FILE",
            description = "The register of designations and weak-organisation cases ({\"register\": []} to start).")
    private Path register;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the review is dated and judged on (default: the last day of the reviewed period).")
    private String asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the register after the review.")
    private Path outFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json: {period, asOf, actions, register} (default: ${DEFAULT-VALUE}).")
    private Output format;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = lang.language;
        if (outFile != null && !CliFiles.writable(outFile, language, out)) {
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Scheme> read = CliFiles.readScheme(scheme, language, out);
        Optional<OrgDirectory> directory = CliFiles.readOrgs(orgs, language, out);
        Optional<Register> before = CliFiles.read(register, RegisterFormat.ofDefaults()::read, language, out,
                register + ": ");
        List<Report> given = new ArrayList<>();
        boolean valid = read.isPresent() && directory.isPresent() && before.isPresent();
        for (Path file : reports) {
            Optional<Report> report = CliFiles.read(file, ReportFormat::read, language, out, file + ": ");
            report.ifPresent(given::add);
            valid &= report.isPresent();
        }
        if (!valid) {
            return ExitCodes.INVALID_INPUT;
        }
        Set<String> periods = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Report report = given.get(i);
            if (!report.schemeId().equals(read.get().id()) || !periods.add(report.period())) {
                out.println(reports.get(i) + ": " + Violation.of("$.scheme", CliProblems.REVIEW_REPORT,
                        report.period(), report.schemeId(), read.get().id()).line(language));
                valid = false;
            }
        }
        if (!valid) {
            out.flush();
            return ExitCodes.INVALID_INPUT;
        }
        Report last = given.stream().max((a, b) -> Period.parse(a.period()).end()
                .compareTo(Period.parse(b.period()).end())).orElseThrow();
        Optional<LocalDate> day = Periods.date(asOf, Period.parse(last.period()).end(), language, err);
        if (day.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        ReviewResult result = Review.of(read.get(), directory.get(), given, before.get(), day.get());
        if (outFile != null && !CliFiles.write(outFile, file -> CliFiles.text(file,
                RegisterFormat.ofDefaults().write(result.register(), Syntax.of(file))), language,
                out)) {
            return ExitCodes.INVALID_INPUT;
        }
        if (format == Output.JSON) {
            out.print(ReviewFormat.json(result));
        } else {
            table(out, result, read.get(), directory.get());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void table(PrintWriter out, ReviewResult result, Scheme read, OrgDirectory directory) {
        Language language = lang.language;
        boolean zh = language == Language.ZH;
        out.println(zh ? "复查：" + read.id() + "，" + result.period() + " 年度，截至 " + result.asOf() + "，共 "
                + result.actions().size() + " 项"
                : "Review of " + read.id() + " for " + result.period() + ", as of " + result.asOf() + ": "
                        + result.actions().size() + " actions");
        for (ReviewAction action : result.actions()) {
            printAction(out, action, read.designation(action.kind()).map(DesignationRule::name).orElse(Label.NONE),
                    directory, language);
        }
        if (outFile != null) {
            out.println(zh ? "已写入 " + outFile + "：" + result.register().entries().size() + " 条台账条目"
                    : "wrote " + outFile + ": " + result.register().entries().size() + " register entries");
        }
    }

    /** One action as a line (subject, rule, action, from → to, deadline, name), its reasons below it. */
    static void printAction(PrintWriter out, ReviewAction action, Label rule, OrgDirectory directory, Language language) {
        boolean zh = language == Language.ZH;
        String name = directory.subject(action.subject()).map(s -> s.name().text(language)).orElse("");
        String kind = rule.isEmpty() ? action.kind() : rule.text(language);
        out.println(ProvinceSummary.pad(action.subject(), 14) + ProvinceSummary.pad(kind, 20)
                + ProvinceSummary.pad(action.action().label().text(language), 16)
                + action.from().map(s -> s.label().text(language) + " → ").orElse("")
                + action.to().label().text(language)
                + action.deadline().map(d -> (zh ? "，期限 " : ", deadline ") + d).orElse("")
                + (name.isEmpty() ? "" : "  " + name));
        for (Label reason : action.reasons()) {
            out.println("      " + reason.text(language));
        }
    }
}
