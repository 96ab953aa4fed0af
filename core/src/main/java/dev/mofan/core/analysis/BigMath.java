package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The few functions the methods need beyond + − × ÷, in {@link #MC} (34 significant digits, half
 * even): natural logarithm, n-th root and square root. Deterministic on every machine, unlike
 * {@code Math.log}, and exact to far more digits than any figure is shown with.
 */
final class BigMath {

    /** The precision of every computation of this package. */
    static final MathContext MC = MathContext.DECIMAL128;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-40");
    private static final BigDecimal LN2 = lnNear1(TWO);

    private BigMath() {
    }

    /** ln x for x &gt; 0. */
    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of " + x);
        }
        // x = m × 2^k with m in [0.75, 1.5): ln x = ln m + k ln 2, and the series converges fast near 1.
        int k = 0;
        BigDecimal m = x;
        BigDecimal high = new BigDecimal("1.5");
        BigDecimal low = new BigDecimal("0.75");
        while (m.compareTo(high) >= 0) {
            m = m.divide(TWO, MC);
            k++;
        }
        while (m.compareTo(low) < 0) {
            m = m.multiply(TWO, MC);
            k--;
        }
        return lnNear1(m).add(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
    }

    /** ln m = 2 atanh((m − 1)/(m + 1)) = 2 Σ y^(2i+1)/(2i+1), for m near 1. */
    private static BigDecimal lnNear1(BigDecimal m) {
        MathContext wide = new MathContext(MC.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal y = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), wide);
        BigDecimal y2 = y.multiply(y, wide);
        BigDecimal term = y;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; term.abs().compareTo(TOLERANCE) > 0 && i < 10_000; i += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(i), wide), wide);
            term = term.multiply(y2, wide);
        }
        return sum.multiply(TWO, MC);
    }

    /** The n-th root of x ≥ 0, by Newton's method. */
    static BigDecimal root(BigDecimal x, int n) {
        if (x.signum() < 0 || n < 1) {
            throw new ArithmeticException("root " + n + " of " + x);
        }
        if (x.signum() == 0 || n == 1) {
            return x.round(MC);
        }
        MathContext wide = new MathContext(MC.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal r = BigDecimal.valueOf(Math.pow(x.doubleValue(), 1.0 / n));
        if (r.signum() <= 0 || r.compareTo(BigDecimal.ZERO) == 0) {
            r = BigDecimal.ONE;
        }
        BigDecimal nn = BigDecimal.valueOf(n);
        for (int i = 0; i < 200; i++) {
            BigDecimal next = r.multiply(nn.subtract(BigDecimal.ONE), wide)
                    .add(x.divide(r.pow(n - 1, wide), wide), wide).divide(nn, wide);
            if (next.subtract(r).abs().compareTo(TOLERANCE) <= 0) {
                r = next;
                break;
            }
            r = next;
        }
        return r.round(MC);
    }

    /** √x for x ≥ 0. */
    static BigDecimal sqrt(BigDecimal x) {
        return x.sqrt(MC);
    }
}
