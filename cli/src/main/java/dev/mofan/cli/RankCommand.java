package dev.mofan.cli;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mofan rank}: reports of consecutive periods in, the race of the last one out, ranked
 * against the ones before it (movement, streaks) with the scheme's peer groups and quotas.
 */
@Command(name = "rank",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "Rank the last of several reports (JSON, as evaluate --format json writes them) against the "
                + "reports of the periods right before it, oldest first: each peer group's race (赛马比拼) with rank, "
                + "movement, percentile, final grade after quotas and flags (leader, laggard, streaks).")
final class RankCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scheme", required = true, paramLabel = "ID|FILE", description = "The scheme of the reports.")
    private String scheme;

    @Option(names = "--orgs", required = true, paramLabel = "FILE", description = "The org file the reports are of.")
    private Path orgs;

    @Option(names = "--report", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Reports of consecutive periods, oldest first; the last is ranked.")
    private List<Path> reports;

    @Option(names = "--peer-group", paramLabel = "NAME", description = "Only this peer group.")
    private String peerGroup;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json: the last report with its rankings, only --peer-group's if given "
                    + "(default: ${DEFAULT-VALUE}).")
    private EvaluateCommand.Output format;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = lang.language;
        Optional<Scheme> read = CliFiles.readScheme(scheme, language, out);
        Optional<OrgDirectory> directory = CliFiles.readOrgs(orgs, language, out);
        List<Report> given = new ArrayList<>();
        boolean valid = read.isPresent() && directory.isPresent();
        for (Path file : reports) {
            // Each file's problems name the file: the same path can be wrong in several of them.
            Optional<Report> report = CliFiles.read(file, ReportFormat::read, language, out, file + ": ");
            report.ifPresent(given::add);
            valid &= report.isPresent();
        }
        if (!valid) {
            return ExitCodes.INVALID_INPUT;
        }
        Optional<PeerGroup> only = Optional.empty();
        if (peerGroup != null) {
            only = read.get().peerGroups().stream().filter(g -> g.id().equals(peerGroup)).findFirst();
            if (only.isEmpty()) {
                CliProblems.option(err, language, CliProblems.OPTION_PEER_GROUP, peerGroup, read.get().id(),
                        new Violation.Verbatim(String.join(", ", read.get().peerGroups().stream()
                                .map(PeerGroup::id).toList())));
                return ExitCodes.INVALID_INPUT;
            }
        }
        Report last = given.get(given.size() - 1);
        Report ranked;
        try {
            ranked = Evaluator.of(read.get()).rank(directory.get(), last, given.subList(0, given.size() - 1));
        } catch (ValidationException e) {
            e.violations().forEach(v -> out.println(v.line(language)));
            out.flush();
            return ExitCodes.INVALID_INPUT;
        }
        if (format == EvaluateCommand.Output.JSON) {
            if (only.isPresent()) {
                String id = only.get().id();
                ranked = new Report(ranked.fingerprint(), ranked.schemeId(), ranked.schemeVersion(), ranked.weights(),
                        ranked.period(), ranked.asOf(), ranked.scorecards(), ranked.rollups(), ranked.unranked(),
                        ranked.rankings().stream().filter(r -> r.peerGroup().equals(id)).toList(), ranked.unused(),
                        ranked.errors());
            }
            out.print(ReportFormat.write(ranked));
            out.flush();
            return ExitCodes.OK;
        }
        ReportTable table = new ReportTable(ranked, directory.get(), read.get(), language);
        boolean zh = language == Language.ZH;
        for (PeerGroup group : read.get().peerGroups()) {
            if (only.isPresent() && !only.get().equals(group)) {
                continue;
            }
            List<Ranking> rows = ranked.rankings().stream().filter(r -> r.peerGroup().equals(group.id())).toList();
            String name = group.name().isEmpty() ? group.id() : group.id() + " " + group.name().text(language);
            Optional<String> partition = Optional.of("\u0000");
            for (Ranking row : rows) {
                if (!row.partition().equals(partition)) {
                    partition = row.partition();
                    out.println();
                    out.println(name + partition.map(p -> zh ? "（" + p + "）" : " (" + p + ")").orElse("")
                            + (zh ? "，" : ", ") + ranked.period());
                    table.raceHeader(out, group);
                }
                table.raceRow(out, row);
            }
            if (!group.quotas().isEmpty()) {
                out.println();
                table.finalGradeCounts(out, rows);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
