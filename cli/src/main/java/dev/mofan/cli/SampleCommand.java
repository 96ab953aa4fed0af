package dev.mofan.cli;

import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
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
                + "every rule, bonus, deduction, veto, missing evidence and a correction. The same bytes every time.")
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
            description = "The period the evidence is for (default: ${DEFAULT-VALUE}).")
    private String period;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String option : new String[] {"--scheme", "--period"}) {
            if (evidence == null && spec.commandLine().getParseResult().hasMatchedOption(option)) {
                CliProblems.option(err, lang.language, CliProblems.OPTION_NEEDS, option, "--evidence FILE");
                return ExitCodes.INVALID_INPUT;
            }
        }
        if (!CliFiles.writable(orgs, lang.language, out) || evidence != null && !CliFiles.writable(evidence,
                lang.language, out)) {
            return ExitCodes.INVALID_INPUT;
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
        out.flush();
        return ExitCodes.OK;
    }
}
