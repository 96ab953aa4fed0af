package dev.mofan.core.engine;

import dev.mofan.core.engine.internal.ColumnStore;
import dev.mofan.core.engine.internal.EngineProblems;
import dev.mofan.core.engine.internal.EvidenceIndex;
import dev.mofan.core.spi.Fraction;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.UnusedRecord;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One period's evidence as primitive columns, one value per key and assessed subject: what
 * {@link Evaluator#totals(EvidenceColumns)} scores at national scale without an object per record
 * (docs/performance.md). A value is the key's <em>combined</em> value (the sum of a count, the
 * latest flag, the mean rating), held exactly.
 *
 * <p>Two ways to get them:
 * <ul>
 *   <li>{@link #of(Evaluator, OrgDirectory, Evidence, Period)} from evidence records, screened and
 *       combined by the engine itself. A subject whose records a column cannot hold exactly
 *       (self-assessment, a value beyond two longs, more than 8 cases) keeps its records and is
 *       scored from them: the figures are always the engine's.</li>
 *   <li>{@link #builder(Evaluator, OrgDirectory, Period)}, filled by an integrator who already holds
 *       combined figures in a database or a data warehouse (a count per branch and key). Every value
 *       is checked against its key's type; all problems are reported together by
 *       {@link Builder#build()}.</li>
 * </ul>
 *
 * <p>Immutable once built; tied to the evaluator's scheme and the directory's subjects.
 */
public final class EvidenceColumns {

    private static final Label BEYOND_LONGS = Label.of("分子或分母超出 2^62", "a numerator or denominator beyond 2^62");
    private static final Label MOST = Label.of("每个考评对象至多 " + ColumnStore.MOST_CASES + " 起案例、"
            + ColumnStore.MOST_CASES + " 个级别", "at most " + ColumnStore.MOST_CASES + " cases and "
            + ColumnStore.MOST_CASES + " levels a subject");

    private final ColumnStore store;
    private final Period period;
    private final LocalDate asOf;
    private final List<UnusedRecord> unused;
    private final Supplier<String> fingerprint;
    private final boolean readFromRecords;

    private EvidenceColumns(ColumnStore store, Period period, LocalDate asOf, List<UnusedRecord> unused,
            Supplier<String> fingerprint, boolean readFromRecords) {
        this.readFromRecords = readFromRecords;
        this.store = store;
        this.period = period;
        this.asOf = asOf;
        this.unused = List.copyOf(unused);
        this.fingerprint = fingerprint;
    }

    /**
     * {@return the columns of {@code evidence} for {@code period}, dates judged as of its last day}
     *
     * @param evaluator the evaluator whose scheme the columns are for
     * @param directory the org directory
     * @param evidence the evidence records
     * @param period the period, of the scheme's period kind
     * @throws ValidationException (code {@code evaluate.period-kind}) for a period of another kind
     */
    public static EvidenceColumns of(Evaluator evaluator, OrgDirectory directory, Evidence evidence, Period period) {
        return of(evaluator, directory, evidence, period, period.end());
    }

    /**
     * {@return the columns of {@code evidence} for {@code period}, dates judged as of {@code asOf}}
     * Records are screened as {@link Evaluator#evaluate} screens them; the unused ones are listed
     * with their reasons in {@link #unused()}.
     *
     * @param evaluator the evaluator whose scheme the columns are for
     * @param directory the org directory
     * @param evidence the evidence records
     * @param period the period, of the scheme's period kind
     * @param asOf the day dates are judged at
     * @throws ValidationException (code {@code evaluate.period-kind}) for a period of another kind
     */
    public static EvidenceColumns of(Evaluator evaluator, OrgDirectory directory, Evidence evidence, Period period,
            LocalDate asOf) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(asOf, "asOf");
        evaluator.checkPeriod(period);
        ColumnStore store = new ColumnStore(evaluator.compiled(), evaluator.subjects(directory));
        EvidenceIndex index = EvidenceIndex.build(evaluator.compiled(), directory, evidence, period, asOf);
        store.fill(index, !evaluator.compiled().columnar().limits().isEmpty());
        return new EvidenceColumns(store, period, asOf, index.unused(),
                () -> evaluator.compiled().fingerprint(directory, evidence), true);
    }

    /**
     * {@return empty columns for the subjects {@code evaluator} assesses in {@code directory}, to be
     * filled with combined values} Dates are judged as of the period's last day.
     *
     * @param evaluator the evaluator whose scheme the columns are for
     * @param directory the org directory
     * @param period the period, of the scheme's period kind
     * @throws ValidationException (code {@code evaluate.period-kind}) for a period of another kind
     */
    public static Builder builder(Evaluator evaluator, OrgDirectory directory, Period period) {
        Objects.requireNonNull(directory, "directory");
        evaluator.checkPeriod(period);
        return new Builder(new ColumnStore(evaluator.compiled(), evaluator.subjects(directory)), period);
    }

    /** {@return the number of subjects, the assessed orgs in tree order and then divisions by id} */
    public int size() {
        return store.subjects().size();
    }

    /**
     * {@return the id of subject {@code index}}
     *
     * @param index the subject's index, from 0
     */
    public String subject(int index) {
        return store.subjects().get(index).id();
    }

    /**
     * {@return the index of subject {@code id}, or -1 if the scheme does not assess it}
     *
     * @param id the subject's id
     */
    public int indexOf(String id) {
        return store.subjectIndex(id);
    }

    /** {@return how many subjects keep their records, their evidence not fitting the columns} */
    public int keptAsRecords() {
        int kept = 0;
        for (int s = 0; s < size(); s++) {
            kept += store.unfit(s) ? 1 : 0;
        }
        return kept;
    }

    /** {@return the period the columns are for} */
    public Period period() {
        return period;
    }

    /** {@return the day dates were judged at} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return the records screening left out, with why; empty for columns filled by a builder} */
    public List<UnusedRecord> unused() {
        return unused;
    }

    /** Whether the columns were read from records (a subject may keep them), not given by a builder. */
    boolean readFromRecords() {
        return readFromRecords;
    }

    ColumnStore store() {
        return store;
    }

    /** The fingerprint of the scheme, directory and evidence, or "" for columns that were given, not read. */
    String fingerprint() {
        return fingerprint.get();
    }

    /**
     * Fills columns with combined values. Name a key and a subject once ({@link #key}, {@link #subject})
     * and set values by their handles: at national scale that is tens of millions of calls.
     * A value that does not fit is not set; {@link #build()} reports every such problem at once.
     * Once built, the builder takes no more values ({@link IllegalStateException}): the columns it
     * gave stay as they were. Not thread-safe.
     */
    public static final class Builder {

        private final ColumnStore store;
        private final Period period;
        private final List<Violation> problems = new ArrayList<>();
        private final Map<Long, List<Long>> cases = new HashMap<>();
        private boolean built;

        private Builder(ColumnStore store, Period period) {
            this.store = store;
            this.period = period;
        }

        /**
         * {@return the handle of key {@code id}}
         *
         * @param id the key's id, as the scheme declares it
         * @throws ValidationException (code {@code columns.key-unknown}) if the scheme does not declare it
         */
        public int key(String id) {
            return store.requireKey(id, "$.columns." + id);
        }

        /**
         * {@return the index of subject {@code id}}
         *
         * @param id the subject's id
         * @throws ValidationException (code {@code columns.subject-unknown}) if the scheme does not assess it
         */
        public int subject(String id) {
            return store.requireSubject(id, "$.columns.subjects." + id);
        }

        private String path(int key, int subject) {
            return "$.columns." + store.keys().get(key).id() + "." + store.subjects().get(subject).id();
        }

        /** Checks that the builder still takes values and that the handles are ones it gave. */
        private void open(int key, int subject) {
            if (built) {
                throw new IllegalStateException("build() was called: the columns are no longer changed");
            }
            Objects.checkIndex(key, store.keys().size());
            Objects.checkIndex(subject, store.subjects().size());
        }

        private boolean check(int key, int subject, int mode, Value value) {
            open(key, subject);
            try {
                store.requireMode(key, mode, path(key, subject));
                if (value != null) {
                    store.requireFit(key, value, path(key, subject));
                }
                return true;
            } catch (ValidationException e) {
                problems.addAll(e.violations());
                return false;
            }
        }

        /**
         * Sets a whole number: a count, or a whole amount, points or rating.
         *
         * @param key the key's handle
         * @param subject the subject's index
         * @param value the combined value
         * @return this builder
         */
        public Builder count(int key, int subject, long value) {
            KeyType type = store.keys().get(key).type();
            boolean plain = value >= 0 && (type == KeyType.COUNT || type == KeyType.AMOUNT || type == KeyType.POINTS);
            if (check(key, subject, ColumnStore.NUMBER, plain ? null : new Value.Number(BigDecimal.valueOf(value)))) {
                store.set(key, subject, value, 1);
                sumIsCaseTotal(key, subject, value, 1);
            }
            return this;
        }

        /**
         * Sets a decimal: an amount, points, a numeric rating, a share for a ratio.
         *
         * @param key the key's handle
         * @param subject the subject's index
         * @param value the combined value
         * @return this builder
         */
        public Builder number(int key, int subject, BigDecimal value) {
            if (check(key, subject, ColumnStore.NUMBER, new Value.Number(value))) {
                exact(key, subject, Fraction.of(value));
            }
            return this;
        }

        /**
         * Sets a ratio as {@code done / due} exactly ("357/566"), or any combined value that is a fraction.
         *
         * @param key the key's handle
         * @param subject the subject's index
         * @param numerator what was done
         * @param denominator what was due, greater than 0
         * @return this builder
         */
        public Builder fraction(int key, int subject, long numerator, long denominator) {
            EvidenceKey declared = store.keys().get(key);
            if (denominator <= 0) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_VALUE, numerator + "/" + denominator,
                        declared.id(), declared.type(), Label.of("分母须大于 0", "the denominator must be greater than 0")));
                return this;
            }
            boolean ok;
            if (fits(declared.type(), numerator, denominator)) {
                ok = check(key, subject, ColumnStore.NUMBER, null);
            } else {
                // Only to word the problem: the screening's own check, on the value as a record would hold it.
                Value shown = declared.type() == KeyType.RATIO ? new Value.Text(numerator + "/" + denominator)
                        : new Value.Number(Fraction.of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator))
                                .approximate());
                ok = check(key, subject, ColumnStore.NUMBER, shown);
            }
            if (ok) {
                store.set(key, subject, numerator, denominator);
                sumIsCaseTotal(key, subject, numerator, denominator);
            }
            return this;
        }

        /** Whether n/d fits a key of {@code type}, as the screening judges a record's value. */
        private static boolean fits(KeyType type, long n, long d) {
            return switch (type) {
                case AMOUNT -> true;
                case COUNT -> n >= 0 && n % d == 0;
                case RATIO -> n >= 0 && n <= d;
                case POINTS, RATING -> n >= 0;
                default -> false;
            };
        }

        private void exact(int key, int subject, Fraction value) {
            Optional<long[]> longs = ColumnStore.longs(value);
            if (longs.isEmpty()) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_RANGE, store.keys().get(key).id(),
                        value, BEYOND_LONGS));
                return;
            }
            store.set(key, subject, longs.get()[0], longs.get()[1]);
            sumIsCaseTotal(key, subject, longs.get()[0], longs.get()[1]);
        }

        /**
         * Sets a flag.
         *
         * @param key the key's handle
         * @param subject the subject's index
         * @param value the combined flag
         * @return this builder
         */
        public Builder flag(int key, int subject, boolean value) {
            if (check(key, subject, ColumnStore.FLAG, null)) {
                store.set(key, subject, value ? 1 : 0, 1);
            }
            return this;
        }

        /**
         * Sets the value of a graded key (a category or a graded rating, combined by {@code latest}).
         *
         * @param key the key's handle
         * @param subject the subject's index
         * @param value one of the key's values
         * @return this builder
         */
        public Builder text(int key, int subject, String value) {
            if (check(key, subject, ColumnStore.TEXT, new Value.Text(value))) {
                store.set(key, subject, store.keys().get(key).values().indexOf(value), 1);
            }
            return this;
        }

        /**
         * Counts one distinct case of a key, by the level (one of the key's values) its latest record
         * names, for deductions and bonuses worth an amount by level. A deduction or bonus by
         * {@code per} of the same key counts the case total, given by {@link #caseTotal}.
         *
         * @param key the key's handle, read by a deduction or bonus by level
         * @param subject the subject's index
         * @param level the value the case's latest record names
         * @return this builder
         */
        public Builder caseAt(int key, int subject, String level) {
            open(key, subject);
            EvidenceKey declared = store.keys().get(key);
            if (store.levelCases(key) == null) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_FORM, declared.id(),
                        declared.type().id(), Label.of("其组合值（没有按级别计分的加减分项读取它）",
                                "its combined value (no deduction or bonus by level reads it)"),
                        Label.of("各级别的案例数", "cases by level")));
                return this;
            }
            int index = declared.values().indexOf(level);
            if (index < 0) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_VALUE, "\"" + level + "\"",
                        declared.id(), declared.type(), Label.of("须为以下之一：" + String.join(", ", declared.values()),
                                "must be one of " + String.join(", ", declared.values()))));
            } else if (!store.countCase(key, subject, index)) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_RANGE, declared.id(),
                        Label.of("级别 '" + level + "' 的案例数", "the cases at '" + level + "'"),
                        Label.of("至多 255 起", "at most 255")));
            }
            return this;
        }

        /**
         * Counts one record of a graded key naming {@code value}, for rules that read every record's
         * value (a graded rating averaging every rater's grade). Give the key's latest value with
         * {@link #text} as well.
         *
         * @param key the key's handle, a graded key combined by {@code latest}
         * @param subject the subject's index
         * @param value one of the key's values
         * @return this builder
         */
        public Builder addValue(int key, int subject, String value) {
            if (!check(key, subject, ColumnStore.TEXT, new Value.Text(value))) {
                return this;
            }
            if (store.valueCounts(key) == null) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_RANGE, store.keys().get(key).id(),
                        Label.of("各取值的记录数", "the count of each value"), MOST));
            } else if (!store.countValue(key, subject, store.keys().get(key).values().indexOf(value))) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_RANGE, store.keys().get(key).id(),
                        Label.of("取值 '" + value + "' 的记录数", "the records naming '" + value + "'"),
                        Label.of("至多 255 条", "at most 255")));
            }
            return this;
        }

        /**
         * Adds a case of a category key combined by {@code distinct-cases}, with the levels its
         * records name (an award reported at the city and then the province names both).
         *
         * @param key the key's handle
         * @param subject the subject's index
         * @param levels the key's values the case's records name, at least one
         * @return this builder
         */
        public Builder addCase(int key, int subject, String... levels) {
            if (!check(key, subject, ColumnStore.CASES, null)) {
                return this;
            }
            if (levels.length == 0) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_RANGE, store.keys().get(key).id(),
                        Label.of("一起案例", "a case"), Label.of("未给出级别", "it names no level")));
                return this;
            }
            long mask = 0;
            for (String level : levels) {
                if (!check(key, subject, ColumnStore.CASES, new Value.Text(level))) {
                    return this;
                }
                int at = store.keys().get(key).values().indexOf(level);
                if (at >= ColumnStore.MOST_CASES) {
                    problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_RANGE,
                            store.keys().get(key).id(), Label.of("级别 '" + level + "'", "level '" + level + "'"),
                            MOST));
                    return this;
                }
                mask |= 1L << at;
            }
            cases.computeIfAbsent((long) key * store.subjects().size() + subject, c -> new ArrayList<>()).add(mask);
            return this;
        }

        /**
         * Sets what a deduction or bonus of {@code key} counts: the sum of the latest values of the
         * key's distinct cases for the subject (each record its own case without a case id; a text
         * counts 1; only positive values). A count or points value set on a key combined by
         * {@code sum} sets it too, unless set here.
         *
         * @param key the key's handle, read by a deduction or bonus of the scheme
         * @param subject the subject's index
         * @param total the cases' total, 0 or more
         * @return this builder
         */
        public Builder caseTotal(int key, int subject, BigDecimal total) {
            open(key, subject);
            if (store.caseDenominators(key) == null) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_FORM, store.keys().get(key).id(),
                        store.keys().get(key).type().id(), Label.of("其组合值（没有加减分项读取它）",
                                "its combined value (no deduction or bonus reads it)"), Label.of("案例合计", "a case total")));
                return this;
            }
            if (total.signum() < 0) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_VALUE, total.toPlainString(),
                        store.keys().get(key).id(), store.keys().get(key).type(),
                        Label.of("案例合计须不小于 0", "a case total is 0 or more")));
                return this;
            }
            Optional<long[]> longs = ColumnStore.longs(Fraction.of(total));
            if (longs.isEmpty()) {
                problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_RANGE, store.keys().get(key).id(),
                        total.toPlainString(), BEYOND_LONGS));
            } else {
                store.setCases(key, subject, longs.get()[0], longs.get()[1]);
            }
            return this;
        }

        /**
         * A count or points key combined by {@code sum} (never negative): with each record its own
         * case, what an adjustment counts is the sum, so it is the default case total. An amount may
         * be negative, and an adjustment counts only positive cases: it needs {@link #caseTotal}.
         */
        private void sumIsCaseTotal(int key, int subject, long n, long d) {
            EvidenceKey declared = store.keys().get(key);
            if (store.caseDenominators(key) != null && declared.combine() == Combination.SUM
                    && (declared.type() == KeyType.COUNT || declared.type() == KeyType.POINTS)
                    && !store.hasCases(key, subject)) {
                store.setCases(key, subject, n, d);
            }
        }

        /**
         * {@return the columns} Checks that every subject with a value of a key a deduction or bonus
         * reads has its case total, and packs the cases.
         *
         * @throws ValidationException with every problem found while filling, each at
         *         {@code $.columns.KEY.SUBJECT}
         * @throws IllegalStateException if called twice
         */
        public EvidenceColumns build() {
            if (built) {
                throw new IllegalStateException("build() was called already");
            }
            built = true;
            int n = store.subjects().size();
            cases.forEach((at, masks) -> {
                int key = (int) (at / n);
                int subject = (int) (at % n);
                Optional<Long> packed = ColumnStore.pack(masks.stream().mapToLong(Long::longValue).toArray());
                if (packed.isEmpty()) {
                    problems.add(Violation.of(path(key, subject), EngineProblems.COLUMNS_RANGE,
                            store.keys().get(key).id(), Label.of(masks.size() + " 起案例", masks.size() + " cases"), MOST));
                } else {
                    store.set(key, subject, packed.get(), 1);
                }
            });
            for (Adjustment adjustment : adjustments()) {
                int key = store.keyIndex(adjustment.key());
                boolean byLevel = !adjustment.levels().isEmpty();
                for (int s = 0; s < n && (!byLevel || store.levelCases(key) != null); s++) {
                    if (store.denominators(key)[s] == 0) {
                        continue;
                    }
                    if (byLevel && store.levelCases(key)[s] == 0) {
                        problems.add(Violation.of(path(key, s), EngineProblems.COLUMNS_CASE_LEVELS, adjustment.key(),
                                adjustment.id()));
                    } else if (!byLevel && !store.hasCases(key, s)) {
                        problems.add(Violation.of(path(key, s), EngineProblems.COLUMNS_CASES, adjustment.key(),
                                adjustment.id()));
                    }
                }
            }
            Set<String> readElsewhere = store.compiled().readByItemsOrPredicates();
            for (Adjustment adjustment : adjustments()) {
                int key = store.keyIndex(adjustment.key());
                for (int s = 0; s < n && readElsewhere.contains(adjustment.key()); s++) {
                    boolean cases = store.hasCases(key, s)
                            || store.levelCases(key) != null && store.levelCases(key)[s] != 0;
                    if (cases && store.denominators(key)[s] == 0) {
                        problems.add(Violation.of(path(key, s), EngineProblems.COLUMNS_VALUE_MISSING, adjustment.key(),
                                adjustment.id()));
                    }
                }
            }
            store.compiled().columnar().countedKeys().forEach((id, item) -> {
                int key = store.keyIndex(id);
                for (int s = 0; s < n; s++) {
                    if ((store.denominators(key)[s] != 0) != (store.valuePresence(key)[s] != 0)) {
                        problems.add(Violation.of(path(key, s), EngineProblems.COLUMNS_VALUES, id, item));
                    }
                }
            });
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparing(Violation::path));
                throw new ValidationException(problems);
            }
            return new EvidenceColumns(store, period, period.end(), List.of(), () -> "", false);
        }

        private List<Adjustment> adjustments() {
            List<Adjustment> all = ColumnStore.adjustments(store.compiled().scheme());
            // One of each form for each key: what the key's columns must then hold.
            List<Adjustment> distinct = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (Adjustment adjustment : all) {
                if (!seen.contains(adjustment.key() + "|" + adjustment.levels().isEmpty())) {
                    seen.add(adjustment.key() + "|" + adjustment.levels().isEmpty());
                    distinct.add(adjustment);
                }
            }
            return distinct;
        }
    }
}
