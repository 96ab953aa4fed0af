package dev.mofan.cli;

import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mofan scheme list|show}: the bundled schemes, and any scheme in its canonical form. */
@Command(name = "scheme",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "List the bundled assessment schemes (指标体系) or show one.",
        subcommands = {SchemeCommand.ListSchemes.class, SchemeCommand.ShowScheme.class})
final class SchemeCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code mofan scheme list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "List the bundled schemes: id, version, period, dimensions, indicators, items and name.")
    static final class ListSchemes implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (String id : BundledSchemes.IDS) {
                Scheme scheme = BundledSchemes.get(id);
                int indicators = 0;
                int items = 0;
                for (Dimension dimension : scheme.dimensions()) {
                    indicators += dimension.indicators().size();
                    for (Indicator indicator : dimension.indicators()) {
                        items += indicator.items().size();
                    }
                }
                boolean zh = lang.language == Language.ZH;
                String shape = String.format(Locale.ROOT, zh ? "%d 个维度、%d 项指标、%d 项评价内容"
                        : "%d dimensions, %d indicators, %d items", scheme.dimensions().size(), indicators, items);
                String kind = scheme.composite() ? scheme.parts().size() + (zh ? " 个加权组成部分" : " weighted parts")
                        : scheme.openEnded() ? (zh ? "积分制，不设满分" : "open-ended")
                        : (zh ? "满分 " : "max ") + scheme.maxPoints().orElseThrow().toPlainString();
                out.println(ProvinceSummary.pad(scheme.id(), 21) + ProvinceSummary.pad(scheme.version(), 9)
                        + ProvinceSummary.pad(scheme.period().id(), 10) + ProvinceSummary.pad(shape, 41)
                        + ProvinceSummary.pad(kind, 19) + scheme.name().text(lang.language));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code mofan scheme show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "Print a scheme in its canonical form (weights already turned into maxima are shown as "
                    + "weights; most defaults left out).")
    static final class ShowScheme implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID|FILE", description = "A bundled scheme's id or a scheme file.")
        private String scheme;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
                description = "json or yaml (default: ${DEFAULT-VALUE}).")
        private Syntax format;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<Scheme> read = CliFiles.readScheme(scheme, lang.language, out);
            if (read.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            out.print(SchemeFormat.ofDefaults().write(read.get(), format));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
