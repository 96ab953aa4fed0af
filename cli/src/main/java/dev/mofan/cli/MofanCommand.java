package dev.mofan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code mofan} command; its subcommands do the work. */
@Command(name = "mofan",
        mixinStandardHelpOptions = true,
        versionProvider = MofanCommand.Version.class,
        description = "Build and assess 模范机关 (model government organs): organisation trees, assessment schemes, "
                + "exact and explainable scores.",
        subcommands = {SampleCommand.class, ValidateCommand.class, SchemeCommand.class, EvaluateCommand.class,
            RankCommand.class, ReviewCommand.class, TasksCommand.class, LedgerCommand.class, ComplianceCommand.class,
            AnalysisCommands.AhpCommand.class, AnalysisCommands.EntropyCommand.class,
            AnalysisCommands.TopsisCommand.class, AnalysisCommands.FuzzyCommand.class, SchemaCommand.class, DemoCommand.class,
            HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  internal error (a bug: please report it)",
            "  2  invalid input: one line per problem, starting with its JSON path"})
final class MofanCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version written into the jar at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = MofanCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"mofan " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
