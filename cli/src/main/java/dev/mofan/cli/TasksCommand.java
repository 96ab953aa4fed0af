package dev.mofan.cli;

import dev.mofan.core.format.ResponsibilityFormat;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.core.tasks.Responsibilities;
import dev.mofan.core.tasks.Responsibility;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.DutyLevel;
import dev.mofan.model.task.Task;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import dev.mofan.model.text.Term;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mofan tasks list|duties}: a task catalogue (重点任务) and its responsibility lists (责任清单). */
@Command(name = "tasks",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "List the key tasks (重点任务) of a task catalogue, or the duties of one level of "
                + "responsibility (四级责任清单).",
        subcommands = {TasksCommand.ListTasks.class, TasksCommand.Duties.class})
final class TasksCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code mofan tasks list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "One line per task: id, type in Chinese and English, cadence and title.")
    static final class ListTasks implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--catalogue", paramLabel = "ID|FILE", defaultValue = "five-type-organ",
                description = "A bundled task catalogue or a catalogue file (default: ${DEFAULT-VALUE}).")
        private String catalogue;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<TaskCatalogue> read = CliFiles.readCatalogue(catalogue, lang.language, out);
            if (read.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            Optional<Scheme> scheme = read.get().scheme().flatMap(BundledSchemes::find);
            for (Task task : read.get().tasks()) {
                Label type = scheme.flatMap(s -> s.dimensions().stream().filter(d -> d.id().equals(task.type()))
                        .findFirst()).map(Dimension::name).orElse(Label.NONE);
                String typeName = type.isEmpty() ? "" : type.zh().orElse("") + " " + type.en().orElse("");
                out.println(ProvinceSummary.pad(task.id(), 30) + ProvinceSummary.pad(task.type(), 12)
                        + ProvinceSummary.pad(typeName.strip(), 34)
                        + ProvinceSummary.pad(task.cadence().label().text(lang.language), 12)
                        + task.title().text(lang.language));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code mofan tasks duties}. */
    @Command(name = "duties", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "The responsibility list (责任清单) of one level: every duty of the level once, or with "
                    + "--org, once for each holder in that org's subtree (party groups, organ committees, branches, "
                    + "or the members of its branches). As a table, JSON, or CSV (UTF-8 with a byte-order mark, for "
                    + "spreadsheets).")
    static final class Duties implements Callable<Integer> {

        enum Output { TABLE, JSON, CSV }

        @Spec
        private CommandSpec spec;

        @Option(names = "--level", required = true, paramLabel = "LEVEL",
                description = "party-group, organ-committee, branch or member.")
        private String level;

        @Option(names = "--org", paramLabel = "ID", description = "List the duties of the holders under this org.")
        private String org;

        @Option(names = "--orgs", paramLabel = "FILE", description = "The org file (with --org).")
        private Path orgs;

        @Option(names = "--catalogue", paramLabel = "ID|FILE", defaultValue = "five-type-organ",
                description = "A bundled task catalogue or a catalogue file (default: ${DEFAULT-VALUE}).")
        private String catalogue;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, json or csv (default: ${DEFAULT-VALUE}).")
        private Output format;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<DutyLevel> chosen = Term.find(DutyLevel.class, level);
            if (chosen.isEmpty()) {
                CliProblems.option(err, lang.language, CliProblems.OPTION_LEVEL, level, Term.ids(DutyLevel.class));
                return ExitCodes.INVALID_INPUT;
            }
            if ((org == null) != (orgs == null)) {
                CliProblems.option(err, lang.language, CliProblems.OPTION_NEEDS, org == null ? "--orgs" : "--org",
                        org == null ? "--org ID" : "--orgs FILE");
                return ExitCodes.INVALID_INPUT;
            }
            Optional<TaskCatalogue> read = CliFiles.readCatalogue(catalogue, lang.language, out);
            if (read.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            List<Responsibility> lines;
            if (org == null) {
                lines = Responsibilities.of(read.get(), chosen.get());
            } else {
                Optional<OrgDirectory> directory = CliFiles.readOrgs(orgs, lang.language, out);
                if (directory.isEmpty()) {
                    return ExitCodes.INVALID_INPUT;
                }
                if (!directory.get().tree().contains(org)) {
                    CliProblems.option(err, lang.language, CliProblems.OPTION_ORG, org, orgs.toString());
                    return ExitCodes.INVALID_INPUT;
                }
                lines = Responsibilities.of(read.get(), chosen.get(), directory.get(), org);
            }
            switch (format) {
                case JSON -> out.print(ResponsibilityFormat.json(read.get(), chosen.get(), Optional.ofNullable(org),
                        lines));
                case CSV -> out.print(ResponsibilityFormat.csv(lines));
                default -> table(out, lines);
            }
            out.flush();
            return ExitCodes.OK;
        }

        private void table(PrintWriter out, List<Responsibility> lines) {
            Language language = lang.language;
            boolean zh = language == Language.ZH;
            out.println(ProvinceSummary.pad(zh ? "责任主体" : "holder", 16) + ProvinceSummary.pad(zh ? "任务" : "task", 30)
                    + ProvinceSummary.pad(zh ? "频次" : "cadence", 12) + (zh ? "职责" : "duty"));
            for (Responsibility line : lines) {
                out.println(ProvinceSummary.pad(line.holder().orElse("—"), 16)
                        + ProvinceSummary.pad(line.task().id(), 30)
                        + ProvinceSummary.pad(line.task().cadence().label().text(language), 12)
                        + line.duty().text().text(language));
            }
        }
    }
}
