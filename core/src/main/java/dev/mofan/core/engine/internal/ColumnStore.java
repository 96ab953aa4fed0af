package dev.mofan.core.engine.internal;

import dev.mofan.core.engine.internal.EvidenceIndex.Counted;
import dev.mofan.core.spi.Fraction;
import dev.mofan.model.error.Problem;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.Subject;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every subject's combined evidence per key as primitive columns (docs/performance.md, "Columns"):
 * what the columnar path scores. Each value is an exact fraction of two longs, {@code den == 0}
 * meaning "no record"; a flag is 0 or 1, a graded key's text the index of its value, and a
 * category key combined by {@code distinct-cases} its cases, each the set of levels it names,
 * packed a byte a case, largest first. Beside them, where something reads them: for keys that
 * deductions and bonuses read, the total of their distinct cases (each case's latest value,
 * positive ones only, a text as 1) and, for adjustments by level, the cases counted per level; for
 * graded keys, how many records name each value.
 *
 * <p>Filled value by value (mutable while being built, then only read) and not shared between
 * threads while being filled.
 */
public final class ColumnStore {

    /** A flag: 0 or 1. */
    public static final int FLAG = 0;
    /** A number: the combined value, an exact fraction. */
    public static final int NUMBER = 1;
    /** A graded key combined by {@code latest}: the index of the value in the key's values. */
    public static final int TEXT = 2;
    /** A category key combined by {@code distinct-cases}: the cases, each a set of levels. */
    public static final int CASES = 3;
    /**
     * Not a way a key is held but a second column beside a {@link #TEXT} one: how many records name
     * each of the key's values, packed a byte a value (value {@code i} in byte {@code i}).
     */
    public static final int VALUES = 4;
    /** The most cases and the most levels a packed value holds; the most values a {@link #VALUES} column counts. */
    public static final int MOST_CASES = 8;
    /** The most records of one value a {@link #VALUES} column counts. */
    static final int MOST_OF_A_VALUE = 0xFF;

    private final CompiledScheme compiled;
    private final List<Subject> subjects;
    private final Map<String, Integer> subjectIndex;
    private final List<EvidenceKey> keys;
    private final Map<String, Integer> keyIndex = new HashMap<>();
    private final int[] mode;
    private final long[][] num;
    private final long[][] den;
    private final long[][] caseNum;
    private final long[][] caseDen;
    private final long[][] levelCases;
    private final long[][] valueNum;
    private final long[][] valueDen;
    /** Subjects whose evidence a column cannot hold exactly: scored from their records instead. */
    private final BitSet unfit = new BitSet();
    private final Map<Integer, Map<String, List<Counted>>> unfitRecords = new HashMap<>();

    /**
     * Empty columns for {@code subjects}, the assessed subjects in the engine's order.
     *
     * @param compiled the compiled scheme
     * @param subjects the assessed subjects, in the order the engine scores them
     */
    public ColumnStore(CompiledScheme compiled, List<Subject> subjects) {
        this.compiled = compiled;
        this.subjects = List.copyOf(subjects);
        this.subjectIndex = new HashMap<>(subjects.size() * 2);
        for (int i = 0; i < subjects.size(); i++) {
            subjectIndex.put(subjects.get(i).id(), i);
        }
        this.keys = compiled.scheme().keys();
        this.mode = new int[keys.size()];
        this.num = new long[keys.size()][];
        this.den = new long[keys.size()][];
        this.caseNum = new long[keys.size()][];
        this.caseDen = new long[keys.size()][];
        this.levelCases = new long[keys.size()][];
        this.valueNum = new long[keys.size()][];
        this.valueDen = new long[keys.size()][];
        List<String> adjusted = adjustments(compiled.scheme()).stream().map(Adjustment::key).toList();
        List<String> byLevel = adjustments(compiled.scheme()).stream().filter(a -> !a.levels().isEmpty())
                .map(Adjustment::key).toList();
        for (int k = 0; k < keys.size(); k++) {
            EvidenceKey key = keys.get(k);
            keyIndex.put(key.id(), k);
            mode[k] = modeOf(key);
            num[k] = new long[subjects.size()];
            den[k] = new long[subjects.size()];
            if (mode[k] == TEXT && key.values().size() <= MOST_CASES) {
                valueNum[k] = new long[subjects.size()];
                valueDen[k] = new long[subjects.size()];
            }
            if (byLevel.contains(key.id()) && !key.values().isEmpty() && key.values().size() <= MOST_CASES) {
                levelCases[k] = new long[subjects.size()];
            }
            if (adjusted.contains(key.id())) {
                caseNum[k] = new long[subjects.size()];
                caseDen[k] = new long[subjects.size()];
            }
        }
    }

    /**
     * {@return every deduction and bonus of {@code scheme}: the whole scheme's, each dimension's and
     * indicator's, each part's, in document order}
     *
     * @param scheme the scheme
     */
    public static List<Adjustment> adjustments(Scheme scheme) {
        List<Adjustment> all = new ArrayList<>(scheme.deductions());
        all.addAll(scheme.bonuses());
        for (Dimension dimension : scheme.dimensions()) {
            all.addAll(dimension.deductions());
            all.addAll(dimension.bonuses());
            for (Indicator indicator : dimension.indicators()) {
                all.addAll(indicator.deductions());
                all.addAll(indicator.bonuses());
            }
        }
        scheme.parts().forEach(part -> all.addAll(part.deductions()));
        return List.copyOf(all);
    }

    /**
     * {@return how a key is held: {@link #FLAG}, {@link #NUMBER}, {@link #TEXT} or {@link #CASES}}
     *
     * @param key the key
     */
    static int modeOf(EvidenceKey key) {
        if (key.type() == KeyType.FLAG) {
            return FLAG;
        }
        if (key.isGraded()) {
            return key.combine() == Combination.DISTINCT_CASES ? CASES : TEXT;
        }
        return NUMBER;
    }

    /** {@return the compiled scheme the columns are for} */
    public CompiledScheme compiled() {
        return compiled;
    }

    /** {@return the subjects, in the engine's order} */
    public List<Subject> subjects() {
        return subjects;
    }

    /**
     * {@return the index of subject {@code id}, or -1}
     *
     * @param id the subject's id
     */
    public int subjectIndex(String id) {
        return subjectIndex.getOrDefault(id, -1);
    }

    /**
     * {@return the index of key {@code id}, or -1}
     *
     * @param id the key's id
     */
    public int keyIndex(String id) {
        return keyIndex.getOrDefault(id, -1);
    }

    /** {@return the keys, in the scheme's order} */
    public List<EvidenceKey> keys() {
        return keys;
    }

    /**
     * {@return how key {@code k} is held: {@link #FLAG}, {@link #NUMBER}, {@link #TEXT} or {@link #CASES}}
     *
     * @param k the key's index
     */
    public int mode(int k) {
        return mode[k];
    }

    /**
     * {@return the numerators of key {@code k}, by subject}
     *
     * @param k the key's index
     */
    public long[] numerators(int k) {
        return num[k];
    }

    /**
     * {@return the denominators of key {@code k}, by subject; 0 where the subject has no record}
     *
     * @param k the key's index
     */
    public long[] denominators(int k) {
        return den[k];
    }

    /**
     * {@return the numerators of key {@code k}'s case totals, by subject; null unless an adjustment reads it}
     *
     * @param k the key's index
     */
    public long[] caseNumerators(int k) {
        return caseNum[k];
    }

    /**
     * {@return the denominators of key {@code k}'s case totals; 0 where none was set}
     *
     * @param k the key's index
     */
    public long[] caseDenominators(int k) {
        return caseDen[k];
    }

    /**
     * {@return how many distinct cases of key {@code k} have each of its values as their latest value,
     * packed a byte a value, by subject; null unless a deduction or bonus by level reads the key}
     *
     * @param k the key's index
     */
    public long[] levelCases(int k) {
        return levelCases[k];
    }

    /**
     * Counts one more distinct case of key {@code k} whose latest value is value {@code index}.
     *
     * @param k the key's index, read by a deduction or bonus by level
     * @param s the subject's index
     * @param index the value's index in the key's values
     * @return false, changing nothing, when the value already has {@value #MOST_OF_A_VALUE} cases
     */
    public boolean countCase(int k, int s, int index) {
        if (((levelCases[k][s] >>> (8 * index)) & 0xFF) == MOST_OF_A_VALUE) {
            return false;
        }
        levelCases[k][s] += 1L << (8 * index);
        return true;
    }

    /**
     * {@return how many records of key {@code k} name each of its values, packed a byte a value, by
     * subject; null unless the key is {@link #TEXT} with at most {@value #MOST_CASES} values}
     *
     * @param k the key's index
     */
    public long[] valueCounts(int k) {
        return valueNum[k];
    }

    /**
     * {@return 1 where the subject has records counted in {@link #valueCounts}, 0 where it has none}
     *
     * @param k the key's index
     */
    public long[] valuePresence(int k) {
        return valueDen[k];
    }

    /**
     * Counts one more record of key {@code k} naming its value {@code index} for a subject.
     *
     * @param k the key's index, a {@link #TEXT} key with value counts
     * @param s the subject's index
     * @param index the value's index in the key's values
     * @return false, changing nothing, when the value already has {@value #MOST_OF_A_VALUE} records
     */
    public boolean countValue(int k, int s, int index) {
        long count = (valueNum[k][s] >>> (8 * index)) & 0xFF;
        if (count == MOST_OF_A_VALUE) {
            return false;
        }
        valueNum[k][s] += 1L << (8 * index);
        valueDen[k][s] = 1;
        return true;
    }

    /**
     * {@return whether subject {@code s} is scored from its records, its evidence not fitting the columns}
     *
     * @param s the subject's index
     */
    public boolean unfit(int s) {
        return unfit.get(s);
    }

    /**
     * {@return the records of an unfit subject, by key}
     *
     * @param s the subject's index
     */
    public Map<String, List<Counted>> records(int s) {
        return unfitRecords.getOrDefault(s, Map.of());
    }

    // ---------------------------------------------------------------- setting values

    /**
     * Sets the combined value of a key for a subject.
     *
     * @param k the key's index
     * @param s the subject's index
     * @param numerator the numerator
     * @param denominator the denominator, greater than 0
     */
    public void set(int k, int s, long numerator, long denominator) {
        long g = gcd(Math.abs(numerator), denominator);
        num[k][s] = numerator / g;
        den[k][s] = denominator / g;
    }

    /**
     * Sets the case total a deduction or bonus of key {@code k} counts for a subject.
     *
     * @param k the key's index, read by an adjustment
     * @param s the subject's index
     * @param numerator the numerator
     * @param denominator the denominator, greater than 0
     */
    public void setCases(int k, int s, long numerator, long denominator) {
        long g = gcd(Math.abs(numerator), denominator);
        caseNum[k][s] = numerator / g;
        caseDen[k][s] = denominator / g;
    }

    /**
     * {@return whether the case total of key {@code k} was set for subject {@code s}}
     *
     * @param k the key's index
     * @param s the subject's index
     */
    public boolean hasCases(int k, int s) {
        return caseDen[k] != null && caseDen[k][s] != 0;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    /**
     * {@return {@code value} as a reduced fraction of two longs ({numerator, denominator}), or empty when it
     * does not fit}
     *
     * @param value the exact value
     */
    public static Optional<long[]> longs(Fraction value) {
        BigInteger n = value.numerator().unscaledValue();
        BigInteger d = value.denominator().unscaledValue();
        int shift = value.denominator().scale() - value.numerator().scale();
        if (shift > 0) {
            n = n.multiply(BigInteger.TEN.pow(shift));
        } else if (shift < 0) {
            d = d.multiply(BigInteger.TEN.pow(-shift));
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (g.signum() > 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (n.bitLength() > 62 || d.bitLength() > 62) {
            return Optional.empty();
        }
        return Optional.of(new long[] {n.longValue(), d.longValue()});
    }

    /**
     * {@return the cases of a {@link #CASES} key packed into one long: each case the set of level
     * indexes it names (bit {@code i} for level {@code i}), a byte a case, largest first; empty
     * when there are more than {@link #MOST_CASES} cases or a case names a level beyond the eighth}
     *
     * @param masks each case's set of levels
     */
    public static Optional<Long> pack(long[] masks) {
        if (masks.length > MOST_CASES) {
            return Optional.empty();
        }
        long[] sorted = masks.clone();
        Arrays.sort(sorted);
        long packed = 0;
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] <= 0 || sorted[i] > 0xFF) {
                return Optional.empty();
            }
            packed = (packed << 8) | sorted[i];
        }
        return Optional.of(packed);
    }

    /**
     * {@return the cases packed by {@link #pack}, each its set of levels}
     *
     * @param packed the packed cases
     */
    public static long[] unpack(long packed) {
        int n = 0;
        for (long p = packed; p != 0; p >>>= 8) {
            n++;
        }
        long[] masks = new long[n];
        long p = packed;
        for (int i = n - 1; i >= 0; i--) {
            masks[i] = p & 0xFF;
            p >>>= 8;
        }
        return masks;
    }

    // ---------------------------------------------------------------- filling from records

    /**
     * Fills the columns from the records that count, the engine's own screening and combining: a
     * subject with self-assessed records, or a value a column cannot hold exactly, keeps its
     * records and is scored from them.
     *
     * @param index the screened records
     * @param everyone whether every subject keeps its records (a scheme the columnar path does not support)
     */
    public void fill(EvidenceIndex index, boolean everyone) {
        for (int s = 0; s < subjects.size(); s++) {
            Map<String, List<Counted>> records = index.of(subjects.get(s).id());
            if (records.isEmpty()) {
                continue;
            }
            if (everyone || !fillSubject(s, records)) {
                unfit.set(s);
                unfitRecords.put(s, records);
                for (int k = 0; k < keys.size(); k++) {
                    den[k][s] = 0;
                    if (caseDen[k] != null) {
                        caseDen[k][s] = 0;
                    }
                    if (valueDen[k] != null) {
                        valueNum[k][s] = 0;
                        valueDen[k][s] = 0;
                    }
                    if (levelCases[k] != null) {
                        levelCases[k][s] = 0;
                    }
                }
            }
        }
    }

    private boolean fillSubject(int s, Map<String, List<Counted>> records) {
        for (Map.Entry<String, List<Counted>> entry : records.entrySet()) {
            for (Counted counted : entry.getValue()) {
                if (counted.record().stage() == Stage.SELF) {
                    return false;
                }
            }
            int k = keyIndex.get(entry.getKey());
            EvidenceKey key = keys.get(k);
            List<Counted> list = entry.getValue();
            if (mode[k] == CASES) {
                Optional<Long> packed = pack(caseMasks(key, list));
                if (packed.isEmpty()) {
                    return false;
                }
                num[k][s] = packed.get();
                den[k][s] = 1;
            } else if (mode[k] == TEXT) {
                Optional<String> text = Combiner.combine(key, list, compiled.scheme().timeZone()).text();
                if (text.isEmpty()) {
                    return false;
                }
                num[k][s] = key.values().indexOf(text.get());
                den[k][s] = 1;
                if (valueNum[k] != null) {
                    for (Counted counted : list) {
                        if (counted.record().value() instanceof Value.Text named
                                && !countValue(k, s, key.values().indexOf(named.value()))) {
                            return false;
                        }
                    }
                }
            } else {
                Optional<Fraction> exact = Combiner.combine(key, list, compiled.scheme().timeZone()).exact();
                Optional<long[]> longs = exact.flatMap(ColumnStore::longs);
                if (longs.isEmpty()) {
                    return false;
                }
                num[k][s] = longs.get()[0];
                den[k][s] = longs.get()[1];
            }
            if (caseDen[k] != null) {
                Optional<long[]> total = longs(caseTotal(list));
                if (total.isEmpty()) {
                    return false;
                }
                setCases(k, s, total.get()[0], total.get()[1]);
            }
            if (levelCases[k] != null) {
                for (Counted latest : Combiner.latestByCase(list, compiled.scheme().timeZone())) {
                    if (latest.record().value() instanceof Value.Text text && key.values().contains(text.value())
                            && !countCase(k, s, key.values().indexOf(text.value()))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Each distinct case's set of levels (a case id, or the record's own id without one). */
    private static long[] caseMasks(EvidenceKey key, List<Counted> records) {
        Map<String, Long> byCase = new LinkedHashMap<>();
        for (Counted counted : records) {
            long bit = counted.record().value() instanceof Value.Text text && key.values().indexOf(text.value()) >= 0
                    ? 1L << key.values().indexOf(text.value()) : 0;
            byCase.merge(Combiner.caseOf(counted), bit, (a, b) -> a | b);
        }
        return byCase.values().stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * What an adjustment of this key counts: each distinct case by its latest record, its value (a
     * text as 1), positive ones only. The same cases and the same order as {@code SubjectScorer}.
     */
    private Fraction caseTotal(List<Counted> records) {
        Fraction total = Fraction.ZERO;
        for (Counted counted : Combiner.latestByCase(records, compiled.scheme().timeZone())) {
            Fraction value = counted.exact().orElse(Fraction.ONE);
            if (value.signum() > 0) {
                total = total.add(value);
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- checks for the public builder

    /**
     * {@return the index of key {@code id}}
     *
     * @param id the key's id
     * @param path where the key was named, for the error
     * @throws ValidationException (code {@code columns.key-unknown}) if the scheme does not declare it
     */
    public int requireKey(String id, String path) {
        int k = keyIndex(id);
        if (k < 0) {
            throw problem(path, EngineProblems.COLUMNS_KEY, id, compiled.scheme().id());
        }
        return k;
    }

    /**
     * {@return the index of subject {@code id}}
     *
     * @param id the subject's id
     * @param path where the subject was named, for the error
     * @throws ValidationException (code {@code columns.subject-unknown}) if it is not assessed
     */
    public int requireSubject(String id, String path) {
        int s = subjectIndex(id);
        if (s < 0) {
            throw problem(path, EngineProblems.COLUMNS_SUBJECT, id, compiled.scheme().id());
        }
        return s;
    }

    /**
     * Checks that key {@code k} is held as {@code expected}.
     *
     * @param k the key's index
     * @param expected the mode the value is given in
     * @param path where the value was given, for the error
     * @throws ValidationException (code {@code columns.form}) if the key is held otherwise
     */
    public void requireMode(int k, int expected, String path) {
        if (mode[k] != expected) {
            EvidenceKey key = keys.get(k);
            throw problem(path, EngineProblems.COLUMNS_FORM, key.id(), key.type().id() + ", " + key.combine().id(),
                    modeName(mode[k]), modeName(expected));
        }
    }

    private static Label modeName(int mode) {
        return switch (mode) {
            case FLAG -> Label.of("是否", "a flag");
            case NUMBER -> Label.of("数值", "a number");
            case TEXT -> Label.of("取值之一", "one of its values");
            default -> Label.of("各起案例及其级别", "cases with their levels");
        };
    }

    /**
     * Checks that {@code value} fits key {@code k}'s type, as the evidence screening does.
     *
     * @param k the key's index
     * @param value the value
     * @param path where the value was given, for the error
     * @throws ValidationException (code {@code columns.value}) if it does not fit
     */
    public void requireFit(int k, Value value, String path) {
        EvidenceKey key = keys.get(k);
        Optional<Label> misfit = EvidenceIndex.misfit(key, value);
        if (misfit.isPresent()) {
            String shown = value instanceof Value.Number n ? n.value().toPlainString()
                    : value instanceof Value.Text t ? "\"" + t.value() + "\"" : String.valueOf(value);
            throw problem(path, EngineProblems.COLUMNS_VALUE, shown, key.id(), key.type(), misfit.get());
        }
    }

    /**
     * {@return a validation exception of one problem}
     *
     * @param path where
     * @param problem what
     * @param args the problem's arguments
     */
    public static ValidationException problem(String path, Problem problem, Object... args) {
        return new ValidationException(List.of(Violation.of(path, problem, args)));
    }

    /**
     * {@return the sign of {@code n/d − value}, exactly}
     *
     * @param n the numerator
     * @param d the denominator, greater than 0
     * @param value the decimal compared with
     */
    static int compare(long n, long d, BigDecimal value) {
        if (d == 1 && value.scale() == 0 && value.unscaledValue().bitLength() < 63) {
            return Long.compare(n, value.longValue());
        }
        return BigDecimal.valueOf(n).compareTo(value.multiply(BigDecimal.valueOf(d)));
    }
}
