package dev.mofan.core.designation;

import dev.mofan.core.internal.Decimals;
import dev.mofan.model.designation.RegisterEntry;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tests the predicates of designation and weak-organisation rules for a subject over the reports of
 * the reviewed period and the periods before it (SCORING.md, Predicates), and the register's open
 * entries as the review has left them so far, saying in both languages what each test read.
 */
final class Judge {

    /**
     * Whether a predicate holds, and what it read: one line per test, composite predicates as a
     * heading line followed by their parts' lines, indented, each marked ✓ or ✗.
     */
    record Verdict(boolean holds, List<String> en, List<String> zh) {

        Verdict(boolean holds, String en, String zh) {
            this(holds, List.of(en), List.of(zh));
        }

        /** The lines as labels, each cut to what a label may hold. */
        List<Label> labels() {
            List<Label> labels = new ArrayList<>();
            for (int i = 0; i < en.size(); i++) {
                labels.add(Label.of(cut(zh.get(i)), cut(en.get(i))));
            }
            return List.copyOf(labels);
        }

        private static String cut(String text) {
            return text.length() <= Label.MAX_LENGTH ? text : text.substring(0, Label.MAX_LENGTH - 1) + "…";
        }
    }

    private final Scheme scheme;
    private final OrgDirectory directory;
    /** Oldest first; the last is the reviewed period's. */
    private final List<Report> reports;
    private final List<Map<String, Scorecard>> cards = new ArrayList<>();
    private final List<Map<String, Optional<String>>> finalGrades = new ArrayList<>();
    /** The open register entries of a kind, by subject, as the review has left them so far. */
    private final Function<String, Map<String, RegisterEntry>> openOf;

    Judge(Scheme scheme, OrgDirectory directory, List<Report> reports,
            Function<String, Map<String, RegisterEntry>> openOf) {
        this.scheme = scheme;
        this.directory = directory;
        this.reports = reports;
        this.openOf = openOf;
        for (Report report : reports) {
            Map<String, Scorecard> bySubject = new HashMap<>();
            report.scorecards().forEach(card -> bySubject.put(card.subject(), card));
            cards.add(bySubject);
            finalGrades.add(FinalGrades.of(scheme, report));
        }
    }

    /** The subject's scorecard for the reviewed period, if complete. */
    Optional<Scorecard> reviewed(String subject) {
        return Optional.ofNullable(cards.get(cards.size() - 1).get(subject)).filter(card -> !card.incomplete());
    }

    /** Whether the subject was vetoed with effect {@code ineligible} in the reviewed period. */
    Optional<VetoHit> ineligible(String subject) {
        return Optional.ofNullable(cards.get(cards.size() - 1).get(subject)).stream()
                .flatMap(card -> card.vetoes().stream()).filter(hit -> hit.effect().equals("ineligible")).findFirst();
    }

    Verdict test(Predicate predicate, String subject) {
        if (predicate instanceof Predicate.GradeTest test) {
            return grades(test, subject);
        }
        if (predicate instanceof Predicate.ResultTest test) {
            Optional<BigDecimal> value = reviewed(subject).flatMap(card -> figure(card, test.figure()));
            boolean holds = value.isPresent() && test.op().holds(value.get().compareTo(test.value()));
            String shown = value.map(Decimals::text).orElse("none");
            String period = reports.get(reports.size() - 1).period();
            return new Verdict(holds, test.figure() + " " + test.op().symbol() + " " + Decimals.text(test.value()) + " in "
                    + period + " (is " + shown + ")", period + " 年度 " + test.figure() + " " + test.op().symbol() + " "
                    + Decimals.text(test.value()) + "（实际 " + shown + "）");
        }
        if (predicate instanceof Predicate.VetoTest test) {
            return vetoes(test, subject);
        }
        if (predicate instanceof Predicate.DesignationTest test) {
            return designation(test, subject);
        }
        if (predicate instanceof Predicate.Not not) {
            Verdict inner = test(not.negated(), subject);
            return headed(!inner.holds(), "not:", "非：", List.of(inner));
        }
        boolean all = predicate instanceof Predicate.AllOf;
        List<Predicate> parts = all ? ((Predicate.AllOf) predicate).all() : ((Predicate.AnyOf) predicate).any();
        boolean holds = all;
        List<Verdict> verdicts = new ArrayList<>();
        for (Predicate part : parts) {
            Verdict verdict = test(part, subject);
            holds = all ? holds && verdict.holds() : holds || verdict.holds();
            verdicts.add(verdict);
        }
        return headed(holds, all ? "all of:" : "any of:", all ? "同时满足：" : "满足其一：", verdicts);
    }

    /** A heading line, then each part's lines indented, its first marked with whether it held. */
    static Verdict headed(boolean holds, String en, String zh, List<Verdict> parts) {
        List<String> enLines = new ArrayList<>(List.of(en));
        List<String> zhLines = new ArrayList<>(List.of(zh));
        for (Verdict part : parts) {
            String mark = part.holds() ? "✓ " : "✗ ";
            for (int i = 0; i < part.en().size(); i++) {
                enLines.add("  " + (i == 0 ? mark : "") + part.en().get(i));
                zhLines.add("  " + (i == 0 ? mark : "") + part.zh().get(i));
            }
        }
        return new Verdict(holds, enLines, zhLines);
    }

    /** Final grades of the last {@code periods} assessments (the reviewed one alone when absent). */
    private Verdict grades(Predicate.GradeTest test, String subject) {
        int periods = test.periods().orElse(1);
        int expected = scheme.grades().indexOf(scheme.grade(test.grade()).orElseThrow());
        List<String> seen = new ArrayList<>();
        long count = 0;
        for (int back = periods; back >= 1; back--) {
            int at = reports.size() - back;
            Optional<String> grade = at < 0 ? Optional.empty() : finalGrade(at, subject);
            seen.add((at < 0 ? "—" : reports.get(at).period()) + " " + grade.orElse("—"));
            if (grade.flatMap(scheme::grade).isPresent()
                    && test.op().holds(scheme.grades().indexOf(scheme.grade(grade.get()).orElseThrow()), expected)) {
                count++;
            }
        }
        int needed = test.times().orElse(periods);
        boolean holds = count >= needed;
        String read = String.join(", ", seen.size() <= 6 ? seen : seen.subList(seen.size() - 6, seen.size()));
        return new Verdict(holds, "final grade " + test.op().word() + " " + test.grade() + " in at least " + needed
                + " of the last " + periods + " (" + count + ": " + read + ")", "最终等次 " + test.op().word() + " "
                + test.grade() + " 至少 " + needed + " 次（近 " + periods + " 期，实有 " + count + " 次：" + read + "）");
    }

    /** The grade after quotas in the subject's quota group, else the scorecard's; none when incomplete or absent. */
    private Optional<String> finalGrade(int at, String subject) {
        return finalGrades.get(at).getOrDefault(subject, Optional.empty());
    }

    private Verdict vetoes(Predicate.VetoTest test, String subject) {
        int periods = test.periods().orElse(1);
        List<String> hits = new ArrayList<>();
        for (int back = periods; back >= 1; back--) {
            int at = reports.size() - back;
            Scorecard card = at < 0 ? null : cards.get(at).get(subject);
            if (card == null) {
                continue;
            }
            for (VetoHit hit : card.vetoes()) {
                if (test.effect().isEmpty() || test.effect().get().id().equals(hit.effect())) {
                    hits.add(reports.get(at).period() + " " + hit.id());
                }
            }
        }
        String effect = test.effect().map(e -> e.id()).orElse("any");
        String read = hits.isEmpty() ? "none" : String.join(", ", hits);
        return new Verdict(!hits.isEmpty(), "vetoed (" + effect + ") in the last " + periods + " (" + read + ")",
                "近 " + periods + " 期触发否决（" + effect + "）（" + (hits.isEmpty() ? "无" : String.join("，", hits)) + "）");
    }

    private Verdict designation(Predicate.DesignationTest test, String subject) {
        if (test.of().isEmpty()) {
            Optional<RegisterEntry> entry = Optional.ofNullable(openOf.apply(test.kind()).get(subject))
                    .filter(e -> e.state().holds());
            String state = entry.map(e -> e.state().id()).orElse("not held");
            return new Verdict(entry.isPresent(), "holds " + test.kind() + " (" + state + ")",
                    "持有 " + test.kind() + "（" + entry.map(e -> e.state().label().text(Language.ZH))
                            .orElse("未持有") + "）");
        }
        Map<String, RegisterEntry> holders = openOf.apply(test.kind());
        long of = 0;
        long holding = 0;
        Optional<OrgUnit> org = directory.tree().find(subject);
        if (org.isPresent()) {
            for (OrgUnit below : directory.tree().subtree(subject)) {
                if (!below.id().equals(subject) && below.kindId().equals(test.of().get())) {
                    of++;
                    RegisterEntry entry = holders.get(below.id());
                    holding += entry != null && entry.state().holds() ? 1 : 0;
                }
            }
        }
        String counted = test.of().get() + " holding " + test.kind() + ": " + holding + "/" + of;
        String countedZh = test.of().get() + " 中持有 " + test.kind() + " 的：" + holding + "/" + of;
        if (of == 0) {
            return new Verdict(false, counted + " (no " + test.of().get() + " below, no share)",
                    countedZh + "（无下级 " + test.of().get() + "，无比例）");
        }
        BigDecimal share = BigDecimal.valueOf(holding).divide(BigDecimal.valueOf(of), MathContext.DECIMAL64);
        boolean holds = test.op().get().holds(share.compareTo(test.share().get()));
        String rule = " " + test.op().get().symbol() + " " + Decimals.text(test.share().get());
        return new Verdict(holds, counted + rule, countedZh + rule);
    }

    /** The figure {@code total}, {@code base}, {@code dimension:ID}, {@code indicator:ID}, {@code item:ID} or {@code part:ID}. */
    static Optional<BigDecimal> figure(Scorecard card, String figure) {
        if (figure.equals("total")) {
            return Optional.of(card.total());
        }
        if (figure.equals("base")) {
            return Optional.of(card.base());
        }
        int colon = figure.indexOf(':');
        String id = figure.substring(colon + 1);
        return switch (figure.substring(0, colon)) {
            case "dimension" -> card.dimensions().stream().filter(d -> d.id().equals(id)).findFirst()
                    .flatMap(DimensionScore::points);
            case "indicator" -> card.indicators().stream().filter(i -> i.id().equals(id)).findFirst()
                    .flatMap(IndicatorScore::points);
            case "item" -> card.item(id).flatMap(ItemScore::points);
            case "part" -> card.parts().stream().filter(p -> p.id().equals(id)).findFirst().map(PartScore::points);
            default -> Optional.empty();
        };
    }
}
