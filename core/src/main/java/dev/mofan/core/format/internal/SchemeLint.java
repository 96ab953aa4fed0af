package dev.mofan.core.format.internal;

import dev.mofan.core.internal.PredicateKeys;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.model.error.Violation;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Paths;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings about a valid scheme that scores but probably not as meant: maxima no evidence can
 * reach, and keys nothing reads.
 */
final class SchemeLint {

    private SchemeLint() {
    }

    static List<Violation> lint(Scheme scheme, Map<String, ScoringRule> rules) {
        List<Violation> warnings = new ArrayList<>();
        Set<String> read = new HashSet<>();
        scheme.deductions().forEach(a -> read.add(a.key()));
        scheme.bonuses().forEach(a -> read.add(a.key()));
        scheme.parts().forEach(part -> part.deductions().forEach(a -> read.add(a.key())));
        for (Veto veto : scheme.vetoes()) {
            read.addAll(PredicateKeys.of(veto.when()));
        }
        for (GradeBand band : scheme.grades()) {
            for (Predicate gate : band.gates()) {
                read.addAll(PredicateKeys.of(gate));
            }
        }
        for (int d = 0; d < scheme.dimensions().size(); d++) {
            Dimension dimension = scheme.dimensions().get(d);
            scoped(dimension.deductions(), dimension.bonuses(), read);
            for (int i = 0; i < dimension.indicators().size(); i++) {
                Indicator indicator = dimension.indicators().get(i);
                scoped(indicator.deductions(), indicator.bonuses(), read);
                for (int t = 0; t < indicator.items().size(); t++) {
                    Item item = indicator.items().get(t);
                    read.addAll(item.keys());
                    BigDecimal highest = item.openEnded() ? null : highest(item, rules);
                    if (highest != null && highest.compareTo(item.maxPoints().get()) < 0) {
                        String path = Paths.index(Paths.field(Paths.index(Paths.field(Paths.index(
                                Paths.field(Paths.ROOT, "dimensions"), d), "indicators"), i), "items"), t);
                        warnings.add(Violation.of(path, SchemeProblems.LINT_ITEM_UNREACHABLE, item.id(),
                                new Verbatim(highest.toPlainString()), new Verbatim(item.maxPoints().get().toPlainString())));
                    }
                }
            }
        }
        for (int k = 0; k < scheme.subjects().size() && !scheme.openEnded(); k++) {
            String kind = scheme.subjects().get(k);
            Map<String, BigDecimal> byDimension = new HashMap<>();
            BigDecimal reachable = BigDecimal.ZERO;
            for (Dimension dimension : scheme.dimensions()) {
                BigDecimal dimensionReachable = BigDecimal.ZERO;
                for (Indicator indicator : dimension.indicators()) {
                    for (Item item : indicator.items()) {
                        if (item.subjects().isEmpty() || item.subjects().contains(kind)) {
                            dimensionReachable = dimensionReachable.add(highest(item, rules));
                        }
                    }
                }
                byDimension.put(dimension.id(), dimensionReachable);
                reachable = reachable.add(dimensionReachable);
            }
            if (scheme.composite()) {
                reachable = BigDecimal.ZERO;
                for (Part part : scheme.parts()) {
                    BigDecimal partReachable = BigDecimal.ZERO;
                    for (String dimension : part.dimensions()) {
                        partReachable = partReachable.add(byDimension.getOrDefault(dimension, BigDecimal.ZERO));
                    }
                    reachable = reachable.add(part.weight().multiply(partReachable));
                }
            }
            BigDecimal max = scheme.maxPoints().get();
            if (reachable.compareTo(max) < 0) {
                warnings.add(Violation.of(Paths.index(Paths.field(Paths.ROOT, "subjects"), k),
                        SchemeProblems.LINT_KIND_UNREACHABLE, kind, new Verbatim(reachable.toPlainString()),
                        new Verbatim(max.toPlainString())));
            }
        }
        for (int k = 0; k < scheme.keys().size(); k++) {
            EvidenceKey key = scheme.keys().get(k);
            if (!read.contains(key.id())) {
                warnings.add(Violation.of(Paths.index(Paths.field(Paths.ROOT, "keys"), k),
                        SchemeProblems.LINT_KEY_UNREAD, key.id()));
            }
        }
        return List.copyOf(warnings);
    }

    private static void scoped(List<Adjustment> deductions, List<Adjustment> bonuses, Set<String> read) {
        deductions.forEach(a -> read.add(a.key()));
        bonuses.forEach(a -> read.add(a.key()));
    }

    /** The most a capped item's rule can award (never above the item's maximum). */
    private static BigDecimal highest(Item item, Map<String, ScoringRule> rules) {
        BigDecimal max = item.maxPoints().orElseThrow();
        ScoringRule rule = rules.get(item.id());
        BigDecimal highest;
        try {
            highest = rule == null ? max : rule.highestPoints().orElse(max);
        } catch (RuntimeException e) {
            // A lint hint is not worth failing a valid scheme over a plug-in's bug.
            highest = max;
        }
        return highest.compareTo(max) < 0 ? highest : max;
    }
}
