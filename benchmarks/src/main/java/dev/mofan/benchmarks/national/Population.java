package dev.mofan.benchmarks.national;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.engine.EvidenceColumns;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A deterministic synthetic population in the Quzhou shape (seed 003: 5 dimensions, 15 indicators,
 * 46 items), for comparing mofan with the floor and with the engines integrators use today.
 *
 * <p>The tree: a working committee over {@code units} units, each with an organ party committee over
 * 48 branches; the branches are assessed. The province has 100 units (4,901 orgs, 4,800 branches),
 * the nation 20,408 (about 1,000,000 orgs, 979,584 branches). The scheme uses every built-in rule
 * (items cycle through {@link ItemKind}), a bonus, a deduction and a veto.
 *
 * <p>The evidence is kept as primitive columns, one {@code int} per item and branch, which the floor
 * and the baselines read directly and from which {@link #evidence()} builds mofan's records: all
 * five read the same facts.
 */
public final class Population {

    /** Items in the scheme. */
    public static final int ITEMS = 46;
    /** A value that is not there: the branch has no record of the item's key. */
    static final int MISSING = Integer.MIN_VALUE;
    static final int BRANCHES_PER_UNIT = 48;
    /** Levels of the occurrences key, lowest first. */
    static final List<String> LEVELS = List.of("branch", "unit", "city", "province");
    static final Period YEAR = Period.year(2025);

    final int units;
    final int branches;
    final ItemKind[] kinds = new ItemKind[ITEMS];
    final int[] maxCents = new int[ITEMS];
    /** {@code values[item][branch]}, or {@link #MISSING}. */
    final int[][] values;
    /** Commendations (加分, 1 point each, at most 3), or {@link #MISSING}. */
    final int[] commendations;
    /** Lapses (扣分, 0.5 each, at most 5), or {@link #MISSING}. */
    final int[] lapses;
    /** A major incident (一票否决: total 0). */
    final boolean[] vetoed;

    private Population(int units, long seed) {
        this.units = units;
        this.branches = units * BRANCHES_PER_UNIT;
        for (int i = 0; i < ITEMS; i++) {
            kinds[i] = ItemKind.values()[i % ItemKind.values().length];
            maxCents[i] = i < ItemKind.values().length ? 300 : 200;     // 8 × 3 + 38 × 2 = 100 points
        }
        values = new int[ITEMS][branches];
        commendations = new int[branches];
        lapses = new int[branches];
        vetoed = new boolean[branches];
        long state = seed;
        for (int b = 0; b < branches; b++) {
            for (int i = 0; i < ITEMS; i++) {
                state = next(state);
                values[i][b] = draw(kinds[i], maxCents[i], state);
            }
            state = next(state);
            commendations[b] = (state >>> 7) % 10 < 3 ? (int) ((state >>> 20) % 3) : MISSING;
            state = next(state);
            lapses[b] = (state >>> 7) % 10 < 3 ? (int) ((state >>> 20) % 4) : MISSING;
            state = next(state);
            vetoed[b] = (state >>> 7) % 1000 < 5;
        }
    }

    /** The province: 100 units, 4,800 branches. */
    public static Population province() {
        return new Population(100, 3);
    }

    /** The nation: 20,408 units, 979,584 branches, about a million orgs. */
    public static Population nation() {
        return new Population(20_408, 3);
    }

    /** A population of {@code units} units, for tests. */
    public static Population ofUnits(int units) {
        return new Population(units, 3);
    }

    /** The units. */
    public int units() {
        return units;
    }

    /** The id of unit {@code u}. */
    public String unitId(int u) {
        return "u" + u;
    }

    /** The branches assessed. */
    public int branches() {
        return branches;
    }

    /** The id of branch {@code b}. */
    public String branchId(int b) {
        return "u" + (b / BRANCHES_PER_UNIT) + "-b" + (b % BRANCHES_PER_UNIT);
    }

    /** Item scores per evaluation: every item of every branch. */
    public long itemScores() {
        return (long) branches * ITEMS;
    }

    private static int draw(ItemKind kind, int maxCents, long r) {
        if ((r >>> 3) % 10 == 0) {
            return MISSING;                                   // one item in ten has no record
        }
        long v = r >>> 12;
        return switch (kind) {
            case CHECK -> v % 5 == 0 ? 0 : 1;
            case COUNT -> (int) (v % 8);
            case RATIO -> 400 + (int) (v % 601);              // 0.400 … 1.000
            case TIERS -> (int) (v % 13);
            case DEDUCT -> (v >>> 30) % 2 == 0 ? MISSING : (int) (v % 4);
            case RATING -> 50 + (int) (v % 51);
            case DIRECT -> (int) (v % (maxCents + 1));
            case OCCURRENCES -> occurrences(v);
        };
    }

    /** One to three cases, each at a level: 3 bits a case, 1 + the level's index. */
    private static int occurrences(long v) {
        int cases = 1 + (int) (v % 3);
        int packed = 0;
        for (int c = 0; c < cases; c++) {
            packed |= (1 + (int) ((v >>> (4 + 2 * c)) & 3)) << (3 * c);
        }
        return packed;
    }

    private static long next(long state) {
        long z = state + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The scheme, read by mofan's own reader from the YAML it is written in. */
    public Scheme scheme() {
        return SchemeFormat.ofDefaults().read(schemeYaml(), Syntax.YAML);
    }

    /** The scheme as YAML: 5 dimensions of 3 indicators; items in order, 3 to an indicator (4 in the first). */
    public String schemeYaml() {
        return schemeYaml(false);
    }

    /**
     * The scheme that also ranks and rolls up, for steps 9 and 10 at scale: units are assessed too
     * (one item of their own, points given), each unit is rolled up with its branches (30% own, 70%
     * its branches, equally weighted), the branches race within their units (leaders and laggards
     * 10%, at most 20% excellent), and the units race on the roll-up.
     */
    public Scheme rankingScheme() {
        return SchemeFormat.ofDefaults().read(schemeYaml(true), Syntax.YAML);
    }

    private String schemeYaml(boolean ranked) {
        String itemSubjects = ranked ? ", subjects: [branch]" : "";
        StringBuilder y = new StringBuilder("id: quzhou-shape\nversion: \"1\"\nperiod: year\nmaxPoints: 100\n"
                + "subjects: " + (ranked ? "[unit, branch]" : "[branch]") + "\nkeys:\n");
        for (int i = 0; i < ITEMS; i++) {
            y.append("  - {id: k").append(i).append(", type: ").append(kinds[i].keyType);
            if (kinds[i] == ItemKind.OCCURRENCES) {
                y.append(", values: [").append(String.join(", ", LEVELS)).append("], combine: distinct-cases");
            }
            y.append("}\n");
        }
        y.append("  - {id: commendation, type: count}\n  - {id: lapse, type: count}\n"
                + "  - {id: major-incident, type: flag}\n");
        if (ranked) {
            y.append("  - {id: unit-points, type: points}\n");
        }
        y.append("dimensions:\n");
        int item = 0;
        for (int d = 0; d < 5; d++) {
            y.append("  - id: d").append(d).append("\n    indicators:\n");
            for (int n = 0; n < 3; n++) {
                int count = d == 0 && n == 0 ? 4 : 3;
                y.append("      - id: d").append(d).append("-i").append(n).append("\n        items:\n");
                for (int k = 0; k < count; k++, item++) {
                    y.append("          - {id: x").append(item).append(", maxPoints: ").append(Cents.text(maxCents[item]))
                            .append(", rule: {id: ").append(kinds[item].rule).append(", params: ")
                            .append(kinds[item].params(maxCents[item])).append("}, keys: [k").append(item).append("]")
                            .append(itemSubjects).append("}\n");
                }
            }
        }
        if (ranked) {
            y.append("  - id: unit-work\n    indicators:\n      - id: unit-work-i\n        items:\n"
                    + "          - {id: unit-assessment, maxPoints: 100, rule: {id: direct}, keys: [unit-points], "
                    + "subjects: [unit]}\n");
        }
        y.append("bonuses:\n  - {id: commendations, key: commendation, per: 1, cap: 3}\n")
                .append("deductions:\n  - {id: lapses, key: lapse, per: 0.5, cap: 5}\n")
                .append("vetoes:\n  - {id: incident, when: {key: major-incident, op: \"==\", value: true}, effect: zero}\n")
                .append("grades:\n  - {id: excellent, min: 90}\n  - {id: good, min: 80}\n  - {id: pass, min: 60}\n"
                        + "  - {id: fail, min: 0}\n");
        if (ranked) {
            y.append("rollups:\n  - {id: unit-with-branches, kind: hierarchy, subjects: [unit], children: [branch], "
                    + "own: 0.3, weighting: equal, missing: skip}\n")
                    .append("peerGroups:\n  - {id: branches, kinds: [branch], within: unit, leaders: {share: 0.1}, "
                            + "laggards: {share: 0.1}, quotas: [{grade: excellent, share: 0.2}]}\n")
                    .append("  - {id: units, kinds: [unit], figure: \"rollup:unit-with-branches\", "
                            + "leaders: {count: 100}, laggards: {share: 0.1}}\n");
        }
        return y.toString();
    }

    /** The org tree: the working committee, units, their organ party committees and branches. */
    public OrgDirectory directory() {
        List<OrgUnit> orgs = new ArrayList<>(1 + units * (BRANCHES_PER_UNIT + 2));
        orgs.add(org("wc", OrgKind.WORKING_COMMITTEE, null));
        for (int u = 0; u < units; u++) {
            orgs.add(org("u" + u, OrgKind.UNIT, "wc"));
            orgs.add(org("u" + u + "-oc", OrgKind.ORGAN_COMMITTEE, "u" + u));
        }
        for (int b = 0; b < branches; b++) {
            orgs.add(org(branchId(b), OrgKind.BRANCH, "u" + (b / BRANCHES_PER_UNIT) + "-oc"));
        }
        return OrgDirectory.of(OrgTree.of(orgs));
    }

    private static OrgUnit org(String id, OrgKind kind, String parent) {
        return new OrgUnit(id, kind, Optional.ofNullable(parent), Label.NONE, BranchType.REGULAR, new TreeSet<>());
    }

    /** mofan's evidence records for the columns: one record per value (one per case for occurrences). */
    public Evidence evidence() {
        List<EvidenceRecord> records = new ArrayList<>(branches * ITEMS);
        int n = 0;
        for (int b = 0; b < branches; b++) {
            String subject = branchId(b);
            for (int i = 0; i < ITEMS; i++) {
                int v = values[i][b];
                if (v == MISSING) {
                    continue;
                }
                String key = "k" + i;
                if (kinds[i] == ItemKind.OCCURRENCES) {
                    for (int c = 0; (v >>> (3 * c) & 7) != 0; c++) {
                        String level = LEVELS.get((v >>> (3 * c) & 7) - 1);
                        records.add(EvidenceRecord.of("r" + n++, subject, key, YEAR, Value.of(level))
                                .withCaseId("c" + c));
                    }
                    continue;
                }
                records.add(EvidenceRecord.of("r" + n++, subject, key, YEAR, value(kinds[i], v)));
            }
            if (commendations[b] != MISSING) {
                records.add(EvidenceRecord.of("r" + n++, subject, "commendation", YEAR, Value.of(commendations[b])));
            }
            if (lapses[b] != MISSING) {
                records.add(EvidenceRecord.of("r" + n++, subject, "lapse", YEAR, Value.of(lapses[b])));
            }
            if (vetoed[b]) {
                records.add(EvidenceRecord.of("r" + n++, subject, "major-incident", YEAR, Value.of(true)));
            }
        }
        return Evidence.of(records);
    }

    /**
     * The same facts as {@link #evidence()}, as an integrator holding combined figures fills mofan's
     * columns: one value per branch and key (each occurrence a case with its level), and for the
     * ranking scheme each unit's own points.
     *
     * @param evaluator an evaluator of {@link #scheme()} or {@link #rankingScheme()}
     * @param directory {@link #directory()}
     */
    public EvidenceColumns columns(Evaluator evaluator, OrgDirectory directory) {
        EvidenceColumns.Builder builder = EvidenceColumns.builder(evaluator, directory, YEAR);
        int[] keys = new int[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            keys[i] = builder.key("k" + i);
        }
        int commendation = builder.key("commendation");
        int lapse = builder.key("lapse");
        int incident = builder.key("major-incident");
        for (int b = 0; b < branches; b++) {
            int s = builder.subject(branchId(b));
            for (int i = 0; i < ITEMS; i++) {
                int v = values[i][b];
                if (v == MISSING) {
                    continue;
                }
                switch (kinds[i]) {
                    case CHECK -> builder.flag(keys[i], s, v == 1);
                    case RATIO -> builder.fraction(keys[i], s, v, 1000);
                    case DIRECT -> builder.fraction(keys[i], s, v, 100);
                    case OCCURRENCES -> {
                        for (int c = 0; (v >>> (3 * c) & 7) != 0; c++) {
                            builder.addCase(keys[i], s, LEVELS.get((v >>> (3 * c) & 7) - 1));
                        }
                    }
                    default -> builder.count(keys[i], s, v);
                }
            }
            if (commendations[b] != MISSING) {
                builder.count(commendation, s, commendations[b]);
            }
            if (lapses[b] != MISSING) {
                builder.count(lapse, s, lapses[b]);
            }
            if (vetoed[b]) {
                builder.flag(incident, s, true);
            }
        }
        if (evaluator.scheme().key("unit-points").isPresent()) {
            int unitPoints = builder.key("unit-points");
            for (int u = 0; u < units; u++) {
                builder.fraction(unitPoints, builder.subject(unitId(u)), unitCents(u), 100);
            }
        }
        return builder.build();
    }

    /** A unit's own points (the ranking scheme's unit item), in cents. */
    public static long unitCents(int u) {
        return 6_000 + (u * 7_919L) % 4_000;
    }

    private static Value value(ItemKind kind, int v) {
        return switch (kind) {
            case CHECK -> Value.of(v == 1);
            case RATIO -> Value.of(BigDecimal.valueOf(v, 3));
            case DIRECT -> Value.of(BigDecimal.valueOf(v, 2));
            default -> Value.of(v);
        };
    }
}
