package dev.mofan.cli;

import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Scheme;
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

/** {@code mofan validate}: checks an org file, a scheme and evidence, reporting every problem and lint warning. */
@Command(name = "validate",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "Check an org file, a scheme and/or an evidence file (JSON, or YAML if named .yaml/.yml) and "
                + "report every problem at once: one line per problem, starting with its JSON path, and exit 2. "
                + "Valid inputs print 'valid: …' and lint warnings ('warning: …': maxima no evidence can reach, "
                + "keys nothing reads, evidence for undeclared keys or unknown subjects) and exit 0.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--orgs", paramLabel = "FILE", description = "An org file to check.")
    private Path orgs;

    @Option(names = "--scheme", paramLabel = "ID|FILE", description = "A bundled scheme or a scheme file to check.")
    private String scheme;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "An evidence file to check against --scheme and --orgs (both required with it).")
    private Path evidence;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (orgs == null && scheme == null) {
            CliProblems.option(err, lang.language, CliProblems.OPTION_NEEDS, "validate", "--orgs FILE / --scheme ID|FILE");
            return ExitCodes.INVALID_INPUT;
        }
        if (evidence != null && (orgs == null || scheme == null)) {
            CliProblems.option(err, lang.language, CliProblems.OPTION_NEEDS, "--evidence", "--scheme, --orgs");
            return ExitCodes.INVALID_INPUT;
        }
        boolean valid = true;
        Optional<OrgDirectory> directory = Optional.empty();
        if (orgs != null) {
            directory = CliFiles.readOrgs(orgs, lang.language, out);
            valid &= directory.isPresent();
            directory.ifPresent(d -> out.println("valid: " + d.tree().size() + " orgs"));
        }
        Optional<Scheme> checked = Optional.empty();
        if (scheme != null) {
            checked = CliFiles.readScheme(scheme, lang.language, out);
            valid &= checked.isPresent();
            checked.ifPresent(s -> describe(s, out));
        }
        if (evidence != null) {
            Optional<Evidence> records = CliFiles.readEvidence(evidence, lang.language, out);
            valid &= records.isPresent();
            if (records.isPresent() && checked.isPresent() && directory.isPresent()) {
                lintEvidence(records.get(), checked.get(), directory.get(), out);
            }
        }
        out.flush();
        return valid ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private void describe(Scheme scheme, PrintWriter out) {
        int indicators = 0;
        int items = 0;
        for (Dimension dimension : scheme.dimensions()) {
            indicators += dimension.indicators().size();
            items += dimension.indicators().stream().mapToInt(i -> i.items().size()).sum();
        }
        out.printf(Locale.ROOT, "valid: scheme %s %s: %d dimensions, %d indicators, %d items, %d keys%n", scheme.id(),
                scheme.version(), scheme.dimensions().size(), indicators, items, scheme.keys().size());
        for (Violation warning : SchemeFormat.ofDefaults().lint(scheme)) {
            out.println("warning: " + warning.line(lang.language));
        }
    }

    private void lintEvidence(Evidence evidence, Scheme scheme, OrgDirectory directory, PrintWriter out) {
        out.printf(Locale.ROOT, "valid: %d evidence records%n", evidence.records().size());
        for (Violation warning : EvidenceFormat.lint(evidence, scheme, directory)) {
            out.println("warning: " + warning.line(lang.language));
        }
    }
}
