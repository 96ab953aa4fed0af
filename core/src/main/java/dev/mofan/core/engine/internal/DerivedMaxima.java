package dev.mofan.core.engine.internal;

import dev.mofan.model.result.DerivedMaximum;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The maxima a scheme gave as weights, stated for the report in scheme order. */
public final class DerivedMaxima {

    /** The rounding {@code core.internal.Maxima} applies to weighted shares. */
    public static final String METHOD = "largest-remainder";

    private DerivedMaxima() {
    }

    /**
     * {@return every weighted dimension, indicator and item of {@code scheme}, in the scheme's order}
     *
     * @param scheme the scheme, with maxima already derived from its weights
     */
    public static List<DerivedMaximum> of(Scheme scheme) {
        List<DerivedMaximum> out = new ArrayList<>();
        level(out, scheme, "dimension", scheme.id(), scheme.maxPoints(), scheme.dimensions(), Dimension::id,
                Dimension::weight, d -> d.maxPoints().orElseThrow());
        for (Dimension dimension : scheme.dimensions()) {
            level(out, scheme, "indicator", dimension.id(), dimension.maxPoints(), dimension.indicators(),
                    Indicator::id, Indicator::weight, i -> i.maxPoints().orElseThrow());
            for (Indicator indicator : dimension.indicators()) {
                level(out, scheme, "item", indicator.id(), indicator.maxPoints(), indicator.items(), Item::id,
                        Item::weight, item -> item.maxPoints().orElseThrow());
            }
        }
        return List.copyOf(out);
    }

    // The reader accepts weights only on all of a level's children, under a parent with a maximum;
    // a scheme built in code may hold partial weights, which are then not a derivation to state.
    private static <T> void level(List<DerivedMaximum> out, Scheme scheme, String level, String parent,
            Optional<BigDecimal> parentMax, List<T> children, Function<T, String> id,
            Function<T, Optional<BigDecimal>> weight, Function<T, BigDecimal> max) {
        if (children.isEmpty() || parentMax.isEmpty()
                || !children.stream().allMatch(child -> weight.apply(child).isPresent())) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (T child : children) {
            sum = sum.add(weight.apply(child).orElseThrow());
        }
        Optional<DerivedMaximum.Judged> judged = scheme.judgements(level, parent)
                .map(j -> new DerivedMaximum.Judged(j.method(), j.table(), j.cr()));
        for (T child : children) {
            out.add(new DerivedMaximum(level, id.apply(child), parent, weight.apply(child).orElseThrow(), sum,
                    parentMax.get(), max.apply(child), METHOD, judged));
        }
    }
}
