package dev.mofan.cli;

import dev.mofan.core.sample.SampleProvince;
import dev.mofan.model.directory.OrgDirectory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mofan sample}: writes the bundled sample province. */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        description = "Write the bundled sample province (示范省) as an org file: a working committee, about 100 "
                + "units, a few thousand branches, about 50,000 members, divisions (处室) and partnership "
                + "links. The same bytes every time.")
final class SampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--orgs", required = true, paramLabel = "FILE",
            description = "Where to write it: YAML if the name ends in .yaml or .yml, JSON otherwise.")
    private Path orgs;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        OrgDirectory province = SampleProvince.generate();
        if (!OrgFiles.writeOrgs(province, orgs, lang.language, spec.commandLine().getOut())) {
            return ExitCodes.INVALID_INPUT;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d orgs, %d members, %d divisions, %d links%n",
                orgs, province.tree().size(), province.members().size(), province.divisions().size(),
                province.links().size());
        return ExitCodes.OK;
    }
}
