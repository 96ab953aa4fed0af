package dev.mofan.core.engine;

import dev.mofan.model.result.AdjustmentScore;
import dev.mofan.model.result.Difference;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Says in words why a scorecard has its total and grade ("why 87.50?"): the items that lost
 * points and why, the deductions and bonus, the vetoes, and how the grade was decided, in Chinese
 * or English. Built from the scorecard's trace only, so it can never disagree with the figures.
 *
 * <pre>{@code
 * String why = Explanation.of(scheme, report.scorecards().get(0)).text(Language.ZH);
 * }</pre>
 */
public final class Explanation {

    private final Scheme scheme;
    private final Scorecard card;
    private final Map<String, Label> names = new HashMap<>();

    private Explanation(Scheme scheme, Scorecard card) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.card = Objects.requireNonNull(card, "card");
        for (Dimension dimension : scheme.dimensions()) {
            names.put(dimension.id(), dimension.name());
            for (Indicator indicator : dimension.indicators()) {
                names.put(indicator.id(), indicator.name());
                for (Item item : indicator.items()) {
                    names.put(item.id(), item.name());
                }
            }
        }
        scheme.deductions().forEach(a -> names.put(a.id(), a.name()));
        scheme.parts().forEach(part -> {
            names.put(part.id(), part.name());
            part.deductions().forEach(a -> names.put(a.id(), a.name()));
        });
        scheme.bonuses().forEach(a -> names.put(a.id(), a.name()));
        scheme.vetoes().forEach(v -> names.put(v.id(), v.name()));
        scheme.grades().forEach(g -> names.put(g.id(), g.name()));
    }

    /**
     * {@return the explanation of {@code card}, a scorecard of {@code scheme}}
     *
     * @param scheme the scheme the scorecard was scored by
     * @param card the scorecard
     */
    public static Explanation of(Scheme scheme, Scorecard card) {
        return new Explanation(scheme, card);
    }

    /**
     * {@return the explanation as lines of text in {@code language}}
     *
     * @param language the language of the text
     */
    public String text(Language language) {
        boolean zh = language == Language.ZH;
        StringBuilder out = new StringBuilder();
        String grade = card.grade().map(g -> label(g, language)).orElse(zh ? "无" : "none");
        out.append(zh
                ? card.subject() + "：总分 " + card.total().toPlainString() + "，等次 " + grade
                        + (card.incomplete() ? "（评分不完整）" : "") + (card.vetoed() ? "（触发一票否决）" : "")
                : card.subject() + ": total " + card.total().toPlainString() + ", grade " + grade
                        + (card.incomplete() ? " (incomplete)" : "") + (card.vetoed() ? " (vetoed)" : ""))
                .append('\n');
        StringBuilder lostLines = new StringBuilder();
        int lost = 0;
        List<ItemScore> open = new ArrayList<>();
        for (ItemScore item : card.items()) {
            if (item.maxPoints().isEmpty()) {
                open.add(item);
                continue;
            }
            boolean full = item.points().isPresent() && item.points().get().compareTo(item.maxPoints().get()) == 0;
            if (full) {
                continue;
            }
            lost++;
            String points = item.excluded() ? (zh ? "不计入" : "excluded")
                    : item.points().map(p -> p.toPlainString()).orElse(zh ? "评分失败" : "failed");
            String max = item.maxPoints().map(m -> m.toPlainString()).orElse("—");
            lostLines.append("  - ").append(name(item.id(), language)).append(": ").append(points).append(" / ")
                    .append(max).append(zh ? "。" : ". ").append(reason(item.trace(), language)).append('\n');
        }
        if (open.size() < card.items().size()) {
            out.append(zh ? "失分的评价内容：" : "Items that lost points:").append('\n').append(lostLines);
            if (lost == 0) {
                out.append(zh ? "  （无，各项均得满分）" : "  (none: every item scored full points)").append('\n');
            }
        }
        if (!open.isEmpty()) {
            out.append(zh ? "积分项（不设上限）：" : "Open-ended items (no maximum):").append('\n');
            for (ItemScore item : open) {
                String points = item.points().map(p -> p.toPlainString()).orElse(zh ? "评分失败" : "failed");
                out.append("  - ").append(name(item.id(), language)).append(": ").append(points)
                        .append(zh ? "。" : ". ").append(reason(item.trace(), language)).append('\n');
            }
        }
        selfAssessment(out, language);
        List<AdjustmentScore> applied = card.adjustments().stream().filter(a -> a.points().signum() > 0).toList();
        if (!applied.isEmpty()) {
            out.append(zh ? "加减分：" : "Adjustments:").append('\n');
            for (AdjustmentScore adjustment : applied) {
                boolean deduction = adjustment.kind().equals("deduction");
                out.append("  - ").append(name(adjustment.id(), language)).append(" (").append(adjustment.scope())
                        .append("): ").append(deduction ? "−" : "+").append(adjustment.points().toPlainString())
                        .append(zh ? "，" + adjustment.cases() + " 起" : ", " + adjustment.cases() + " case(s)")
                        .append('\n');
            }
        }
        for (VetoHit veto : card.vetoes()) {
            out.append(zh ? "一票否决：" : "Veto: ").append(name(veto.id(), language)).append(" — ")
                    .append(zh ? veto.reasonZh() : veto.reason()).append('\n');
        }
        for (TraceStep step : card.trace()) {
            if (List.of("part", "composite", "total", "veto", "gate", "grade", "renormalise", "scoped",
                    "deduction-cap", "bonus-cap", "excluded").contains(step.step())) {
                out.append(zh ? "· " + step.zh() : "· " + step.en()).append('\n');
            }
        }
        return out.toString();
    }

    /** Self-assessed against reviewed points (自评与审核), and items only self-assessed. */
    private void selfAssessment(StringBuilder out, Language language) {
        boolean zh = language == Language.ZH;
        List<ItemScore> unverified = card.items().stream().filter(ItemScore::unverified).toList();
        if (card.differences().isEmpty() && unverified.isEmpty()) {
            return;
        }
        out.append(zh ? "自评与审核：" : "Self-assessment against review:").append('\n');
        for (Difference difference : card.differences()) {
            out.append("  - ").append(name(difference.item(), language)).append(zh ? "：自评 " : ": self ")
                    .append(difference.selfPoints().toPlainString()).append(zh ? "，审核 " : ", reviewed ")
                    .append(difference.points().toPlainString()).append(zh ? "，差值 " : ", difference ")
                    .append(difference.difference().toPlainString()).append('\n');
        }
        if (!card.differences().isEmpty()) {
            out.append(zh ? "  差值合计 " : "  Sum of differences ").append(card.differenceSum().toPlainString())
                    .append('\n');
        }
        for (ItemScore item : unverified) {
            out.append("  - ").append(name(item.id(), language)).append(zh ? "：有自评尚待审核" : ": self-assessment awaiting review")
                    .append(item.selfPoints().map(p -> (zh ? "（自评 " : " (self ") + p.toPlainString() + (zh ? "）" : ")"))
                            .orElse(""))
                    .append('\n');
        }
    }

    private static String reason(List<TraceStep> steps, Language language) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            TraceStep step = steps.get(i);
            if (!step.step().equals("round")) {
                return language == Language.ZH ? step.zh() : step.en();
            }
        }
        return "";
    }

    private String label(String id, Language language) {
        Label label = names.getOrDefault(id, Label.NONE);
        return label.isEmpty() ? id : label.text(language);
    }

    private String name(String id, Language language) {
        Label label = names.getOrDefault(id, Label.NONE);
        return label.isEmpty() ? id : id + " " + label.text(language);
    }
}
