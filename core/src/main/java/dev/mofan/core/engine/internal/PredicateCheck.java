package dev.mofan.core.engine.internal;

import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.KeyEvidence;
import dev.mofan.model.scheme.CompareOp;
import dev.mofan.model.scheme.Predicate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Tests a predicate for one subject and says what it found, in both languages, with the records
 * it read (SCORING.md, Predicates).
 */
final class PredicateCheck {

    /** What a predicate gave: whether it holds, why, and the records it read. */
    record Outcome(boolean holds, String en, String zh, SortedSet<String> records) {
    }

    private final Function<String, KeyEvidence> evidence;
    private final Function<String, Optional<BigDecimal>> figures;

    PredicateCheck(Function<String, KeyEvidence> evidence, Function<String, Optional<BigDecimal>> figures) {
        this.evidence = evidence;
        this.figures = figures;
    }

    Outcome test(Predicate predicate) {
        if (predicate instanceof Predicate.KeyTest test) {
            return keyTest(test);
        }
        if (predicate instanceof Predicate.ResultTest test) {
            Optional<BigDecimal> figure = figures.apply(test.figure());
            boolean holds = figure.isPresent() && test.op().holds(figure.get().compareTo(test.value()));
            String shown = figure.map(Decimals::text).orElse(null);
            return new Outcome(holds,
                    test.figure() + " " + test.op().symbol() + " " + Decimals.text(test.value()) + " ("
                            + (shown == null ? "not scored" : "is " + shown) + ")",
                    test.figure() + " " + test.op().symbol() + " " + Decimals.text(test.value()) + "（"
                            + (shown == null ? "未评分" : "实际 " + shown) + "）",
                    new TreeSet<>());
        }
        if (predicate instanceof Predicate.Not not) {
            Outcome inner = test(not.negated());
            return new Outcome(!inner.holds(), "not (" + inner.en() + ")", "非（" + inner.zh() + "）", inner.records());
        }
        boolean all = predicate instanceof Predicate.AllOf;
        List<Predicate> parts = all ? ((Predicate.AllOf) predicate).all() : ((Predicate.AnyOf) predicate).any();
        boolean holds = all;
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        SortedSet<String> records = new TreeSet<>();
        for (Predicate part : parts) {
            Outcome outcome = test(part);
            holds = all ? holds && outcome.holds() : holds || outcome.holds();
            en.add(outcome.en());
            zh.add(outcome.zh());
            records.addAll(outcome.records());
        }
        return new Outcome(holds, (all ? "all of [" : "any of [") + String.join("; ", en) + "]",
                (all ? "同时满足［" : "满足其一［") + String.join("；", zh) + "］", records);
    }

    private Outcome keyTest(Predicate.KeyTest test) {
        KeyEvidence found = evidence.apply(test.key());
        SortedSet<String> records = new TreeSet<>();
        found.records().forEach(r -> records.add(r.id()));
        Object value = test.value();
        Optional<?> actual;
        Integer comparison = null;
        if (value instanceof Boolean expected) {
            actual = found.flag();
            comparison = found.flag().map(f -> Boolean.compare(f, expected)).orElse(null);
        } else if (value instanceof String expected) {
            actual = found.text();
            comparison = found.text().map(t -> t.equals(expected) ? 0 : 1).orElse(null);
        } else {
            actual = found.number();
            comparison = found.exact().map(n -> n.compareTo((BigDecimal) value)).orElse(null);
        }
        boolean holds = comparison == null ? test.op() == CompareOp.NE : test.op().holds(comparison);
        String expected = value instanceof BigDecimal number ? Decimals.text(number) : String.valueOf(value);
        String shown = actual.map(a -> a instanceof BigDecimal number ? Decimals.brief(number) : String.valueOf(a))
                .orElse(null);
        return new Outcome(holds,
                test.key() + " " + test.op().symbol() + " " + expected + " (" + (shown == null ? "no value" : "is " + shown)
                        + ")",
                test.key() + " " + test.op().symbol() + " " + expected + "（" + (shown == null ? "无取值" : "实际 " + shown)
                        + "）",
                records);
    }
}
