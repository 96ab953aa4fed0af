package dev.mofan.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns weights into maxima of a parent's maximum: each child gets {@code max × w / Σw}, rounded
 * down to the scale, and the units left over go one each to the largest remainders (earlier
 * children first on equal remainders), so the maxima add up to the parent's exactly
 * (largest-remainder method, Hamilton's method of apportionment).
 */
public final class Maxima {

    private Maxima() {
    }

    /**
     * {@return the maxima for {@code weights} (each > 0) of {@code parentMax} (at most {@code scale}
     * decimals), at {@code scale}}
     *
     * @param parentMax the parent's maximum
     * @param weights the children's weights, in order
     * @param scale the scheme's scale
     */
    public static List<BigDecimal> fromWeights(BigDecimal parentMax, List<BigDecimal> weights, int scale) {
        BigInteger units = parentMax.movePointRight(scale).toBigIntegerExact();
        int weightScale = 0;
        for (BigDecimal weight : weights) {
            weightScale = Math.max(weightScale, weight.scale());
        }
        List<BigInteger> whole = new ArrayList<>();
        BigInteger total = BigInteger.ZERO;
        for (BigDecimal weight : weights) {
            BigInteger w = weight.movePointRight(weightScale).toBigIntegerExact();
            whole.add(w);
            total = total.add(w);
        }
        List<BigInteger> shares = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (BigInteger w : whole) {
            BigInteger[] division = units.multiply(w).divideAndRemainder(total);
            shares.add(division[0]);
            remainders.add(division[1]);
            given = given.add(division[0]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        int left = units.subtract(given).intValueExact();
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            shares.set(i, shares.get(i).add(BigInteger.ONE));
        }
        List<BigDecimal> maxima = new ArrayList<>();
        for (BigInteger share : shares) {
            maxima.add(new BigDecimal(share, scale));
        }
        return maxima;
    }
}
