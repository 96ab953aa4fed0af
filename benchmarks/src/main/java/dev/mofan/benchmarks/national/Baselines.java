package dev.mofan.benchmarks.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the expression- and rule-engine baselines read: one map of evidence per branch, as an
 * integrator would keep it ({@code k0 → 3}, {@code k2 → 0.617}, {@code k7 → [city, unit]}, …), with
 * a missing record simply absent. Built once, outside the measurement, as mofan's records are.
 */
final class Baselines {

    private Baselines() {
    }

    /** The evidence maps of every branch. */
    static List<Map<String, Object>> evidenceMaps(Population p) {
        List<Map<String, Object>> maps = new ArrayList<>(p.branches);
        for (int b = 0; b < p.branches; b++) {
            Map<String, Object> map = new HashMap<>(128);
            for (int i = 0; i < Population.ITEMS; i++) {
                int v = p.values[i][b];
                if (v != Population.MISSING) {
                    map.put("k" + i, value(p.kinds[i], v));
                }
            }
            if (p.commendations[b] != Population.MISSING) {
                map.put("commendation", (long) p.commendations[b]);
            }
            if (p.lapses[b] != Population.MISSING) {
                map.put("lapse", (long) p.lapses[b]);
            }
            map.put("incident", p.vetoed[b]);
            maps.add(map);
        }
        return maps;
    }

    private static Object value(ItemKind kind, int v) {
        return switch (kind) {
            case CHECK -> v == 1;
            case RATIO -> BigDecimal.valueOf(v, 3);
            case DIRECT -> BigDecimal.valueOf(v, 2);
            case OCCURRENCES -> {
                List<String> levels = new ArrayList<>(3);
                for (int c = v; c != 0; c >>>= 3) {
                    levels.add(Population.LEVELS.get((c & 7) - 1));
                }
                yield levels;
            }
            default -> (long) v;
        };
    }
}
