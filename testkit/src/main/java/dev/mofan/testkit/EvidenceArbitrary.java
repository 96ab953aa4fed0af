package dev.mofan.testkit;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Timestamp;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.org.Subject;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * {@link Evidence} for one scheme, org directory and evaluated period: records of the scheme's
 * keys for the subjects it assesses (most of them about a few subjects, so that keys get several
 * records each), in periods inside the evaluated one (the period itself or a finer one), with
 * values that fit each key's type; some with case ids shared between records, some made at a
 * time ({@code recordedAt}) before the period's end, some correcting an earlier record.
 *
 * <p>Records of a key that an {@code occurrences} item reads are its occurrences: a level (one of
 * the key's values), and every other one a case id ({@code c0} to {@code c5}) that several
 * records may share, so that they count as one occurrence.
 *
 * <p>One evidence list in three (every one with {@link #withSelfAssessment()}, none with
 * {@link #withoutSelfAssessment()}) is partly self-assessed (自评): a third of the records of the
 * keys that the subject's items read are at stage {@code self}, and now and then every record of
 * such a key is, so that items are self-assessed only (unverified). A correction of a
 * self-assessed record is self-assessed too.
 *
 * <p>Values mostly stay where the scheme's rules score them: a {@code points} key that a
 * {@code direct} item reads gets points up to half that item's maximum, a numeric {@code rating}
 * key ratings up to half the rating items' {@code outOf}. Now and then (unless {@link #usableOnly()}) a value goes beyond, so
 * that the item fails, and a record is unusable in one of the ways SCORING.md lists: an unknown
 * subject ({@code ghost-3}), a subject of a kind the scheme does not assess, an undeclared key
 * ({@code no-such-key}), a period outside the evaluated one, a self-assessment (unused unless an
 * item of the subject's kind reads its key), a value that does
 * not fit its key, a time after the period's end, a repeated id (unless {@link #withUniqueIds()}),
 * a correction of a missing record, of itself or of another subject's record.
 *
 * <p>Record ids are {@code r} and the record's position ({@code r7}); a repeated id is an earlier
 * record's. Case ids are {@code c0} to {@code c3} ({@code c5} for the occurrences of an
 * {@code occurrences} item).
 */
public final class EvidenceArbitrary extends ArbitraryDecorator<Evidence> {

    private static final List<String> COUNTS = List.of("1", "0", "2", "3", "4", "5", "12");
    private static final List<String> AMOUNTS = List.of("1", "2.5", "0", "10", "0.333", "7", "-1.5");
    private static final List<String> POINTS = List.of("1", "2.5", "0", "3.75", "10", "0.125");
    private static final List<String> RATIO_TEXTS = List.of("357/566", "1/3", "2/2", "0/5", "7/8");

    private final Scheme scheme;
    private final OrgDirectory directory;
    private final Period period;
    private final int maxSize;
    private final boolean unusable;
    private final boolean uniqueIds;
    /** Whether self-assessed records come never (0), in one evidence list in three (1) or always (2). */
    private final int selfAssessment;

    EvidenceArbitrary(Scheme scheme, OrgDirectory directory, Period period, int maxSize, boolean unusable,
            boolean uniqueIds) {
        this(scheme, directory, period, maxSize, unusable, uniqueIds, 1);
    }

    private EvidenceArbitrary(Scheme scheme, OrgDirectory directory, Period period, int maxSize, boolean unusable,
            boolean uniqueIds, int selfAssessment) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.period = Objects.requireNonNull(period, "period");
        this.maxSize = maxSize;
        this.unusable = unusable;
        this.uniqueIds = uniqueIds;
        this.selfAssessment = selfAssessment;
    }

    /**
     * {@return evidence of at most {@code size} records}
     *
     * @param size the most records a list may have
     */
    public EvidenceArbitrary ofMaxSize(int size) {
        return new EvidenceArbitrary(scheme, directory, period, size, unusable, uniqueIds, selfAssessment);
    }

    /** {@return evidence whose record ids are all different (then the order of records can change nothing)} */
    public EvidenceArbitrary withUniqueIds() {
        return new EvidenceArbitrary(scheme, directory, period, maxSize, unusable, true, selfAssessment);
    }

    /**
     * {@return evidence of usable records only: known subjects of assessed kinds, declared keys, periods
     * inside, fitting values within the rules' ranges, unique ids, valid corrections; reviewed, or
     * self-assessed for keys that items of the subject's kind read}
     */
    public EvidenceArbitrary usableOnly() {
        return new EvidenceArbitrary(scheme, directory, period, maxSize, false, true, selfAssessment);
    }

    /** {@return evidence that is always partly self-assessed (自评), with keys now and then self-assessed only} */
    public EvidenceArbitrary withSelfAssessment() {
        return new EvidenceArbitrary(scheme, directory, period, maxSize, unusable, uniqueIds, 2);
    }

    /** {@return evidence without any self-assessed record: reviewed records only} */
    public EvidenceArbitrary withoutSelfAssessment() {
        return new EvidenceArbitrary(scheme, directory, period, maxSize, unusable, uniqueIds, 0);
    }

    @Override
    protected Arbitrary<Evidence> arbitrary() {
        Arbitrary<Long> any = Arbitraries.longs().between(0, Long.MAX_VALUE);
        Arbitrary<List<Long>> picks = any.list().ofMaxSize(maxSize).withSizeDistribution(RandomDistribution.uniform());
        return Combinators.combine(any, picks).as((top, each) -> new Builder(new Dice(top)).build(each));
    }

    /** Builds one evidence list from its random numbers; not reused. */
    private final class Builder {

        private final List<String> assessed = new ArrayList<>();
        private final List<String> others = new ArrayList<>();
        private final List<Period> inside = new ArrayList<>();
        private final List<Period> outside = new ArrayList<>();
        private final Map<String, BigDecimal> bounds = new HashMap<>();
        /** The keys items read, by the subject kind they apply to. */
        private final Map<String, Set<String>> itemKeys = new HashMap<>();
        /** The keys {@code occurrences} items read. */
        private final Set<String> occurrenceKeys = new HashSet<>();
        /** Whether some records are self-assessed, and the keys whose records all are. */
        private final boolean selfAssessed;
        private final Set<String> selfOnly = new HashSet<>();
        private final List<EvidenceRecord> records = new ArrayList<>();

        Builder(Dice top) {
            for (OrgUnit org : directory.tree().units()) {
                (scheme.subjects().contains(org.kindId()) ? assessed : others).add(org.id());
            }
            for (Division division : directory.divisions()) {
                (scheme.subjects().contains(Division.KIND_ID) ? assessed : others).add(division.id());
            }
            inside.add(period);
            for (PeriodKind kind : PeriodKind.values()) {
                if (kind.ordinal() > period.kind().ordinal()) {
                    inside.addAll(period.split(kind));
                }
            }
            for (int step = -1; step <= 1; step += 2) {
                try {
                    outside.add(step < 0 ? period.previous() : period.next());
                } catch (RuntimeException e) {
                    // the first or last period there is (year 1000 or 9999)
                }
            }
            if (period.kind() != PeriodKind.YEAR) {
                outside.add(Period.containing(period.start(), PeriodKind.YEAR));
            }
            for (Dimension dimension : scheme.dimensions()) {
                for (Indicator indicator : dimension.indicators()) {
                    for (Item item : indicator.items()) {
                        bound(item);
                        for (String kind : item.subjects().isEmpty() ? scheme.subjects() : item.subjects()) {
                            itemKeys.computeIfAbsent(kind, k -> new HashSet<>()).addAll(item.keys());
                        }
                        if (item.rule().id().equals("occurrences")) {
                            occurrenceKeys.addAll(item.keys());
                        }
                    }
                }
            }
            selfAssessed = selfAssessment == 2 || selfAssessment == 1 && top.oneIn(3);
            if (selfAssessed) {
                for (EvidenceKey key : scheme.keys()) {
                    if (top.oneIn(3)) {
                        selfOnly.add(key.id());
                    }
                }
            }
        }

        /** The highest value the item's rule scores without failing, for the keys where there is one. */
        private void bound(Item item) {
            String key = item.keys().get(0);
            BigDecimal bound = switch (item.rule().id()) {
                case "direct" -> item.maxPoints().orElse(null);
                case "rating" -> item.rule().params().get("outOf") instanceof BigDecimal outOf ? outOf : null;
                default -> null;
            };
            if (bound != null) {
                bounds.merge(key, bound, BigDecimal::min);
            }
        }

        Evidence build(List<Long> picks) {
            for (int i = 0; i < picks.size(); i++) {
                records.add(record(new Dice(picks.get(i)), i));
            }
            return Evidence.of(records);
        }

        private EvidenceRecord record(Dice dice, int i) {
            String id = "r" + i;
            int trouble = unusable ? dice.roll(36) : 36;
            if (trouble == 8 || trouble == 9 || trouble == 10) {
                Optional<EvidenceRecord> correction = correction(dice, id);
                if (correction.isPresent()) {
                    return correction.get();
                }
            }
            String subject = subject(dice);
            EvidenceKey key = dice.of(scheme.keys());
            Period in = dice.roll(2) == 0 ? period : dice.of(inside);
            Value value = value(dice, key, trouble != 11 && trouble != 12);
            Optional<String> caseId = occurrenceKeys.contains(key.id())
                    ? (dice.oneIn(2) ? Optional.of("c" + dice.roll(6)) : Optional.empty())
                    : (dice.oneIn(3) ? Optional.of("c" + dice.roll(4)) : Optional.empty());
            Optional<Timestamp> recordedAt = dice.oneIn(3) ? Optional.of(timestamp(dice, in)) : Optional.empty();
            Stage stage = selfAssessed(subject, key.id(), dice) ? Stage.SELF : Stage.REVIEW;
            String keyId = key.id();
            switch (trouble) {
                case 0 -> subject = "ghost-" + i;
                case 1 -> keyId = "no-such-key";
                case 2 -> in = dice.of(outside);
                case 3 -> {
                    if (!uniqueIds && i > 0) {
                        id = "r" + dice.roll(i);
                    }
                }
                case 4 -> stage = selfAssessment == 0 ? stage : Stage.SELF;
                case 5 -> value = misfit(dice, key);
                case 6 -> recordedAt = Optional.of(new Timestamp(
                        period.end().plusDays(1 + dice.roll(40)).atTime(LocalTime.NOON), Optional.empty()));
                case 7 -> {
                    if (!others.isEmpty()) {
                        subject = dice.of(others);
                    }
                }
                default -> {
                    // a usable record
                }
            }
            return new EvidenceRecord(id, subject, keyId, in, value, caseId, stage, Optional.empty(), recordedAt,
                    Optional.empty());
        }

        /** Whether a usable record of {@code key} about {@code subject} is self-assessed. */
        private boolean selfAssessed(String subject, String key, Dice dice) {
            if (!selfAssessed) {
                return false;
            }
            Optional<String> kind = directory.subject(subject).map(Subject::kindId);
            return kind.isPresent() && itemKeys.getOrDefault(kind.get(), Set.of()).contains(key)
                    && (selfOnly.contains(key) || dice.oneIn(3));
        }

        /**
         * A record correcting an earlier one: mostly a valid correction (same subject and key, a
         * new value); now and then, when unusable records are wanted, one of a missing record, of
         * itself or of another subject's or key's record.
         */
        private Optional<EvidenceRecord> correction(Dice dice, String id) {
            if (records.isEmpty()) {
                return Optional.empty();
            }
            EvidenceRecord target = dice.of(records);
            Optional<EvidenceKey> key = scheme.key(target.key());
            if (key.isEmpty() || !directory.subject(target.subject()).isPresent()) {
                return Optional.empty();
            }
            String supersedes = target.id();
            String subject = target.subject();
            String keyId = target.key();
            switch (unusable ? dice.roll(8) : 7) {
                case 0 -> supersedes = "ghost-" + id;
                case 1 -> supersedes = id;
                case 2 -> subject = subject(dice);
                case 3 -> keyId = dice.of(scheme.keys()).id();
                default -> {
                    // a valid correction
                }
            }
            Optional<Timestamp> recordedAt = dice.oneIn(2) ? Optional.of(timestamp(dice, target.period()))
                    : Optional.empty();
            return Optional.of(new EvidenceRecord(id, subject, keyId, target.period(),
                    value(dice, scheme.key(keyId).orElseThrow(), true), target.caseId(), target.stage(),
                    Optional.empty(), recordedAt, Optional.of(supersedes)));
        }

        /** Mostly one of the first few subjects, so that they collect several records each. */
        private String subject(Dice dice) {
            if (assessed.isEmpty()) {
                return others.isEmpty() ? "ghost-0" : dice.of(others);
            }
            List<String> few = assessed.subList(0, Math.min(4, assessed.size()));
            return dice.roll(4) == 0 ? dice.of(assessed) : dice.of(few);
        }

        /** Noon of a day in {@code within}, now and then with an offset of its own. */
        private Timestamp timestamp(Dice dice, Period within) {
            long days = ChronoUnit.DAYS.between(within.start(), within.end()) + 1;
            LocalDate day = within.start().plusDays(dice.roll((int) days));
            Optional<ZoneOffset> offset = dice.oneIn(3) ? Optional.of(ZoneOffset.ofHours(8)) : Optional.empty();
            return new Timestamp(day.atTime(LocalTime.NOON), offset);
        }

        /** A value that fits {@code key}; within the range its rules score unless {@code inRange} is false. */
        private Value value(Dice dice, EvidenceKey key, boolean inRange) {
            BigDecimal bound = bounds.get(key.id());
            if (bound != null && (key.type() == KeyType.POINTS || key.type() == KeyType.RATING)) {
                if (!inRange) {
                    return Value.of(bound.add(BigDecimal.ONE));
                }
                // At most half the bound: a few records of one key may add up (sum) and stay in range.
                String[] shares = {"0.5", "0", "0.25", "0.45", "0.125", "0.375"};
                return Value.of(bound.multiply(new BigDecimal(shares[dice.roll(shares.length)]))
                        .setScale(2, RoundingMode.DOWN));
            }
            return switch (key.type()) {
                case FLAG -> Value.of(dice.roll(3) != 0);
                case COUNT -> Value.of(new BigDecimal(dice.of(COUNTS)));
                case AMOUNT -> Value.of(new BigDecimal(dice.of(AMOUNTS)));
                case POINTS -> Value.of(new BigDecimal(dice.of(POINTS)));
                case RATIO -> dice.oneIn(4) ? Value.of(dice.of(RATIO_TEXTS))
                        : Value.of(BigDecimal.valueOf(dice.roll(101), 2));
                case RATING -> key.isGraded() ? Value.of(dice.of(key.values()))
                        : Value.of(BigDecimal.valueOf(dice.roll(101)));
                case CATEGORY -> Value.of(dice.of(key.values()));
            };
        }

        /** A value the key's type refuses. */
        private Value misfit(Dice dice, EvidenceKey key) {
            return switch (key.type()) {
                case FLAG -> Value.of(1);
                case COUNT -> dice.of(List.of(Value.of(-1), Value.of(new BigDecimal("1.5")), Value.of("three")));
                case AMOUNT -> Value.of(true);
                case POINTS -> Value.of(new BigDecimal("-2"));
                case RATIO -> dice.of(List.of(Value.of(new BigDecimal("1.5")), Value.of("5/3"), Value.of("most")));
                case RATING -> key.isGraded() ? Value.of("nope") : Value.of(-1);
                case CATEGORY -> Value.of("nope");
            };
        }
    }
}
