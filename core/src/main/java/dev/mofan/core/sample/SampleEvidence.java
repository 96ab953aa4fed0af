package dev.mofan.core.sample;

import dev.mofan.core.derive.Derivations;
import dev.mofan.core.derive.LedgerSources;
import dev.mofan.core.internal.PredicateKeys;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Timestamp;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.org.Subject;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.DerivedSource;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.MissingPolicy;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import dev.mofan.model.task.TaskCatalogue;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deterministic sample evidence for any scheme and org directory: records for every key each
 * assessed subject's items, adjustments, vetoes and gates read, shaped by the rule that reads
 * them, so that every rule, bonus, deduction (with shared case ids), veto, missing evidence and a
 * correction occur. About one subject in eight also self-assesses (自评): its items' records are
 * repeated at the self stage, counts claimed one higher, and where the scheme lets unverified
 * self-assessment count, one item is left unreviewed. A few records are deliberately unusable
 * (unknown subject, outside the period, a repeated id, a self-assessment of a key no item reads,
 * an undeclared key) and one inspector's score is out of range, so that a report shows its
 * {@code unused[]}, {@code errors[]} and {@code unranked[]} too. The self-assessed records come
 * last, so a scheme without items to self-assess gets the same ids for the rest. The records of the
 * scheme's derived keys come from the sample ledgers ({@link SampleLedgers}) through
 * {@link dev.mofan.core.derive.Derivations}, after all the others.
 *
 * <p>The same scheme, directory, period and seed always give the same records.
 */
public final class SampleEvidence {

    /** The default seed. */
    public static final long SEED = 2026L;

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final Scheme scheme;
    private final Period period;
    private final SplitMix64 random;
    private final List<Period> parts;
    private final Map<String, Item> readerOf = new HashMap<>();
    private final Set<String> risky = new HashSet<>();
    private final Set<String> deductionKeys = new HashSet<>();
    private final Set<String> bonusKeys = new HashSet<>();
    private final Set<String> gateKeys = new HashSet<>();
    private final List<EvidenceRecord> records = new ArrayList<>();
    private final Set<String> derived = new HashSet<>();
    /** The units whose subjects lean to full marks in every period (none unless asked for). */
    private final Set<String> strongUnits = new HashSet<>();
    /** The subjects drawn as strong: their derived keys are entered, not derived. */
    private final Set<String> strongSubjects = new HashSet<>();
    /** Whether the subject being drawn belongs to a strong unit. */
    private boolean strong;
    private int next = 1;

    private SampleEvidence(Scheme scheme, Period period, long seed, LedgerSources ledgers) {
        this.scheme = scheme;
        this.period = period;
        this.random = new SplitMix64(seed);
        this.parts = period.kind() == PeriodKind.YEAR ? period.split(PeriodKind.QUARTER) : List.of(period);
        for (Dimension dimension : scheme.dimensions()) {
            adjustmentKeys(dimension.deductions(), dimension.bonuses());
            for (Indicator indicator : dimension.indicators()) {
                adjustmentKeys(indicator.deductions(), indicator.bonuses());
                for (Item item : indicator.items()) {
                    for (String key : item.keys()) {
                        readerOf.putIfAbsent(key, item);
                    }
                }
            }
        }
        adjustmentKeys(scheme.deductions(), scheme.bonuses());
        scheme.parts().forEach(part -> adjustmentKeys(part.deductions(), List.of()));
        for (Veto veto : scheme.vetoes()) {
            risky.addAll(PredicateKeys.of(veto.when()));
        }
        for (EvidenceKey key : scheme.keys()) {
            if (key.derived().isPresent() && ledgers.gives(key.derived().get().source())) {
                derived.add(key.id());
            }
        }
        for (GradeBand band : scheme.grades()) {
            for (Predicate gate : band.gates()) {
                gateKeys.addAll(PredicateKeys.of(gate));
            }
        }
    }

    private void adjustmentKeys(List<Adjustment> deductions, List<Adjustment> bonuses) {
        deductions.forEach(a -> deductionKeys.add(a.key()));
        bonuses.forEach(a -> bonusKeys.add(a.key()));
    }

    /**
     * {@return sample evidence for {@code period} with the default seed for that period: {@link #SEED} for
     * 2025, another one for every other period, so that consecutive periods differ}
     *
     * @param scheme the scheme whose keys get records
     * @param directory the org directory whose subjects get records
     * @param period the period the records are for
     */
    public static Evidence generate(Scheme scheme, OrgDirectory directory, Period period) {
        return generate(scheme, directory, period, seed(period));
    }

    /**
     * {@return the default seed of {@code period}: {@link #SEED} for 2025, another one for every other
     * period, so that consecutive periods differ}
     *
     * @param period the period the records are for
     */
    public static long seed(Period period) {
        return SEED + period.text().hashCode() - "2025".hashCode();
    }

    /**
     * {@return sample evidence for {@code period} from {@code seed}} The records of derived keys are derived
     * from the sample ledgers of the period's year ({@link SampleLedgers}), judged on the period's
     * last day, and come last; a derived key whose source the sample cannot give (a period longer
     * than a year, or a task the scheme's bundled task catalogue does not hold) gets entered records
     * like any other key.
     *
     * @param scheme the scheme whose keys get records
     * @param directory the org directory whose subjects get records
     * @param period the period the records are for
     * @param seed the seed every choice is drawn from
     */
    public static Evidence generate(Scheme scheme, OrgDirectory directory, Period period, long seed) {
        return generate(scheme, directory, period, seed, 0);
    }

    /**
     * {@return sample evidence for {@code period} from {@code seed}, in which a steady share of the
     * units are strong} A strong unit and every subject in it (its orgs and divisions) have all their
     * items' records in every period, with flags set, counts and ratios in the upper range, ratings
     * of 90% or more and few shortfalls on deduction items; their ledger figures are entered like
     * that too, not derived from the sample ledgers. Scheme-level deductions and bonuses and the
     * records vetoes and gates read are drawn for them as for everyone, so strong units too are
     * vetoed, capped or docked now and then: a province where the same units lead year after year,
     * as a campaign over several periods needs. Which units are strong depends on their ids and
     * {@code strongPercent} only, never on the period or the seed. With {@code strongPercent} 0 the
     * records are those of {@link #generate(Scheme, OrgDirectory, Period, long)}; above 0, strong
     * subjects draw fewer random numbers, so the others' records differ from that too.
     *
     * @param scheme the scheme whose keys get records
     * @param directory the org directory whose subjects get records
     * @param period the period the records are for
     * @param seed the seed every choice is drawn from
     * @param strongPercent the share of units that are strong, 0 to 100
     * @throws IllegalArgumentException if {@code strongPercent} is outside 0–100
     */
    public static Evidence generate(Scheme scheme, OrgDirectory directory, Period period, long seed,
            int strongPercent) {
        if (strongPercent < 0 || strongPercent > 100) {
            throw new IllegalArgumentException("strongPercent must lie in 0–100, not " + strongPercent);
        }
        LedgerSources ledgers = ledgers(scheme, directory, period);
        SampleEvidence sample = new SampleEvidence(scheme, period, seed, ledgers);
        for (OrgUnit unit : directory.tree().ofKind(OrgKind.UNIT)) {
            if (Math.floorMod(new SplitMix64(SEED ^ unit.id().hashCode()).nextLong(), 100) < strongPercent) {
                sample.strongUnits.add(unit.id());
            }
        }
        List<Subject> subjects = new ArrayList<>();
        for (OrgUnit org : directory.tree().units()) {
            if (scheme.subjects().contains(org.kindId())) {
                subjects.add(org);
            }
        }
        if (scheme.subjects().contains(Division.KIND_ID)) {
            subjects.addAll(directory.divisions());
        }
        for (int i = 0; i < subjects.size(); i++) {
            Subject subject = subjects.get(i);
            String unit = subject instanceof Division division ? division.unit()
                    : directory.tree().unitOf(subject.id()).map(OrgUnit::id).orElse(subject.id());
            sample.strong = sample.strongUnits.contains(unit);
            if (sample.strong) {
                sample.strongSubjects.add(subject.id());
            }
            sample.subject(subject, i);
        }
        sample.strong = false;
        Set<String> strongSubjects = sample.strongSubjects;
        if (!subjects.isEmpty()) {
            sample.unusable(subjects.get(0));
        }
        for (int i = 3; i < subjects.size(); i += 8) {
            sample.selfAssessment(subjects.get(i));
        }
        List<EvidenceRecord> all = new ArrayList<>(sample.records);
        // A strong subject's ledger figures are entered with its other records, near full, not derived.
        Derivations.derive(scheme, directory, period, period.end(), ledgers).records().stream()
                .filter(r -> !strongSubjects.contains(r.subject())).forEach(all::add);
        return Evidence.of(all);
    }

    /**
     * The sample ledgers of the year holding {@code period} that the scheme derives keys from (meeting
     * records checked against the standard rules); none for a longer period.
     */
    private static LedgerSources ledgers(Scheme scheme, OrgDirectory directory, Period period) {
        Period.Year year = Period.year(period.start().getYear());
        Set<DerivedSource> needed = EnumSet.noneOf(DerivedSource.class);
        scheme.keys().forEach(key -> key.derived().ifPresent(d -> needed.add(d.source())));
        LedgerSources sources = LedgerSources.none();
        if (needed.isEmpty() || !year.contains(period)) {
            return sources;
        }
        if (needed.contains(DerivedSource.PROBLEM_LEDGER)) {
            sources = sources.withProblems(SampleLedgers.problems(directory, year));
        }
        if (needed.contains(DerivedSource.ACTIVITY_LOG)) {
            sources = sources.withActivities(SampleLedgers.activities(directory, year));
        }
        if (needed.contains(DerivedSource.MEETING_LOG)) {
            sources = sources.withMeetings(SampleMeetings.generate(directory, year), MeetingRules.STANDARD);
        }
        Optional<TaskCatalogue> catalogue = BundledTaskCatalogues.find(scheme.id());
        boolean holdsTasks = catalogue.isPresent() && scheme.keys().stream()
                .flatMap(key -> key.derived().stream())
                .filter(d -> d.source() == DerivedSource.TASK_LEDGER)
                .allMatch(d -> catalogue.get().task(d.of()).isPresent());
        if (needed.contains(DerivedSource.TASK_LEDGER) && holdsTasks) {
            sources = sources.withTasks(SampleLedgers.tasks(directory, catalogue.get(), year), catalogue.get());
        }
        return sources;
    }

    private void subject(Subject subject, int index) {
        for (EvidenceKey key : scheme.keys()) {
            if (derived.contains(key.id()) && !strong) {
                continue;
            }
            Item item = readerOf.get(key.id());
            if (item != null && !item.subjects().isEmpty() && !item.subjects().contains(subject.kindId())) {
                continue;
            }
            if (item != null) {
                itemEvidence(subject, key, item);
            } else if (deductionKeys.contains(key.id()) || bonusKeys.contains(key.id())) {
                cases(subject, key, deductionKeys.contains(key.id()) ? 40 : 25);
            } else if (risky.contains(key.id()) || gateKeys.contains(key.id())) {
                rare(subject, key, risky.contains(key.id()) ? 1 : 8);
            }
        }
        if (index % 97 == 5) {
            correction(subject);
        }
        if (index == 11) {
            outOfRange(subject);
        }
    }

    // ---------------------------------------------------------------- by role

    private void itemEvidence(Subject subject, EvidenceKey key, Item item) {
        boolean optional = item.missing().orElse(MissingPolicy.ZERO) == MissingPolicy.EXCLUDE;
        if (!strong && random.chance(optional ? 30 : 3)) {
            return;
        }
        if (risky.contains(key.id())) {
            rare(subject, key, 2);
            return;
        }
        String rule = item.rule().id();
        switch (rule) {
            case "check" -> add(subject, key, lastPart(), Value.of(strong || random.chance(85)), null);
            case "deduct" -> spread(subject, key, random.chance(strong ? 90 : 60) ? 0 : random.between(1, 3));
            case "tiers" -> spread(subject, key, random.between(strong ? topTier(item) : topTier(item) / 2,
                    topTier(item) + 1));
            case "count" -> {
                int needed = needed(item);
                spread(subject, key, random.between(strong ? needed : needed / 2, needed + 1));
            }
            case "ratio" -> ratio(subject, key);
            case "rating" -> ratings(subject, key, item);
            case "direct" -> add(subject, key, lastPart(),
                    Value.of(fraction(item.maxPoints().orElse(BigDecimal.TEN), strong ? 90 : 70, 100)), null);
            case "occurrences" -> occurrences(subject, key);
            default -> spread(subject, key, random.between(0, 6));
        }
    }

    /** A count spread over the period's parts, or an amount, or a flag. */
    private void spread(Subject subject, EvidenceKey key, int total) {
        if (key.type() == KeyType.FLAG) {
            if (total > 0) {
                add(subject, key, lastPart(), Value.of(true), null);
            }
            return;
        }
        if (key.type() == KeyType.AMOUNT || key.type() == KeyType.POINTS) {
            add(subject, key, lastPart(), Value.of(BigDecimal.valueOf(total * 10L + random.below(10), 1)), null);
            return;
        }
        if (key.type() != KeyType.COUNT) {
            add(subject, key, lastPart(), Value.of(BigDecimal.valueOf(total)), null);
            return;
        }
        if (key.combine() == Combination.DISTINCT_CASES) {
            // Counted by case: one record per case, and now and then a second report of one.
            for (int c = 1; c <= total; c++) {
                String caseId = subject.id() + "-" + key.id().substring(0, Math.min(20, key.id().length())) + "-" + c;
                Period when = parts.get(random.below(parts.size()));
                add(subject, key, when, Value.of(1), caseId);
                if (c == 1 && random.chance(20)) {
                    add(subject, key, when, Value.of(1), caseId);
                }
            }
            return;
        }
        int left = total;
        for (int i = 0; i < parts.size(); i++) {
            int here = i == parts.size() - 1 ? left : random.between(0, left);
            if (here > 0) {
                add(subject, key, parts.get(i), Value.of(here), null);
            }
            left -= here;
        }
    }

    private void ratio(Subject subject, EvidenceKey key) {
        int due = random.between(20, 600);
        int done = due - random.below(due / (strong ? 50 : 5) + 1);
        if (random.chance(60)) {
            add(subject, key, lastPart(), Value.of(done + "/" + due), null);
        } else {
            add(subject, key, lastPart(), Value.of(BigDecimal.valueOf(done * 100L / due, 2)), null);
        }
    }

    private void ratings(Subject subject, EvidenceKey key, Item item) {
        int raters = random.between(5, 9);
        BigDecimal outOf = item.rule().params().get("outOf") instanceof BigDecimal n ? n : BigDecimal.valueOf(100);
        for (int r = 0; r < raters; r++) {
            if (key.isGraded()) {
                int pick = strong ? 0 : Math.min(key.values().size() - 1, random.below(key.values().size() + 2) / 2);
                add(subject, key, lastPart(), Value.of(key.values().get(pick)), null);
            } else {
                add(subject, key, lastPart(), Value.of(fraction(outOf, strong ? 90 : 70, 100)
                        .setScale(0, java.math.RoundingMode.DOWN)), null);
            }
        }
    }

    /**
     * Occurrences reaching levels of a category key (积分制): each its own case, some reported twice
     * (a lower level first, then a higher one), so that levels add up per occurrence.
     */
    private void occurrences(Subject subject, EvidenceKey key) {
        int n = random.between(0, 6);
        List<String> levels = key.values();
        for (int c = 1; c <= n; c++) {
            String caseId = subject.id() + "-" + key.id().substring(0, Math.min(20, key.id().length())) + "-" + c;
            int level = Math.min(levels.size() - 1, random.below(levels.size() + 1) / 2 + random.below(2));
            Period when = parts.get(random.below(parts.size()));
            if (level > 0 && random.chance(40)) {
                add(subject, key, when, Value.of(levels.get(level - 1)), caseId);
            }
            add(subject, key, when, Value.of(levels.get(level)), caseId);
        }
    }

    /**
     * A subject's self-assessment: each reviewed record of an item's key repeated at the self
     * stage, counts one higher; where the scheme counts unverified self-assessment, one item's
     * reviewed records are dropped so that only the self-assessment remains.
     */
    private void selfAssessment(Subject subject) {
        List<EvidenceRecord> reviewed = new ArrayList<>();
        for (EvidenceRecord record : records) {
            if (record.subject().equals(subject.id()) && record.stage() == Stage.REVIEW && readerOf.containsKey(record.key())
                    && record.supersedes().isEmpty() && !risky.contains(record.key())) {
                reviewed.add(record);
            }
        }
        if (reviewed.isEmpty()) {
            return;
        }
        if (scheme.allowUnverifiedSelfAssessment()) {
            String unreviewed = reviewed.get(random.below(reviewed.size())).key();
            records.removeIf(r -> r.subject().equals(subject.id()) && r.key().equals(unreviewed)
                    && r.stage() == Stage.REVIEW);
        }
        for (EvidenceRecord record : reviewed) {
            EvidenceKey key = scheme.key(record.key()).orElseThrow();
            Value claimed = key.type() == KeyType.COUNT && record.value() instanceof Value.Number number
                    ? Value.of(number.value().add(BigDecimal.ONE)) : record.value();
            records.add(new EvidenceRecord(id(), record.subject(), record.key(), record.period(), claimed,
                    record.caseId(), Stage.SELF, Optional.of("self-assessment / 自评"), record.recordedAt(),
                    Optional.empty()));
        }
    }

    /** Cases of a deduction or bonus, some sharing a case id (one case, two records). */
    private void cases(Subject subject, EvidenceKey key, int percent) {
        if (!random.chance(percent)) {
            return;
        }
        int cases = random.between(1, 3);
        for (int c = 1; c <= cases; c++) {
            String caseId = subject.id() + "-" + key.id().substring(0, Math.min(20, key.id().length())) + "-" + c;
            Value value = key.type() == KeyType.CATEGORY ? Value.of(key.values().get(random.below(key.values().size())))
                    : key.type() == KeyType.FLAG ? Value.of(true) : Value.of(1);
            add(subject, key, parts.get(random.below(parts.size())), value, caseId);
            if (random.chance(30)) {
                add(subject, key, parts.get(random.below(parts.size())), value, caseId);
            }
        }
    }

    /** A rare occurrence: a veto or gate fact. */
    private void rare(Subject subject, EvidenceKey key, int percent) {
        if (!random.chance(percent)) {
            return;
        }
        Value value = switch (key.type()) {
            case FLAG -> Value.of(true);
            case CATEGORY, RATING -> key.values().isEmpty() ? Value.of(1) : Value.of(key.values().get(key.values().size() - 1));
            default -> Value.of(1);
        };
        add(subject, key, lastPart(), value, subject.id() + "-" + key.id().substring(0, Math.min(20, key.id().length())));
    }

    // ---------------------------------------------------------------- the deliberate oddities

    /** A record corrected on appeal: the old one is superseded, the new one counts. */
    private void correction(Subject subject) {
        for (int i = records.size() - 1; i >= 0; i--) {
            EvidenceRecord old = records.get(i);
            if (old.subject().equals(subject.id()) && old.value() instanceof Value.Number n && old.caseId().isEmpty()
                    && scheme.key(old.key()).map(k -> k.type() == KeyType.COUNT).orElse(false)) {
                EvidenceRecord fixed = new EvidenceRecord(id(), old.subject(), old.key(), old.period(),
                        Value.of(n.value().add(BigDecimal.ONE)), Optional.empty(), Stage.REVIEW,
                        Optional.of("appeal upheld / 申诉更正"), Optional.of(at(old.period(), 1)),
                        Optional.of(old.id()));
                records.add(fixed);
                return;
            }
        }
    }

    /** An inspector's score above the item's maximum: that item fails, the scorecard is incomplete. */
    private void outOfRange(Subject subject) {
        for (Dimension dimension : scheme.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                for (Item item : indicator.items()) {
                    boolean applies = item.subjects().isEmpty() || item.subjects().contains(subject.kindId());
                    if (applies && item.rule().id().equals("direct")) {
                        String key = item.keys().get(0);
                        records.removeIf(r -> r.subject().equals(subject.id()) && r.key().equals(key));
                        records.add(record(subject.id(), key, lastPart(), Value.of(item.maxPoints().orElse(BigDecimal.TEN).add(BigDecimal.TEN)),
                                null));
                        return;
                    }
                }
            }
        }
    }

    /** Records a scheme cannot use, each for a different reason. */
    private void unusable(Subject first) {
        String key = scheme.keys().get(0).id();
        Value value = sampleValue(scheme.keys().get(0));
        records.add(record("no-such-branch", key, lastPart(), value, null));
        records.add(record(first.id(), key, period.previous(), value, null));
        records.add(record(first.id(), "undeclared-key", lastPart(), Value.of(1), null));
        EvidenceRecord repeated = records.get(0);
        records.add(new EvidenceRecord(repeated.id(), repeated.subject(), repeated.key(), repeated.period(),
                repeated.value(), repeated.caseId(), repeated.stage(), Optional.of("entered twice / 重复录入"),
                repeated.recordedAt(), Optional.empty()));
        // Self-assessment of a key only adjustments, vetoes or gates read: nothing scores it.
        for (EvidenceKey other : scheme.keys()) {
            if (!readerOf.containsKey(other.id())) {
                records.add(record(first.id(), other.id(), lastPart(), sampleValue(other), null).atStage(Stage.SELF));
                break;
            }
        }
    }

    private static Value sampleValue(EvidenceKey key) {
        return switch (key.type()) {
            case FLAG -> Value.of(true);
            case CATEGORY -> Value.of(key.values().get(0));
            case RATING -> key.values().isEmpty() ? Value.of(80) : Value.of(key.values().get(0));
            case RATIO -> Value.of("1/2");
            default -> Value.of(1);
        };
    }

    // ---------------------------------------------------------------- helpers

    private int topTier(Item item) {
        if (item.rule().params().get("tiers") instanceof List<?> tiers && !tiers.isEmpty()
                && tiers.get(0) instanceof Map<?, ?> top && top.get("atLeast") instanceof BigDecimal atLeast) {
            return Math.min(1000, Math.max(1, atLeast.intValue()));
        }
        return 4;
    }

    /** Occurrences a count item needs for full points: max / per, or its cap. */
    private static int needed(Item item) {
        if (item.rule().params().get("per") instanceof BigDecimal per && per.signum() > 0) {
            if (item.openEnded()) {
                return 6;
            }
            int occurrences = item.maxPoints().get().divide(per, 0, java.math.RoundingMode.CEILING).intValue();
            return Math.max(1, Math.min(1000, occurrences));
        }
        return 4;
    }

    private BigDecimal fraction(BigDecimal max, int lowPercent, int highPercent) {
        return max.multiply(BigDecimal.valueOf(random.between(lowPercent, highPercent))).movePointLeft(2)
                .setScale(Math.max(0, scheme.scale()), java.math.RoundingMode.DOWN);
    }

    private Period lastPart() {
        return parts.get(parts.size() - 1);
    }

    private void add(Subject subject, EvidenceKey key, Period when, Value value, String caseId) {
        records.add(record(subject.id(), key.id(), when, value, caseId));
    }

    private EvidenceRecord record(String subject, String key, Period when, Value value, String caseId) {
        return new EvidenceRecord(id(), subject, key, when, value, Optional.ofNullable(caseId), Stage.REVIEW,
                Optional.empty(), Optional.of(at(when, 0)), Optional.empty());
    }

    private Timestamp at(Period when, int daysLater) {
        LocalDateTime time = when.end().minusDays(3).plusDays(daysLater).atTime(LocalTime.of(17, 0));
        return new Timestamp(time, Optional.of(CHINA));
    }

    private String id() {
        return String.format(java.util.Locale.ROOT, "e%07d", next++);
    }
}
