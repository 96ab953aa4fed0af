package dev.mofan.cli;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.Explanation;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.ReportFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import dev.mofan.model.text.Term;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mofan demo}: the sample province and sample evidence scored with a bundled scheme
 * ({@code five-type-organ} by default): a ranked table of units (or branches, for a branch
 * scheme), grade counts and one subject's explanation; with {@code --format json}, the whole report.
 * With {@code --scenario}, a bundled scenario over several periods ({@link ScenarioDemo}).
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = "Show what mofan does: the bundled sample province (示范省) and its sample evidence for 2025, "
                + "scored with a bundled scheme (default five-type-organ, 五型模范机关; also four-strong-branch, "
                + "star-branch, points-branch, model-division, three-atmospheres, quzhou-index) or a scheme file. Prints the top and bottom units (branches for a "
                + "branch scheme), grade counts, unused records and one explanation; --format json prints the report.")
final class DemoCommand implements Callable<Integer> {

    private static final Period YEAR = Period.year(2026);
    private static final int TOP = 10;
    private static final int BOTTOM = 5;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scheme", paramLabel = "ID|FILE", defaultValue = "five-type-organ",
            description = "The scheme to score the sample with (default: ${DEFAULT-VALUE}).")
    private String schemeId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private EvaluateCommand.Output format;

    @Option(names = "--scenario", paramLabel = "ID",
            description = "Run a working system of the source documents over several periods instead: gansu "
                    + "(五型模范机关, 2024–2026 with naming and review), henan (三个氛围, three annual assessments and the "
                    + "three-year overall one) or quzhou (指数考评, twelve quarters of the race).")
    private String scenarioId;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language language = lang.language;
        boolean zh = language == Language.ZH;
        if (scenarioId != null) {
            return scenario(out, language);
        }
        Optional<Scheme> chosen = CliFiles.readScheme(schemeId, language, out);
        if (chosen.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Scheme scheme = chosen.get();
        OrgDirectoryFormat orgFormat = OrgDirectoryFormat.ofDefaults();
        OrgDirectory generated = SampleProvince.generate();
        String json = orgFormat.write(generated, Syntax.JSON);
        OrgDirectory province = orgFormat.read(json, Syntax.JSON);
        // 2026 for an annual scheme, else its last period in 2026 (2026-Q4 for a quarterly one), scored
        // after the period before it, so that the race shows movement and streaks.
        List<Period> periods = scheme.period() == YEAR.kind() ? List.of(YEAR) : YEAR.split(scheme.period());
        Period period = periods.get(periods.size() - 1);
        Period before = period.previous();
        Evaluator evaluator = Evaluator.of(scheme).parallel(true);
        Report earlier = evaluator.evaluate(province, SampleEvidence.generate(scheme, province, before), before);
        Evidence evidence = SampleEvidence.generate(scheme, province, period);
        Report report = evaluator.evaluate(province, evidence, period, period.end(), List.of(earlier));
        if (format == EvaluateCommand.Output.JSON) {
            out.print(ReportFormat.write(report));
            out.flush();
            return ExitCodes.OK;
        }
        String schemeName = scheme.name().text(language);
        out.println(zh ? "mofan 演示：示范省 × " + (schemeName.isEmpty() ? scheme.id() : schemeName) + "，" + period.text()
                + "（与 " + before.text() + " 比较）"
                : "mofan demo: the sample province 示范省 scored with " + scheme.id()
                        + (schemeName.isEmpty() ? "" : " (" + schemeName + ")") + " for " + period.text()
                        + ", compared with " + before.text());
        out.printf(Locale.ROOT, zh
                ? "组织文档 %,d 字节，经校验读回；%,d 个组织，%,d 条佐证记录，%,d 张评分卡。%n%n"
                : "Org file of %,d bytes read back through the validating loader: %,d orgs; %,d evidence records; "
                        + "%,d scorecards.%n%n",
                json.getBytes(StandardCharsets.UTF_8).length, province.tree().size(), evidence.records().size(),
                report.scorecards().size());
        new ProvinceSummary(province).print(out);
        out.println();
        ReportTable table = new ReportTable(report, province, scheme, language);
        String kind = scheme.subjects().contains(OrgKind.UNIT.id()) ? OrgKind.UNIT.id() : scheme.subjects().get(0);
        String kindName = zh ? Term.find(OrgKind.class, kind).map(k -> k.label().text(Language.ZH)).orElse(kind)
                : plural(Term.find(OrgKind.class, kind).map(k -> k.label().text(Language.EN)).orElse(kind));
        List<ReportTable.Ranked> units = table.ranked(kind);
        // The race of the scheme's first whole-group ranking of this kind, if it declares one.
        Optional<PeerGroup> race = scheme.peerGroups().stream()
                .filter(g -> g.kinds().contains(kind) && g.within() == PeerGroup.Within.ALL).findFirst();
        if (race.isPresent()) {
            List<Ranking> rows = report.rankings().stream().filter(r -> r.peerGroup().equals(race.get().id())).toList();
            String raceName = race.get().name().isEmpty() ? race.get().id() : race.get().name().text(language);
            out.println(zh ? raceName + "：前 " + TOP + " 名" : raceName + ": the first " + TOP);
            table.raceHeader(out, race.get());
            rows.subList(0, Math.min(TOP, rows.size())).forEach(r -> table.raceRow(out, r));
            out.println();
            out.println(zh ? raceName + "：后 " + BOTTOM + " 名" : raceName + ": the last " + BOTTOM);
            table.raceHeader(out, race.get());
            rows.subList(Math.max(0, rows.size() - BOTTOM), rows.size()).forEach(r -> table.raceRow(out, r));
            out.println();
            table.finalGradeCounts(out, rows);
            out.println();
            rolledUp(report, scheme, kind, table, out, language);
        } else {
            out.println(zh ? "得分最高的" + kindName : "Top " + kindName + " by total");
            table.header(out);
            units.subList(0, Math.min(TOP, units.size()))
                    .forEach(r -> table.row(out, String.valueOf(r.rank()), r.card()));
            out.println();
            out.println(zh ? "得分最低的" + kindName : "Bottom " + kindName + " by total");
            table.header(out);
            units.subList(Math.max(0, units.size() - BOTTOM), units.size())
                    .forEach(r -> table.row(out, String.valueOf(r.rank()), r.card()));
            out.println();
        }
        table.gradeCounts(out);
        EvaluateCommand.printProblems(report, language, out);
        out.println();
        // A vetoed subject shows the most; else one whose self-assessment differs from the review.
        Scorecard explained = report.scorecards().stream().filter(c -> c.kind().equals(kind) && c.vetoed())
                .findFirst()
                .or(() -> report.scorecards().stream()
                        .filter(c -> c.kind().equals(kind) && !c.differences().isEmpty()).findFirst())
                .orElse(units.isEmpty() ? report.scorecards().get(0) : units.get(0).card());
        out.println(zh ? "一个考评对象的得分说明（为什么是这个分数？）" : "One subject explained (why this total?)");
        out.print(Explanation.of(scheme, explained).text(language));
        out.println();
        out.println(zh ? "自己动手：" : "Try it yourself:");
        out.println("  java -jar cli/target/mofan.jar sample --orgs province.json --evidence evidence.json --scheme "
                + schemeId + " --period " + period.text());
        out.println("  java -jar cli/target/mofan.jar evaluate --scheme " + schemeId + " --orgs province.json "
                + "--evidence evidence.json --period " + period.text() + " --explain " + explained.subject());
        out.println("  java -jar cli/target/mofan.jar scheme show " + schemeId);
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code --scenario}: a bundled scenario, run and printed by {@link ScenarioDemo}. */
    private int scenario(PrintWriter out, Language language) {
        PrintWriter err = spec.commandLine().getErr();
        if (spec.commandLine().getParseResult().hasMatchedOption("--scheme")
                || spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            CliProblems.option(err, language, CliProblems.OPTION_CONFLICT, "--scenario",
                    spec.commandLine().getParseResult().hasMatchedOption("--scheme") ? "--scheme" : "--format",
                    Label.of("场景自带方案，输出为文本表格；逐期报告请用 mofan evaluate",
                            "a scenario brings its own schemes and prints tables; mofan evaluate gives each period's report"));
            return ExitCodes.INVALID_INPUT;
        }
        Optional<Scenario> scenario = Scenario.find(scenarioId);
        if (scenario.isEmpty()) {
            CliProblems.option(err, language, CliProblems.OPTION_TERM, "--scenario", scenarioId,
                    String.join(", ", Scenario.ids()));
            return ExitCodes.INVALID_INPUT;
        }
        OrgDirectory province = SampleProvince.generate();
        new ScenarioDemo(scenario.get(), province, language, out).run();
        out.println();
        out.println(language == Language.ZH ? "场景说明见 docs/scenarios.md。" : "The scenarios: docs/scenarios.md.");
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The first group ranking a roll-up of {@code kind}, if the scheme declares one: its first
     * places, and the roll-up of the first of them explained step by step.
     */
    private static void rolledUp(Report report, Scheme scheme, String kind, ReportTable table, PrintWriter out,
            Language language) {
        boolean zh = language == Language.ZH;
        Optional<PeerGroup> group = scheme.peerGroups().stream()
                .filter(g -> g.rollup().isPresent() && g.kinds().contains(kind) && g.within() == PeerGroup.Within.ALL)
                .findFirst();
        if (group.isEmpty()) {
            return;
        }
        List<Ranking> rows = report.rankings().stream().filter(r -> r.peerGroup().equals(group.get().id())).toList();
        if (rows.isEmpty()) {
            return;
        }
        String name = group.get().name().isEmpty() ? group.get().id() : group.get().name().text(language);
        out.println(zh ? name + "：前 " + TOP + " 名" : name + ": the first " + TOP);
        table.raceHeader(out, group.get());
        rows.subList(0, Math.min(TOP, rows.size())).forEach(r -> table.raceRow(out, r));
        out.println();
        String rollupId = group.get().rollup().orElseThrow();
        report.rollups().stream().filter(r -> r.id().equals(rollupId) && r.subject().equals(rows.get(0).subject()))
                .findFirst().ifPresent(rollup -> {
                    out.println(zh ? "汇总说明：" + rollup.subject() + " 的 " + rollupId
                            : "Roll-up explained: " + rollupId + " of " + rollup.subject());
                    rollup.trace().forEach(step -> out.println("  " + (zh ? step.zh() : step.en())));
                    out.println();
                });
    }

    /** "branches", "units", "party cells": enough English for the kinds a scheme assesses. */
    private static String plural(String noun) {
        return noun.endsWith("ch") || noun.endsWith("s") ? noun + "es" : noun + "s";
    }
}
