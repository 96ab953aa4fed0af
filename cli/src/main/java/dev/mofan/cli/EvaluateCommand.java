package dev.mofan.cli;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.Explanation;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.result.ItemError;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.UnusedRecord;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mofan evaluate}: scores every assessed subject and prints the table or the report. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "Score every assessed subject of an org file from evidence with a scheme, for one period. "
                + "Prints a table (by total, then incomplete scorecards, grade counts, unused records and failed "
                + "items) or, with --format json, the report of SCORING.md.")
final class EvaluateCommand implements Callable<Integer> {

    /** How many unused records the table lists; the JSON lists all. */
    private static final int LISTED = 50;

    /** How the result is printed. */
    enum Output { TABLE, JSON }

    @Spec
    private CommandSpec spec;

    @Option(names = "--scheme", required = true, paramLabel = "ID|FILE", description = "A bundled scheme or a scheme file.")
    private String scheme;

    @Option(names = "--orgs", required = true, paramLabel = "FILE", description = "The org file.")
    private Path orgs;

    @Option(names = "--evidence", required = true, paramLabel = "FILE",
            description = "The evidence file; repeat it to add more, such as the records `mofan ledger evidence` "
                    + "derives from the ledgers. Records are taken in the order of the files.")
    private List<Path> evidence;

    @Option(names = "--period", required = true, paramLabel = "P", description = "The period, e.g. 2025 or 2025-Q3.")
    private String period;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge dates as of this day (default: the period's last day); records made later are unused.")
    private String asOf;

    @Option(names = "--strict", description = "Treat any unused record as an error (exit 2).")
    private boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private Output format;

    @Option(names = "--explain", paramLabel = "SUBJECT", description = "Also explain this subject's scorecard.")
    private String explain;

    @Option(names = "--lean", description = "Score without traces: every figure the same, faster, a smaller JSON "
            + "report; --explain still explains its subject in full.")
    private boolean lean;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = lang.language;
        if (explain != null && format == Output.JSON) {
            CliProblems.option(err, language, CliProblems.OPTION_CONFLICT, "--explain", "--format json",
                    Label.of("说明为文本；JSON 报告已含每一项的计算过程（trace）",
                            "an explanation is text; the JSON report already holds every trace"));
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Scheme> read = CliFiles.readScheme(scheme, language, out);
        Optional<OrgDirectory> directory = CliFiles.readOrgs(orgs, language, out);
        Optional<Evidence> records = CliFiles.readEvidence(evidence, language, out);
        if (read.isEmpty() || directory.isEmpty() || records.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Periods.Judged> judged = Periods.judged(period, asOf, read, language, err);
        if (judged.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Evaluator evaluator = Evaluator.of(read.get()).parallel(true);
        Report report = (lean ? evaluator.lean() : evaluator)
                .evaluate(directory.get(), records.get(), judged.get().period(), judged.get().asOf());
        Optional<Scorecard> explained = Optional.empty();
        if (explain != null) {
            explained = lean ? evaluator.explain(directory.get(), records.get(), judged.get().period(),
                    judged.get().asOf(), explain)
                    : report.scorecards().stream().filter(card -> card.subject().equals(explain)).findFirst();
            if (explained.isEmpty()) {
                CliProblems.option(err, language, CliProblems.OPTION_EXPLAIN, explain, read.get().id());
                return ExitCodes.INVALID_INPUT;
            }
        }
        if (strict && !report.unused().isEmpty()) {
            for (UnusedRecord unused : report.unused()) {
                out.println(Violation.of("$.evidence[?@.id=='" + unused.record() + "']", CliProblems.STRICT_UNUSED, unused.record(),
                        new Violation.Verbatim(language == Language.ZH ? unused.reasonZh() : unused.reason()))
                        .line(language));
            }
            out.flush();
            return ExitCodes.INVALID_INPUT;
        }
        if (format == Output.JSON) {
            out.print(ReportFormat.write(report));
            out.flush();
            return ExitCodes.OK;
        }
        ReportTable table = new ReportTable(report, directory.get(), read.get(), language);
        table.all(out);
        out.println();
        table.gradeCounts(out);
        printProblems(report, language, out);
        if (explained.isPresent()) {
            out.println();
            out.print(Explanation.of(read.get(), explained.get()).text(language));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The unused records and failed items, as the table's footer. */
    static void printProblems(Report report, Language language, PrintWriter out) {
        boolean zh = language == Language.ZH;
        out.printf(Locale.ROOT, zh ? "未使用的记录：%,d%n" : "Unused records: %,d%n", report.unused().size());
        for (UnusedRecord unused : report.unused().subList(0, Math.min(LISTED, report.unused().size()))) {
            out.println("  " + unused.record() + ": " + (zh ? unused.reasonZh() : unused.reason()));
        }
        if (report.unused().size() > LISTED) {
            out.printf(Locale.ROOT, zh ? "  ……另有 %,d 条，见 --format json%n" : "  … and %,d more: see --format json%n",
                    report.unused().size() - LISTED);
        }
        out.printf(Locale.ROOT, zh ? "评分失败的评价内容：%,d%n" : "Failed items: %,d%n", report.errors().size());
        for (ItemError error : report.errors()) {
            out.println("  " + error.subject() + " / " + error.item() + ": " + (zh ? error.messageZh() : error.message()));
        }
    }
}
