package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.core.spi.Fraction;
import dev.mofan.model.result.TraceStep;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The shortcuts on the scoring path change no figure: {@link Fraction#approximate()} is the 34-digit
 * quotient (the exact one whenever it terminates, with the same scale), and a trace step built figure
 * by figure equals the one built from a map.
 */
class ExactFiguresProperties {

    @Property(tries = 2000)
    void anApproximationIsTheDecimal128Quotient(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long n,
            @ForAll @IntRange(min = 0, max = 8) int nScale, @ForAll @LongRange(min = 1, max = 100_000) long d,
            @ForAll @IntRange(min = -2, max = 6) int dScale) {
        BigDecimal numerator = BigDecimal.valueOf(n, nScale);
        BigDecimal denominator = BigDecimal.valueOf(d, dScale);
        BigDecimal expected = denominator.compareTo(BigDecimal.ONE) == 0 ? numerator
                : numerator.divide(denominator, MathContext.DECIMAL128);
        assertEquals(expected, Fraction.of(numerator, denominator).approximate());   // value and scale
    }

    @Example
    void terminatingQuotientsKeepTheirPreferredScale() {
        assertEquals(new BigDecimal("1.6"), Fraction.of(new BigDecimal("160"), new BigDecimal("100")).approximate());
        assertEquals(new BigDecimal("0.357"), Fraction.of(new BigDecimal("357"), new BigDecimal("1000")).approximate());
        assertEquals(new BigDecimal("0.6307420494699646643109540636042403"),
                Fraction.of(new BigDecimal("357"), new BigDecimal("566")).approximate());
    }

    @Property(tries = 300)
    void aStepBuiltFigureByFigureEqualsOneBuiltFromAMap(@ForAll List<@IntRange(min = 0, max = 6) Integer> names,
            @ForAll List<@LongRange(min = -999, max = 999) Long> values) {
        TraceStep stepwise = TraceStep.of("s", "en", "zh");
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            String name = "f" + names.get(i);
            stepwise = stepwise.with(name, values.get(i));
            map.put(name, values.get(i));
        }
        TraceStep fromMap = new TraceStep("s", "en", "zh", map);
        assertEquals(fromMap, stepwise);
        assertEquals(fromMap.hashCode(), stepwise.hashCode());
        assertEquals(List.copyOf(fromMap.figures().keySet()), List.copyOf(stepwise.figures().keySet()), "order");
        assertEquals(new LinkedHashMap<>(map).size(), stepwise.figures().size());
    }

    @Example
    void figuresAreUnmodifiableAndChecked() {
        TraceStep step = TraceStep.of("s", "en", "zh").with("n", 3).with("n", 4).with("ok", true);
        assertEquals(Map.of("n", BigDecimal.valueOf(4), "ok", true), step.figures());
        assertEquals(List.of("n", "ok"), List.copyOf(step.figures().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> step.figures().put("x", BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> step.with("en", 1));
        assertThrows(IllegalArgumentException.class, () -> step.with("d", 1.5));
    }
}
