package dev.mofan.benchmarks.national;

import com.googlecode.aviator.AviatorEvaluator;
import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.Expression;
import com.googlecode.aviator.runtime.function.AbstractFunction;
import com.googlecode.aviator.runtime.function.FunctionUtils;
import com.googlecode.aviator.runtime.type.AviatorDecimal;
import com.googlecode.aviator.runtime.type.AviatorObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The baseline of an integrator who writes the scheme in AviatorScript: each item's rule (with its
 * cap, its missing-evidence behaviour and the one half-up rounding) as a compiled expression over a
 * branch's map of evidence, and one expression for deductions, bonus and the veto. Exact decimals
 * ({@code M} literals), as a score a person sees must be.
 */
public final class AviatorBaseline {

    private final Expression[] items = new Expression[Population.ITEMS];
    private final Expression total;
    private final List<Map<String, Object>> evidence;

    /** Compiles the expressions for {@code population} and builds its evidence maps. */
    public AviatorBaseline(Population population) {
        AviatorEvaluatorInstance aviator = AviatorEvaluator.newInstance();
        aviator.addFunction(new Round2());
        for (int i = 0; i < Population.ITEMS; i++) {
            items[i] = aviator.compile("x" + i, expression(population.kinds[i], "k" + i,
                    Cents.text(population.maxCents[i]) + "M", Cents.text(population.maxCents[i] / 2) + "M"), true);
        }
        total = aviator.compile("total", "if incident { return 0M; } "
                + "let d = lapse == nil ? 0M : lapse * 0.5M; d = d > 5M ? 5M : d; "
                + "let c = commendation == nil ? 0M : commendation * 1M; c = c > 3M ? 3M : c; "
                + "let net = base - d; return (net < 0M ? 0M : net) + c;", true);
        evidence = Baselines.evidenceMaps(population);
    }

    /** The expression of one item over key {@code k}, maximum {@code max}. */
    static String expression(ItemKind kind, String k, String max, String half) {
        return switch (kind) {
            case CHECK -> k + " == true ? " + max + " : 0M";
            case COUNT -> k + " == nil ? 0M : (" + k + " * 0.5M > " + max + " ? " + max + " : " + k + " * 0.5M)";
            case RATIO -> k + " == nil || " + k + " < 0.6M ? 0M : round2(" + max + " * " + k + ")";
            case TIERS -> k + " == nil ? 0M : (" + k + " >= 8 ? " + max + " : (" + k + " >= 4 ? " + half + " : 0M))";
            case DEDUCT -> k + " == nil ? " + max + " : (" + max + " - " + k + " * 0.5M < 0M ? 0M : " + max + " - " + k
                    + " * 0.5M)";
            case RATING -> k + " == nil ? 0M : round2(" + max + " * " + k + " / 100M)";
            case DIRECT -> k + " == nil ? 0M : " + k;
            case OCCURRENCES -> "if " + k + " == nil { return 0M; } let s = 0M; for l in " + k + " { s = s + 0.5M"
                    + " + (l == 'city' || l == 'province' ? 1M : 0M) + (l == 'province' ? 2M : 0M); } "
                    + "return s > " + max + " ? " + max + " : s;";
        };
    }

    /** Every branch's total, into {@code totals}. */
    public void totals(BigDecimal[] totals) {
        for (int b = 0; b < evidence.size(); b++) {
            Map<String, Object> env = evidence.get(b);
            BigDecimal base = BigDecimal.ZERO;
            for (Expression item : items) {
                base = base.add((BigDecimal) item.execute(env));
            }
            env.put("base", base);
            totals[b] = (BigDecimal) total.execute(env);
        }
    }

    /** {@code round2(x)}: half up to two decimals, the scheme's rounding. */
    private static final class Round2 extends AbstractFunction {
        private static final long serialVersionUID = 1L;

        @Override
        public String getName() {
            return "round2";
        }

        @Override
        public AviatorObject call(Map<String, Object> env, AviatorObject x) {
            Number number = FunctionUtils.getNumberValue(x, env);
            BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            return AviatorDecimal.valueOf(value.setScale(2, RoundingMode.HALF_UP));
        }
    }
}
