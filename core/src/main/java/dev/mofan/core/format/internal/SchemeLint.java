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
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
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
                    BigDecimal highest = highest(item, rules);
                    if (highest.compareTo(item.maxPoints()) < 0) {
                        String path = Paths.index(Paths.field(Paths.index(Paths.field(Paths.index(
                                Paths.field(Paths.ROOT, "dimensions"), d), "indicators"), i), "items"), t);
                        warnings.add(Violation.of(path, SchemeProblems.LINT_ITEM_UNREACHABLE, item.id(),
                                new Verbatim(highest.toPlainString()), new Verbatim(item.maxPoints().toPlainString())));
                    }
                }
            }
        }
        for (int k = 0; k < scheme.subjects().size(); k++) {
            String kind = scheme.subjects().get(k);
            BigDecimal reachable = BigDecimal.ZERO;
            for (Dimension dimension : scheme.dimensions()) {
                for (Indicator indicator : dimension.indicators()) {
                    for (Item item : indicator.items()) {
                        if (item.subjects().isEmpty() || item.subjects().contains(kind)) {
                            reachable = reachable.add(highest(item, rules));
                        }
                    }
                }
            }
            if (reachable.compareTo(scheme.maxPoints()) < 0) {
                warnings.add(Violation.of(Paths.index(Paths.field(Paths.ROOT, "subjects"), k),
                        SchemeProblems.LINT_KIND_UNREACHABLE, kind, new Verbatim(reachable.toPlainString()),
                        new Verbatim(scheme.maxPoints().toPlainString())));
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

    private static BigDecimal highest(Item item, Map<String, ScoringRule> rules) {
        ScoringRule rule = rules.get(item.id());
        BigDecimal highest;
        try {
            highest = rule == null ? item.maxPoints() : rule.highestPoints().orElse(item.maxPoints());
        } catch (RuntimeException e) {
            // A lint hint is not worth failing a valid scheme over a plug-in's bug.
            highest = item.maxPoints();
        }
        return highest.compareTo(item.maxPoints()) < 0 ? highest : item.maxPoints();
    }
}
