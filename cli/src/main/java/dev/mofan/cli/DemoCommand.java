package dev.mofan.cli;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.model.directory.OrgDirectory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mofan demo}: generates the sample province, writes it as JSON, reads it back through
 * the validating loader and summarises it. Grows with the library: each capability adds its part.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = "Show what mofan does on the bundled sample province: write it as an org file, read it back"
                + " through the validating loader, and summarise it (orgs by kind, depth, members, divisions,"
                + " links).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        OrgDirectoryFormat format = OrgDirectoryFormat.ofDefaults();
        OrgDirectory generated = SampleProvince.generate();
        String json = format.write(generated, Syntax.JSON);
        OrgDirectory loaded = format.read(json, Syntax.JSON);
        if (!loaded.equals(generated)) {
            throw new IllegalStateException("The sample province did not survive its own round trip");
        }
        out.println("mofan demo: the bundled sample province 示范省");
        out.printf(Locale.ROOT, "Written as JSON (%,d bytes), read back through the validating loader: valid, "
                + "and equal to what was written.%n%n", json.getBytes(StandardCharsets.UTF_8).length);
        new ProvinceSummary(loaded).print(out);
        out.println();
        out.println("Next: write the sample to a file and validate it yourself (add --lang zh for Chinese messages):");
        out.println("  java -jar cli/target/mofan.jar sample --orgs province.json");
        out.println("  java -jar cli/target/mofan.jar validate --orgs province.json");
        out.flush();
        return ExitCodes.OK;
    }
}
