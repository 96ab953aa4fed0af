package dev.mofan.model.scheme;

import dev.mofan.model.meeting.MeetingCadence;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment scheme (指标体系): what a working committee measures and how a total, a grade and
 * a veto follow from evidence. The fields and their rules are described in docs/scheme-format.md;
 * how a total is formed, in SCORING.md.
 *
 * <p>The constructor checks each part's own invariants. Whether the parts fit together (maxima
 * that add up per kind, references to declared keys and grades, unique ids, rule parameters) is
 * checked by {@code dev.mofan.core.format.SchemeFormat} when a scheme is read and by the
 * evaluator when it is given one built in code. Immutable.
 *
 * @param id the scheme's id, such as {@code five-type-organ}
 * @param version the scheme's version, free text of at most 64 characters that reports name
 * @param name the scheme's name, in both languages
 * @param period the kind of period a subject is assessed over
 * @param scale decimals of points, 0–6
 * @param rounding how points are rounded to {@code scale}
 * @param timeZone the zone in which evidence instants without an offset are read
 * @param maxPoints the most a subject of any assessed kind can score before the bonus; empty for an
 *     open-ended scheme (积分制), whose totals have no maximum
 * @param subjects the subject kinds assessed (org kind ids and {@code division})
 * @param allowScopedBonusAboveMax whether a scoped bonus may lift its level above its maximum
 * @param allowUnverifiedSelfAssessment whether an item only self-assessed (自评, no reviewed
 *     evidence yet) scores its self-assessed points; otherwise it is scored as without evidence
 * @param keys the evidence keys (指标键) the scheme reads
 * @param dimensions the dimensions (维度), at least one
 * @param parts the parts of a composite scheme, each a set of dimensions with a weight; empty for a
 *     plain scheme
 * @param deductions the scheme-level deductions (扣分项); none in a composite scheme, whose parts hold them
 * @param deductionCap the cap on the sum of the scheme-level deductions, if any
 * @param bonuses the scheme-level bonuses (加分项)
 * @param bonusCap the cap on the sum of the scheme-level bonuses, if any
 * @param vetoes the one-vote vetoes (一票否决)
 * @param grades the grade bands (等次), best first
 * @param rollups results formed from several periods or from a subject and its branches, in the
 *     order they are computed (a roll-up may read only those before it)
 * @param peerGroups the groups whose members are ranked against each other, with their quotas
 * @param meetingCadences cadences of organisational life that replace the rules' ones of their types
 *     when this scheme's keys are derived from meeting records; at most one per type, often none
 * @param designations the designations and weak-organisation rules (结果运用), in declaration order
 * @param judgements the AHP judgements levels gave instead of their children's maxima (each level's
 *     after those of the levels below it, as a document is read)
 */
public record Scheme(String id, String version, Label name, PeriodKind period, int scale, Rounding rounding,
        ZoneId timeZone, Optional<BigDecimal> maxPoints, List<String> subjects, boolean allowScopedBonusAboveMax,
        boolean allowUnverifiedSelfAssessment, List<EvidenceKey> keys, List<Dimension> dimensions,
        List<Part> parts, List<Adjustment> deductions,
        Optional<BigDecimal> deductionCap, List<Adjustment> bonuses, Optional<BigDecimal> bonusCap,
        List<Veto> vetoes, List<GradeBand> grades, List<Rollup> rollups, List<PeerGroup> peerGroups,
        List<MeetingCadence> meetingCadences, List<DesignationRule> designations, List<Judgements> judgements) {

    /** The largest scale a scheme may declare. */
    public static final int MAX_SCALE = 6;
    /** The longest version text. */
    public static final int MAX_VERSION_LENGTH = 64;
    /** The time zone evidence instants are read in unless a scheme says otherwise. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Checks every part's own invariants and copies the lists.
     *
     * @param id the scheme's id, such as {@code five-type-organ}
     * @param version the scheme's version, free text of at most 64 characters that reports name
     * @param name the scheme's name, in both languages
     * @param period the kind of period a subject is assessed over
     * @param scale decimals of points, 0–6
     * @param rounding how points are rounded to {@code scale}
     * @param timeZone the zone in which evidence instants without an offset are read
     * @param maxPoints the most a subject of any assessed kind can score before the bonus; empty for an open-ended
     *     scheme (积分制), whose totals have no maximum
     * @param subjects the subject kinds assessed (org kind ids and {@code division})
     * @param allowScopedBonusAboveMax whether a scoped bonus may lift its level above its maximum
     * @param allowUnverifiedSelfAssessment whether an item only self-assessed (自评, no reviewed evidence yet) scores its
     *     self-assessed points; otherwise it is scored as without evidence
     * @param keys the evidence keys (指标键) the scheme reads
     * @param dimensions the dimensions (维度), at least one
     * @param parts the parts of a composite scheme, each a set of dimensions with a weight; empty for a plain scheme
     * @param deductions the scheme-level deductions (扣分项); none in a composite scheme, whose parts hold them
     * @param deductionCap the cap on the sum of the scheme-level deductions, if any
     * @param bonuses the scheme-level bonuses (加分项)
     * @param bonusCap the cap on the sum of the scheme-level bonuses, if any
     * @param vetoes the one-vote vetoes (一票否决)
     * @param grades the grade bands (等次), best first
     * @param rollups results formed from several periods or from a subject and its branches, in the order they are
     *     computed (a roll-up may read only those before it)
     * @param peerGroups the groups whose members are ranked against each other, with their quotas
     * @param meetingCadences cadences of organisational life that replace the rules' ones of their types when this
     *     scheme's keys are derived from meeting records; at most one per type, often none
     * @param designations the designations and weak-organisation rules (结果运用), in declaration order
     * @param judgements the AHP judgements levels gave instead of their children's maxima (each level's after those of
     *     the levels below it, as a document is read)
     */
    public Scheme {
        Identifiers.require(id, "scheme id");
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > MAX_VERSION_LENGTH) {
            throw new IllegalArgumentException("A version is 1–" + MAX_VERSION_LENGTH + " characters, but was '"
                    + version + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 0–" + MAX_SCALE + " but was " + scale);
        }
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(timeZone, "timeZone");
        SchemeChecks.positive(maxPoints, "maxPoints");
        subjects = SchemeChecks.ids(subjects, "subject kind");
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("A scheme assesses at least one subject kind");
        }
        keys = List.copyOf(keys);
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("A scheme has at least one dimension");
        }
        parts = List.copyOf(parts);
        if (!parts.isEmpty() && !deductions.isEmpty()) {
            throw new IllegalArgumentException("A composite scheme's deductions belong to its parts");
        }
        deductions = List.copyOf(deductions);
        SchemeChecks.positive(deductionCap, "deductionCap");
        bonuses = List.copyOf(bonuses);
        SchemeChecks.positive(bonusCap, "bonusCap");
        vetoes = List.copyOf(vetoes);
        grades = List.copyOf(grades);
        rollups = List.copyOf(rollups);
        peerGroups = List.copyOf(peerGroups);
        meetingCadences = List.copyOf(meetingCadences);
        if (meetingCadences.stream().map(MeetingCadence::type).distinct().count() != meetingCadences.size()) {
            throw new IllegalArgumentException("A scheme gives at most one meeting cadence per type");
        }
        designations = List.copyOf(designations);
        judgements = List.copyOf(judgements);
    }

    /**
     * A scheme that keeps the rules' cadences of organisational life and declares no designation.
     *
     * @param id the scheme's id, such as {@code five-type-organ}
     * @param version the scheme's version, free text of at most 64 characters that reports name
     * @param name the scheme's name, in both languages
     * @param period the kind of period a subject is assessed over
     * @param scale decimals of points, 0–6
     * @param rounding how points are rounded to {@code scale}
     * @param timeZone the zone in which evidence instants without an offset are read
     * @param maxPoints the most a subject of any assessed kind can score before the bonus; empty for an open-ended
     *     scheme (积分制), whose totals have no maximum
     * @param subjects the subject kinds assessed (org kind ids and {@code division})
     * @param allowScopedBonusAboveMax whether a scoped bonus may lift its level above its maximum
     * @param allowUnverifiedSelfAssessment whether an item only self-assessed (自评, no reviewed evidence yet) scores its
     *     self-assessed points; otherwise it is scored as without evidence
     * @param keys the evidence keys (指标键) the scheme reads
     * @param dimensions the dimensions (维度), at least one
     * @param parts the parts of a composite scheme, each a set of dimensions with a weight; empty for a plain scheme
     * @param deductions the scheme-level deductions (扣分项); none in a composite scheme, whose parts hold them
     * @param deductionCap the cap on the sum of the scheme-level deductions, if any
     * @param bonuses the scheme-level bonuses (加分项)
     * @param bonusCap the cap on the sum of the scheme-level bonuses, if any
     * @param vetoes the one-vote vetoes (一票否决)
     * @param grades the grade bands (等次), best first
     * @param rollups results formed from several periods or from a subject and its branches, in the order they are
     *     computed (a roll-up may read only those before it)
     * @param peerGroups the groups whose members are ranked against each other, with their quotas
     */
    public Scheme(String id, String version, Label name, PeriodKind period, int scale, Rounding rounding,
            ZoneId timeZone, Optional<BigDecimal> maxPoints, List<String> subjects, boolean allowScopedBonusAboveMax,
            boolean allowUnverifiedSelfAssessment, List<EvidenceKey> keys, List<Dimension> dimensions,
            List<Part> parts, List<Adjustment> deductions,
            Optional<BigDecimal> deductionCap, List<Adjustment> bonuses, Optional<BigDecimal> bonusCap,
            List<Veto> vetoes, List<GradeBand> grades, List<Rollup> rollups, List<PeerGroup> peerGroups) {
        this(id, version, name, period, scale, rounding, timeZone, maxPoints, subjects, allowScopedBonusAboveMax,
                allowUnverifiedSelfAssessment, keys, dimensions, parts, deductions, deductionCap, bonuses, bonusCap,
                vetoes, grades, rollups, peerGroups, List.of(), List.of(), List.of());
    }

    /**
     * {@return the judgements of the children of {@code parent} at {@code level}, if it gave any}
     *
     * @param level the children's level: {@code dimension}, {@code indicator} or {@code item}
     * @param parent the id of the scheme, dimension or indicator whose children they weigh
     */
    public Optional<Judgements> judgements(String level, String parent) {
        return judgements.stream().filter(j -> j.level().equals(level) && j.parent().equals(parent)).findFirst();
    }

    /**
     * {@return the designation or weak-organisation rule {@code id}, if declared}
     *
     * @param id the rule's id
     */
    public Optional<DesignationRule> designation(String id) {
        return designations.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /**
     * {@return the roll-up {@code id}, if declared}
     *
     * @param id the roll-up's id
     */
    public Optional<Rollup> rollup(String id) {
        return rollups.stream().filter(rollup -> rollup.id().equals(id)).findFirst();
    }

    /**
     * {@return the key {@code id}, if declared}
     *
     * @param id the key's id
     */
    public Optional<EvidenceKey> key(String id) {
        return keys.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    /** {@return whether the scheme has no maximum: an open-ended points system (积分制)} */
    public boolean openEnded() {
        return maxPoints.isEmpty();
    }

    /** {@return whether the scheme combines weighted parts (SCORING.md step 6)} */
    public boolean composite() {
        return !parts.isEmpty();
    }

    /**
     * {@return the grade band {@code id}, if declared}
     *
     * @param id the band's id
     */
    public Optional<GradeBand> grade(String id) {
        return grades.stream().filter(band -> band.id().equals(id)).findFirst();
    }
}
