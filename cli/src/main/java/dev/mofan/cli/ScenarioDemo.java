package dev.mofan.cli;

import dev.mofan.core.campaign.Campaign;
import dev.mofan.core.campaign.CampaignRound;
import dev.mofan.core.campaign.CampaignRun;
import dev.mofan.core.designation.FinalGrades;
import dev.mofan.core.designation.ReviewAction;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.Explanation;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterEntry;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.designation.Register;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.DesignationRule;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code mofan demo --scenario ID}: a bundled scenario run as a campaign on the sample province
 * with its sample evidence, and what a committee reads from it: period by period, the grades and
 * the review's actions; then for the last period the race table, streak warnings, roll-ups, the
 * named units, the review's actions with their reasons, the task catalogues and one explained
 * scorecard. Generic: everything it prints comes from the scenario's data and the run.
 */
final class ScenarioDemo {

    private static final int TOP = 10;
    private static final int BOTTOM = 5;
    private static final int ACTIONS_SHOWN = 8;
    /** The actions that close an entry. */
    private static final Set<RegisterAction> CLOSING = EnumSet.of(RegisterAction.REVOKE, RegisterAction.EXPIRE,
            RegisterAction.DROP, RegisterAction.ACCEPT);

    private final Scenario scenario;
    private final OrgDirectory province;
    private final Language language;
    private final boolean zh;
    private final PrintWriter out;
    private final Campaign campaign;
    private final Map<String, Scheme> schemes = new LinkedHashMap<>();

    ScenarioDemo(Scenario scenario, OrgDirectory province, Language language, PrintWriter out) {
        this.scenario = scenario;
        this.province = province;
        this.language = language;
        this.zh = language == Language.ZH;
        this.out = out;
        this.campaign = scenario.campaign();
        campaign.schemes().forEach(scheme -> schemes.put(scheme.id(), scheme));
    }

    /** Runs the scenario and prints it. */
    void run() {
        // Lean: twelve quarters or three years of reports are kept for roll-ups and reviews; the one
        // scorecard explained is scored again with its trace.
        CampaignRun run = campaign.parallel(true).lean()
                .run(province, scenario.periods(), (scheme, period) -> scenario.sample(scheme, province, period),
                        Register.EMPTY);
        Scheme shown = schemes.get(scenario.show());
        CampaignRound last = run.last();
        heading(run);
        rounds(run);
        race(shown, last.report(shown.id()));
        rollups(shown, last.report(shown.id()));
        named(run);
        actions(last);
        catalogues();
        explained(shown, last);
        out.flush();
    }

    private void heading(CampaignRun run) {
        List<String> periods = scenario.periods().stream().map(p -> p.text()).toList();
        String span = periods.get(0) + " – " + periods.get(periods.size() - 1);
        out.println(zh ? "mofan 演示 · 场景 " + scenario.id() + "：" + scenario.name().text(language)
                : "mofan demo · scenario " + scenario.id() + ": " + scenario.name().text(language));
        out.println((zh ? "依据：" : "Source: ") + scenario.source().text(language));
        out.println((zh ? "方案（按此顺序复查）：" : "Schemes (reviewed in this order): ") + String.join(", ", scenario.schemes()));
        out.printf(Locale.ROOT, zh ? "期间：%s，共 %d 期；示范省 %,d 个组织、%,d 个处室，样例佐证%n"
                : "Periods: %s, %d in all; the sample province, %,d orgs and %,d divisions, with sample evidence%n",
                span, periods.size(), province.tree().size(), province.divisions().size());
        if (!scenario.committee().isEmpty()) {
            List<String> limits = new ArrayList<>();
            new TreeMap<>(scenario.committee()).forEach((id, n) -> limits.add(ruleName(id) + " ≤ " + n));
            out.println((zh ? "工委命名名额（每期）：" : "The committee names at most (each period): ")
                    + String.join(zh ? "；" : "; ", limits));
        }
        out.println();
    }

    /** One line per period and scheme: final grades and the review's actions counted. */
    private void rounds(CampaignRun run) {
        out.println(zh ? "逐期结果（最终等次；复查与命名）" : "Period by period (final grades; review and naming)");
        for (CampaignRound round : run.rounds()) {
            for (Report report : round.reports()) {
                Scheme scheme = schemes.get(report.schemeId());
                String counted = new ReportTable(report, province, scheme, language)
                        .counted(List.copyOf(FinalGrades.of(scheme, report).values()));
                Map<String, Integer> actions = new LinkedHashMap<>();
                for (ReviewAction action : round.actions()) {
                    if (scheme.designation(action.kind()).isPresent()) {
                        actions.merge(action.action().label().text(language), 1, Integer::sum);
                    }
                }
                List<String> acted = new ArrayList<>();
                actions.forEach((action, n) -> acted.add(action + " " + n));
                out.println("  " + ProvinceSummary.pad(round.period().text(), 9) + ProvinceSummary.pad(scheme.id(), 20)
                        + counted.strip()
                        + (acted.isEmpty() ? "" : (zh ? "  | 复查：" : "  | review: ") + String.join(zh ? "，" : ", ", acted)));
            }
        }
        out.println();
    }

    /** The first whole-group ranking of the shown scheme: first and last places, streak flags, final grades. */
    private void race(Scheme scheme, Report report) {
        Optional<PeerGroup> race = scheme.peerGroups().stream()
                .filter(g -> g.within() == PeerGroup.Within.ALL && g.rollup().isEmpty()).findFirst();
        if (race.isEmpty()) {
            return;
        }
        ReportTable table = new ReportTable(report, province, scheme, language);
        List<Ranking> rows = report.rankings().stream().filter(r -> r.peerGroup().equals(race.get().id())).toList();
        String name = race.get().name().isEmpty() ? race.get().id() : race.get().name().text(language);
        out.println(zh ? name + "（" + report.period() + "）：前 " + TOP + " 名"
                : name + " (" + report.period() + "): the first " + TOP);
        table.raceHeader(out, race.get());
        rows.subList(0, Math.min(TOP, rows.size())).forEach(r -> table.raceRow(out, r));
        out.println(zh ? "……后 " + BOTTOM + " 名" : "… the last " + BOTTOM);
        rows.subList(Math.max(0, rows.size() - BOTTOM), rows.size()).forEach(r -> table.raceRow(out, r));
        Map<String, List<String>> streaks = new TreeMap<>();
        for (Ranking row : rows) {
            row.flags().stream().filter(f -> !f.equals("leader") && !f.equals("laggard"))
                    .forEach(f -> streaks.computeIfAbsent(f, k -> new ArrayList<>()).add(row.subject()));
        }
        streaks.forEach((flag, subjects) -> out.println((zh ? "连续标记 " : "Streak flag ") + flag + (zh ? "：" : ": ")
                + subjects.size() + " — " + String.join(", ", subjects.subList(0, Math.min(TOP, subjects.size())))
                + (subjects.size() > TOP ? " …" : "")));
        table.finalGradeCounts(out, rows);
        out.println();
    }

    /** The period roll-ups computed in the last period (the year of four quarters, 三年一总评). */
    private void rollups(Scheme scheme, Report report) {
        for (var rollup : scheme.rollups()) {
            if (!(rollup instanceof PeriodRollup)) {
                continue;
            }
            List<RollupScore> scores = report.rollups().stream().filter(r -> r.id().equals(rollup.id())).toList();
            if (scores.isEmpty()) {
                continue;
            }
            Label name = rollup.name();
            ReportTable table = new ReportTable(report, province, scheme, language);
            String counted = table.counted(scores.stream().map(RollupScore::grade).toList());
            out.println((name.isEmpty() ? rollup.id() : name.text(language))
                    + (zh ? "（" + scores.get(0).period() + "）：" : " (" + scores.get(0).period() + "):")
                    + counted);
            // The best grades first (a vetoed year can fail a high total), then the highest totals.
            List<String> bands = scheme.grades().stream().map(band -> band.id()).toList();
            List<RollupScore> best = scores.stream().filter(s -> s.total().isPresent())
                    .sorted(Comparator.comparing((RollupScore s) -> s.grade().map(bands::indexOf).orElse(bands.size()))
                            .thenComparing(s -> s.total().get(), Comparator.reverseOrder())
                            .thenComparing(RollupScore::subject))
                    .limit(BOTTOM).toList();
            for (RollupScore score : best) {
                out.println("  " + ProvinceSummary.pad(score.subject(), 16)
                        + ProvinceSummary.pad(score.total().get().toPlainString(), 9)
                        + ProvinceSummary.pad(score.grade().map(table::gradeName).orElse("—"), 10)
                        + subjectName(score.subject()));
            }
            out.println();
        }
    }

    /** Who holds each designation at the end, and how many were named in each period. */
    private void named(CampaignRun run) {
        Register register = run.register();
        for (Scheme scheme : schemes.values()) {
            for (DesignationRule rule : scheme.designations()) {
                List<RegisterEntry> holding = register.entries().stream()
                        .filter(e -> e.kind().equals(rule.id()) && e.state().open()).toList();
                Map<RegisterState, Integer> states = new TreeMap<>();
                holding.forEach(e -> states.merge(e.state(), 1, Integer::sum));
                List<String> perPeriod = new ArrayList<>();
                for (CampaignRound round : run.rounds()) {
                    long named = round.actions().stream().filter(a -> a.kind().equals(rule.id())
                            && (a.action() == RegisterAction.NAME || a.action() == RegisterAction.IDENTIFY)).count();
                    long closed = round.actions().stream().filter(a -> a.kind().equals(rule.id())
                            && CLOSING.contains(a.action())).count();
                    if (named + closed > 0) {
                        perPeriod.add(round.period().text() + (zh ? " 命名/认定 " : " named/identified ") + named
                                + (closed > 0 ? (zh ? "，撤销/期满/不予命名/销号 " : ", revoked/expired/dropped/closed ")
                                        + closed : ""));
                    }
                }
                List<String> counted = new ArrayList<>();
                states.forEach((state, n) -> counted.add(state.label().text(language) + " " + n));
                out.println(ruleName(rule.id()) + (zh ? "：期末台账 " : ": at the end ")
                        + (counted.isEmpty() ? (zh ? "无" : "none") : String.join(", ", counted))
                        + (perPeriod.isEmpty() ? "" : (zh ? "（" : " (") + String.join("; ", perPeriod)
                                + (zh ? "）" : ")")));
                List<String> named = holding.stream().filter(e -> e.state() == RegisterState.NAMED)
                        .map(RegisterEntry::subject).sorted().toList();
                if (!named.isEmpty()) {
                    out.println("  " + String.join(", ", named.subList(0, Math.min(TOP, named.size())))
                            + (named.size() > TOP ? " …" : ""));
                }
            }
        }
        out.println();
    }

    /** The last period's actions: counted, then the weightiest few in full with their reasons. */
    private void actions(CampaignRound last) {
        List<ReviewAction> actions = last.actions();
        out.println(zh ? last.period().text() + " 复查与命名：共 " + actions.size() + " 项；举例（撤销、限期整改、期满、命名在前）："
                : "Review and naming in " + last.period().text() + ": " + actions.size()
                        + " actions; a few of them (revocations, warnings, expiries and namings first):");
        List<RegisterAction> weight = List.of(RegisterAction.REVOKE, RegisterAction.WARN, RegisterAction.EXPIRE,
                RegisterAction.NAME, RegisterAction.IDENTIFY, RegisterAction.RECTIFIED, RegisterAction.DROP);
        List<ReviewAction> shown = new ArrayList<>();
        for (RegisterAction action : weight) {
            actions.stream().filter(a -> a.action() == action).findFirst().ifPresent(shown::add);
        }
        actions.stream().filter(a -> !shown.contains(a)).limit(Math.max(0, ACTIONS_SHOWN - shown.size()))
                .forEach(shown::add);
        for (ReviewAction action : shown.subList(0, Math.min(ACTIONS_SHOWN, shown.size()))) {
            ReviewCommand.printAction(out, action, rule(action.kind()).map(DesignationRule::name).orElse(Label.NONE),
                    province, language);
        }
        out.println();
    }

    private void catalogues() {
        for (String id : scenario.catalogues()) {
            TaskCatalogue catalogue = BundledTaskCatalogues.get(id);
            out.println((zh ? "任务清单 " : "Task catalogue ") + id + ": " + catalogue.name().text(language) + (zh ? "，"
                    : ", ") + catalogue.tasks().size() + (zh ? " 项；首项：" : " tasks; the first: ")
                    + catalogue.tasks().get(0).title().text(language));
        }
        if (!scenario.catalogues().isEmpty()) {
            out.println((zh ? "查看：" : "See them: ") + "java -jar cli/target/mofan.jar tasks list --catalogue "
                    + scenario.catalogues().get(0));
            out.println();
        }
    }

    /**
     * One scorecard explained: a subject the last review of the shown scheme revoked or warned,
     * else a vetoed one, else the first complete one.
     */
    private void explained(Scheme scheme, CampaignRound last) {
        Report report = last.report(scheme.id());
        Map<String, Scorecard> cards = new LinkedHashMap<>();
        report.scorecards().forEach(c -> cards.put(c.subject(), c));
        Optional<Scorecard> chosen = last.actions().stream()
                .filter(a -> scheme.designation(a.kind()).isPresent())
                .filter(a -> a.action() == RegisterAction.REVOKE || a.action() == RegisterAction.WARN)
                .map(a -> cards.get(a.subject())).filter(c -> c != null).findFirst()
                .or(() -> report.scorecards().stream().filter(Scorecard::vetoed).findFirst())
                .or(() -> report.scorecards().stream().filter(c -> !c.incomplete()).findFirst());
        chosen.flatMap(card -> Evaluator.of(scheme).explain(province, scenario.sample(scheme, province, last.period()),
                last.period(), card.subject())).ifPresent(card -> {
                    out.println(zh ? "一个考评对象的得分说明（" + card.subject() + "，" + report.period() + "）"
                            : "One scorecard explained (" + card.subject() + ", " + report.period() + ")");
                    out.print(Explanation.of(scheme, card).text(language));
                });
    }

    private Optional<DesignationRule> rule(String id) {
        return schemes.values().stream().flatMap(s -> s.designation(id).stream()).findFirst();
    }

    private String ruleName(String id) {
        return rule(id).map(r -> r.name().isEmpty() ? id : r.name().text(language) + " (" + id + ")").orElse(id);
    }

    private String subjectName(String subject) {
        return province.subject(subject).map(s -> s.name().text(language)).orElse("");
    }
}
