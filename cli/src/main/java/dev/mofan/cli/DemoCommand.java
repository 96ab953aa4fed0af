package dev.mofan.cli;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.Explanation;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mofan demo}: the sample province and sample evidence scored with the bundled
 * {@code five-type-organ} scheme: a ranked table of units, grade counts and one unit's
 * explanation; with {@code --format json}, the whole report.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "Show what mofan does: the bundled sample province (示范省) and its sample evidence for 2025, "
                + "scored with the bundled five-type-organ scheme (五型模范机关). Prints the top and bottom units, "
                + "grade counts, unused records and one unit's explanation; --format json prints the report.")
final class DemoCommand implements Callable<Integer> {

    private static final Period YEAR = Period.year(2025);
    private static final int TOP = 10;
    private static final int BOTTOM = 5;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private EvaluateCommand.Output format;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language language = lang.language;
        boolean zh = language == Language.ZH;
        OrgDirectoryFormat orgFormat = OrgDirectoryFormat.ofDefaults();
        OrgDirectory generated = SampleProvince.generate();
        String json = orgFormat.write(generated, Syntax.JSON);
        OrgDirectory province = orgFormat.read(json, Syntax.JSON);
        Scheme scheme = BundledSchemes.get("five-type-organ");
        Evidence evidence = SampleEvidence.generate(scheme, province, YEAR);
        Report report = Evaluator.of(scheme).parallel(true).evaluate(province, evidence, YEAR);
        if (format == EvaluateCommand.Output.JSON) {
            out.print(ReportFormat.write(report));
            out.flush();
            return ExitCodes.OK;
        }
        out.println(zh ? "mofan 演示：示范省 × 五型模范机关考评方案（2025 年度）"
                : "mofan demo: the sample province 示范省 scored with five-type-organ 五型模范机关 for 2025");
        out.printf(Locale.ROOT, zh
                ? "组织文档 %,d 字节，经校验读回；%,d 个组织，%,d 条佐证记录，%,d 张评分卡（单位和党支部）。%n%n"
                : "Org file of %,d bytes read back through the validating loader: %,d orgs; %,d evidence records; "
                        + "%,d scorecards (units and branches).%n%n",
                json.getBytes(StandardCharsets.UTF_8).length, province.tree().size(), evidence.records().size(),
                report.scorecards().size());
        new ProvinceSummary(province).print(out);
        out.println();
        ReportTable table = new ReportTable(report, province, scheme, language);
        List<ReportTable.Ranked> units = table.ranked(OrgKind.UNIT.id());
        out.println(zh ? "得分最高的单位" : "Top units by total");
        table.header(out);
        units.subList(0, Math.min(TOP, units.size())).forEach(r -> table.row(out, String.valueOf(r.rank()), r.card()));
        out.println();
        out.println(zh ? "得分最低的单位" : "Bottom units by total");
        table.header(out);
        units.subList(Math.max(0, units.size() - BOTTOM), units.size())
                .forEach(r -> table.row(out, String.valueOf(r.rank()), r.card()));
        out.println();
        table.gradeCounts(out);
        EvaluateCommand.printProblems(report, language, out);
        out.println();
        Scorecard explained = report.scorecards().stream()
                .filter(c -> c.kind().equals(OrgKind.UNIT.id()) && c.vetoed()).findFirst()
                .orElse(units.isEmpty() ? report.scorecards().get(0) : units.get(0).card());
        out.println(zh ? "一个单位的得分说明（为什么是这个分数？）" : "One unit explained (why this total?)");
        out.print(Explanation.of(scheme, explained).text(language));
        out.println();
        out.println(zh ? "自己动手：" : "Try it yourself:");
        out.println("  java -jar cli/target/mofan.jar sample --orgs province.json --evidence evidence.json");
        out.println("  java -jar cli/target/mofan.jar evaluate --scheme five-type-organ --orgs province.json "
                + "--evidence evidence.json --period 2025 --explain " + explained.subject());
        out.println("  java -jar cli/target/mofan.jar scheme show five-type-organ");
        out.flush();
        return ExitCodes.OK;
    }
}
