package dev.mofan.cli;

import dev.mofan.model.directory.OrgDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mofan validate}: checks an org file and reports every problem. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check an org file (JSON, or YAML if named .yaml/.yml) and report every problem at once. "
                + "Prints 'valid: N orgs' and exits 0, or one line per problem, starting with its JSON path, "
                + "and exits 2.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--orgs", required = true, paramLabel = "FILE", description = "The org file to check.")
    private Path orgs;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<OrgDirectory> directory = OrgFiles.readOrgs(orgs, lang.language, out);
        if (directory.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        out.println("valid: " + directory.get().tree().size() + " orgs");
        out.flush();
        return ExitCodes.OK;
    }
}
