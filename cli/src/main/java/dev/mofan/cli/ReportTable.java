package dev.mofan.cli;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.Subject;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import dev.mofan.model.text.Term;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A report as a table for people: complete scorecards by total (highest first, competition
 * ranks 1, 2, 2, 4; equal totals listed by id), then the incomplete ones, and grade counts.
 */
final class ReportTable {

    private final Report report;
    private final OrgDirectory directory;
    private final Scheme scheme;
    private final Language language;
    /** The grade column fits the longest band name, such as 五星党支部（★★★★★）. */
    private final int gradeWidth;

    ReportTable(Report report, OrgDirectory directory, Scheme scheme, Language language) {
        this.report = report;
        this.directory = directory;
        this.scheme = scheme;
        this.language = language;
        int widest = 9;
        for (GradeBand band : scheme.grades()) {
            widest = Math.max(widest, ProvinceSummary.width(gradeName(band.id())));
        }
        this.gradeWidth = widest + 2;
    }

    /** The complete scorecards of {@code kind} (all kinds when null), ranked. */
    List<Ranked> ranked(String kind) {
        List<Scorecard> cards = new ArrayList<>();
        for (Scorecard card : report.scorecards()) {
            if (!card.incomplete() && (kind == null || card.kind().equals(kind))) {
                cards.add(card);
            }
        }
        cards.sort(Comparator.comparing(Scorecard::total).reversed().thenComparing(Scorecard::subject));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            boolean tied = i > 0 && cards.get(i).total().compareTo(cards.get(i - 1).total()) == 0;
            ranked.add(new Ranked(tied ? ranked.get(i - 1).rank() : i + 1, cards.get(i)));
        }
        return ranked;
    }

    /** A scorecard with its place. */
    record Ranked(int rank, Scorecard card) {
    }

    void header(PrintWriter out) {
        boolean zh = language == Language.ZH;
        out.println(ProvinceSummary.pad(zh ? "名次" : "rank", 6) + ProvinceSummary.pad(zh ? "考评对象" : "subject", 16)
                + ProvinceSummary.pad(zh ? "类型" : "kind", 10) + ProvinceSummary.pad(zh ? "总分" : "total", 9)
                + ProvinceSummary.pad(zh ? "等次" : "grade", gradeWidth) + ProvinceSummary.pad(zh ? "备注" : "notes", 12)
                + (zh ? "名称" : "name"));
    }

    /** A kind as the reader's language names it: 单位, 党支部, 处室 in Chinese; the id in English. */
    private String kindName(String kind) {
        if (language != Language.ZH) {
            return kind;
        }
        if (kind.equals(Division.KIND_ID)) {
            return "处室";
        }
        return Term.find(OrgKind.class, kind).map(found -> found.label().text(Language.ZH)).orElse(kind);
    }

    void row(PrintWriter out, String rank, Scorecard card) {
        List<String> noted = new ArrayList<>();
        if (card.incomplete()) {
            noted.add(language == Language.ZH ? "评分不完整" : "incomplete");
        }
        if (card.vetoed()) {
            noted.add(language == Language.ZH ? "一票否决" : "vetoed");
        }
        String notes = String.join(language == Language.ZH ? "，" : ", ", noted);
        out.println(ProvinceSummary.pad(String.format(Locale.ROOT, "%4s", rank), 6) + ProvinceSummary.pad(card.subject(), 16)
                + ProvinceSummary.pad(kindName(card.kind()), 10) + ProvinceSummary.pad(String.format(Locale.ROOT, "%7s",
                        card.total().toPlainString()), 9)
                + ProvinceSummary.pad(card.grade().map(this::gradeName).orElse("—"), gradeWidth) + ProvinceSummary.pad(notes, 12)
                + name(card.subject()));
    }

    void all(PrintWriter out) {
        header(out);
        for (Ranked ranked : ranked(null)) {
            row(out, String.valueOf(ranked.rank()), ranked.card());
        }
        for (Scorecard card : report.scorecards()) {
            if (card.incomplete()) {
                row(out, "—", card);
            }
        }
    }

    /**
     * The race table header: rank, movement, subject, the ranked figure (the total, or for a group
     * ranking a roll-up, the roll-up's total), percentile, final grade, flags, name.
     */
    void raceHeader(PrintWriter out, PeerGroup group) {
        boolean zh = language == Language.ZH;
        String figure = group.rollup().isPresent() ? (zh ? "汇总分" : "rolled") : (zh ? "总分" : "total");
        out.println(ProvinceSummary.pad(zh ? "名次" : "rank", 6) + ProvinceSummary.pad(zh ? "变化" : "move", 6)
                + ProvinceSummary.pad(zh ? "考评对象" : "subject", 16) + ProvinceSummary.pad(figure, 9)
                + ProvinceSummary.pad(zh ? "百分位" : "pct", 8) + ProvinceSummary.pad(zh ? "最终等次" : "final grade",
                        gradeWidth) + ProvinceSummary.pad(zh ? "标记" : "flags", 26) + (zh ? "名称" : "name"));
    }

    /** One ranking of the race table (its ranked figure); movement as +n / −n / = / new. */
    void raceRow(PrintWriter out, Ranking ranking) {
        boolean zh = language == Language.ZH;
        String move = ranking.movement().map(m -> m > 0 ? "+" + m : m < 0 ? "−" + (-m) : "=")
                .orElse(zh ? "新" : "new");
        List<String> flags = new ArrayList<>();
        for (String flag : ranking.flags()) {
            flags.add(zh ? switch (flag) {
                case "leader" -> "领跑";
                case "laggard" -> "落后";
                default -> flag;
            } : flag);
        }
        out.println(ProvinceSummary.pad(String.format(Locale.ROOT, "%4d", ranking.rank()), 6)
                + ProvinceSummary.pad(String.format(Locale.ROOT, "%4s", move), 6)
                + ProvinceSummary.pad(ranking.subject(), 16)
                + ProvinceSummary.pad(String.format(Locale.ROOT, "%7s", ranking.figure().toPlainString()), 9)
                + ProvinceSummary.pad(String.format(Locale.ROOT, "%6s", ranking.percentile().toPlainString()), 8)
                + ProvinceSummary.pad(ranking.grade().map(this::gradeName).orElse("—"), gradeWidth)
                + ProvinceSummary.pad(String.join(zh ? "、" : ", ", flags), 26) + name(ranking.subject()));
    }

    /** Final grades (after quotas) of a peer group's rankings, by band. */
    void finalGradeCounts(PrintWriter out, List<Ranking> rankings) {
        out.println((language == Language.ZH ? "最终等次（名额限制后）：" : "Final grades (after quotas):")
                + counted(rankings.stream().map(Ranking::grade).toList()));
    }

    void gradeCounts(PrintWriter out) {
        out.println((language == Language.ZH ? "等次分布：" : "Grades:")
                + counted(report.scorecards().stream().map(Scorecard::grade).toList()));
    }

    /** {@code "  优秀 3  良好 5 …  无等次 1"}: how many of {@code grades} are in each band, best first, and none. */
    String counted(List<Optional<String>> grades) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        scheme.grades().forEach(band -> counts.put(band.id(), 0));
        int none = 0;
        for (Optional<String> grade : grades) {
            if (grade.isPresent()) {
                counts.merge(grade.get(), 1, Integer::sum);
            } else {
                none++;
            }
        }
        StringBuilder line = new StringBuilder();
        counts.forEach((grade, n) -> line.append(String.format(Locale.ROOT, "  %s %,d", gradeName(grade), n)));
        return line.append(String.format(Locale.ROOT, language == Language.ZH ? "  无等次 %,d" : "  none %,d", none))
                .toString();
    }

    String gradeName(String id) {
        return scheme.grade(id).map(GradeBand::name).filter(l -> !l.isEmpty()).map(l -> l.text(language)).orElse(id);
    }

    private String name(String subject) {
        return directory.subject(subject).map(Subject::name).filter(l -> !l.isEmpty()).map(l -> l.text(language))
                .orElse("");
    }
}
