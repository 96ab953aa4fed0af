package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.core.analysis.Ahp;
import dev.mofan.core.analysis.AhpMethod;
import dev.mofan.core.analysis.AhpResult;
import dev.mofan.core.analysis.PairwiseMatrix;
import dev.mofan.core.analysis.RandomIndex;
import dev.mofan.core.internal.Maxima;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.core.spi.ScoringRuleProvider;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.error.Violation;
import dev.mofan.model.internal.ModelProblems;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.meeting.MeetingCadence;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.CompareOp;
import dev.mofan.model.scheme.Derivation;
import dev.mofan.model.scheme.DerivedFigure;
import dev.mofan.model.scheme.DerivedSource;
import dev.mofan.model.scheme.Designation;
import dev.mofan.model.scheme.DesignationRule;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.GradeOp;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Judgements;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.MissingPolicy;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Rounding;
import dev.mofan.model.scheme.RuleRef;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import dev.mofan.model.scheme.VetoEffect;
import dev.mofan.model.scheme.WeakOrganisationRule;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the tree of a scheme document into a {@link Scheme}: reads every part, reporting its shape
 * problems, then checks what could be read as a whole (unique ids, references, maxima per kind,
 * rule parameters, predicates), so that one pass reports every problem of the document. Weights
 * become maxima here (docs/scheme-format.md).
 */
public final class SchemeDocumentReader {

    /** Top-level array sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("subjects", "keys", "dimensions", "parts", "deductions",
            "bonuses", "vetoes", "grades", "rollups", "peerGroups", "meetingCadences", "designations",
            "weakOrganisations");
    static final List<String> TOP_FIELDS = List.of("id", "version", "name", "period", "scale", "rounding", "timeZone",
            "openEnded", "maxPoints", "subjects", "allowScopedBonusAboveMax", "allowUnverifiedSelfAssessment", "keys",
            "dimensions", "parts", "deductions", "deductionCap", "bonuses", "bonusCap", "vetoes", "grades",
            "rollups", "peerGroups", "meetingCadences", "designations", "weakOrganisations", "judgements");
    static final List<String> DESIGNATION_FIELDS = List.of("id", "name", "subjects", "naming", "eligible", "warnIf",
            "revokeIf", "rectificationDays", "validYears");
    static final List<String> WEAK_FIELDS = List.of("id", "name", "subjects", "identifyIf", "closeIf",
            "rectificationDays");
    /** Days to rectify when a designation or weak-organisation rule does not say. */
    static final int DESIGNATION_DAYS = 90;
    static final int WEAK_DAYS = 180;
    static final List<String> PEER_GROUP_FIELDS = List.of("id", "name", "kinds", "within", "tag", "figure", "tieBreak",
            "leaders", "laggards", "quotas", "streaks");
    static final List<String> CUT_FIELDS = List.of("count", "share");
    static final List<String> QUOTA_FIELDS = List.of("grade", "share");
    static final List<String> STREAK_FIELDS = List.of("flag", "when", "periods");
    static final List<String> PART_FIELDS = List.of("id", "name", "weight", "dimensions", "deductions",
            "deductionCap");
    static final List<String> KEY_FIELDS = List.of("id", "name", "type", "combine", "values", "trim", "derived");
    static final List<String> DERIVED_FIELDS = List.of("from", "of", "figure");
    static final List<String> JUDGEMENT_FIELDS = List.of("matrix", "method", "ri", "threshold", "allowInconsistent");
    static final List<String> DIMENSION_FIELDS = List.of("id", "name", "maxPoints", "weight", "judgements", "indicators",
            "deductions", "bonuses");
    static final List<String> INDICATOR_FIELDS = List.of("id", "name", "maxPoints", "weight", "judgements", "items",
            "deductions",
            "bonuses");
    static final List<String> ITEM_FIELDS = List.of("id", "name", "maxPoints", "weight", "rule", "keys", "subjects",
            "missing");
    static final List<String> RULE_FIELDS = List.of("id", "params");
    static final List<String> ADJUSTMENT_FIELDS = List.of("id", "name", "key", "per", "levels", "cap", "subjects");
    static final List<String> VETO_FIELDS = List.of("id", "name", "when", "effect", "grade", "subjects");
    static final List<String> GRADE_FIELDS = List.of("id", "name", "min", "gates");
    static final List<String> PREDICATE_FIELDS = List.of("key", "result", "vetoed", "designated", "of", "op", "value",
            "periods", "times", "allOf", "anyOf", "not");
    private static final List<String> PREDICATE_FORMS = List.of("key", "result", "vetoed", "designated", "allOf",
            "anyOf", "not");
    /** How many assessments back a designation rule may look: a long cycle of years, or quarters. */
    static final int REVIEW_PERIODS = 40;

    /**
     * Where a predicate stands, which decides the forms it may take: a veto or gate reads evidence
     * and this period's figures; a roll-up's grade rule reads its {@code inputs} inputs' grades and
     * its total; a designation or weak-organisation rule ({@code review}) reads grades and figures of
     * this and earlier assessments, vetoes and the register, but no evidence.
     */
    private record Use(int inputs, boolean review) {
        static final Use FACTS = new Use(0, false);
        static final Use REVIEW = new Use(REVIEW_PERIODS, true);

        static Use rollup(int inputs) {
            return new Use(inputs, false);
        }

        boolean rollup() {
            return inputs > 0 && !review;
        }

        boolean grades() {
            return inputs > 0;
        }
    }


    private static final Label PERIOD = Label.of("考评周期", "period kind");
    private static final Label ROUNDING = Label.of("舍入方式", "rounding");
    private static final Label KEY_TYPE = Label.of("指标键类型", "key type");
    private static final Label COMBINE = Label.of("合并方式", "combination");
    private static final Label VETO_EFFECT = Label.of("否决效果", "veto effect");
    private static final Label ORG_KIND = Label.of("组织类型", "org kind");
    private static final Label NAMING = Label.of("命名方式", "naming");
    private static final Label AHP_METHOD = Label.of("层次分析法计算方法", "AHP method");
    private static final Label RI_TABLE = Label.of("随机一致性指标表", "random-index table");
    private static final Label SOURCE = Label.of("派生来源", "source");
    private static final Label FIGURE = Label.of("派生数字", "figure");
    private static final Label MEETING_TYPE = Label.of("会议类型", "meeting type");
    private static final Label MISSING_POLICY = Label.of("缺少佐证时的处理", "missing-evidence policy");
    private static final Label EFFECT = Label.of("否决效果", "veto effect");
    private static final Label A_NUMBER = Label.of("数字", "a number");
    private static final Label A_BOOLEAN = Label.of("布尔值", "a boolean");
    private static final Label A_TEXT = Label.of("文本", "a text");
    private static final Label NUMBERS = Label.of("数字", "numbers");
    private static final Label FLAGS = Label.of("是否值", "flags");
    private static final Label TEXTS = Label.of("文本", "texts");

    /**
     * A scheme that passed every check, with the rule configured for each item.
     *
     * @param rules the configured rule of each item, by item id
     * @param warnings lint findings that do not stop scoring
     */
    public record Checked(Scheme scheme, Map<String, ScoringRule> rules, List<Violation> warnings) {
    }

    private final Violations out;
    private final RuleRegistry registry;
    private final Map<String, String> firstAt = new HashMap<>();
    private final Map<String, EvidenceKey> keys = new LinkedHashMap<>();
    private final Set<String> brokenKeys = new HashSet<>();
    private final Set<String> readKeys = new HashSet<>();
    private final Set<String> dimensionIds = new HashSet<>();
    private final Set<String> indicatorIds = new HashSet<>();
    private final Set<String> itemIds = new HashSet<>();
    private final Set<String> partIds = new HashSet<>();
    private final Set<String> gradeIds = new HashSet<>();
    private final List<Deferred> predicates = new ArrayList<>();
    private final Map<String, ScoringRule> rules = new LinkedHashMap<>();
    private List<String> subjects = List.of();
    private boolean subjectsOk = true;
    /** Whether the indicator whose items are being read gives AHP judgements instead of their maxima. */
    private boolean itemsJudged;
    private final List<Judgements> judged = new ArrayList<>();
    private int scale = 2;
    private boolean maximaOk = true;
    private boolean openEnded;
    private boolean partsOk = true;
    /** A part that could not be read, or named a dimension that does not exist (a typo, likely). */
    private boolean partsUnclear;

    private SchemeDocumentReader(Violations out, RuleRegistry registry) {
        this.out = out;
        this.registry = registry;
    }

    /**
     * {@return the scheme the document {@code root} describes, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     * @param registry the rules the scheme's items may name
     */
    public static Optional<Checked> read(JsonNode root, Violations out, RuleRegistry registry) {
        return new SchemeDocumentReader(out, registry).read(root);
    }

    /** A predicate read before every id it may name was known; checked and built at the end. */
    private static final class Deferred {
        final JsonNode node;
        final Where at;
        Predicate built;

        Deferred(JsonNode node, Where at) {
            this.node = node;
            this.at = at;
        }
    }

    private Optional<Checked> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(TOP_FIELDS);
        Read<String> id = doc.id("id", true);
        Read<String> version = doc.string("version", true);
        if (version.ok() && version.present() && version.value().length() > Scheme.MAX_VERSION_LENGTH) {
            out.add(doc.at("version").path(), FormatProblems.TOO_LONG, version.value().length(),
                    Scheme.MAX_VERSION_LENGTH);
        }
        Read<Label> name = doc.label("name");
        Read<PeriodKind> period = doc.term("period", PeriodKind.class, PERIOD, true);
        if (period.ok() && period.value() == PeriodKind.CYCLE) {
            out.add(doc.at("period").path(), FormatProblems.UNKNOWN_VALUE, PERIOD, "cycle",
                    new Verbatim("year, half-year, quarter, month"));
        }
        Read<Integer> scaleRead = doc.integer("scale", 0, Scheme.MAX_SCALE);
        scale = scaleRead.orElse(2);
        Read<Rounding> rounding = doc.term("rounding", Rounding.class, ROUNDING, false);
        ZoneId zone = timeZone(doc);
        Read<Boolean> openEndedRead = doc.bool("openEnded");
        openEnded = openEndedRead.orElse(false);
        BigDecimal maxPoints = points(doc, "maxPoints", !openEnded, true);
        if (openEnded && doc.has("maxPoints")) {
            out.add(doc.at("maxPoints").path(), SchemeProblems.OPEN_ENDED_MAX);
            maxPoints = null;
        }
        readSubjects(doc);
        Read<Boolean> allowAbove = doc.bool("allowScopedBonusAboveMax");
        Read<Boolean> allowSelf = doc.bool("allowUnverifiedSelfAssessment");

        doc.each("keys", true, this::readKey);
        List<DimensionEntry> dimensions = new ArrayList<>();
        boolean dimensionsRead = doc.each("dimensions", true,
                (node, at) -> readDimension(node, at).ifPresent(dimensions::add));
        judge(doc, "dimension", id.ok() && id.present() ? id.value() : null, dimensions);
        if (dimensionsRead && doc.array("dimensions", false).value().isEmpty()) {
            out.add(doc.at("dimensions").path(), SchemeProblems.LIST_EMPTY);
        }
        List<PartEntry> parts = new ArrayList<>();
        boolean partsRead = doc.each("parts", false, (node, at) -> readPart(node, at).ifPresent(parts::add));
        if (partsRead && doc.array("parts", false).value().isEmpty()) {
            out.add(doc.at("parts").path(), SchemeProblems.LIST_EMPTY);
        }
        checkParts(parts, dimensions, doc);
        List<AdjustmentEntry> deductions = adjustments(doc);
        if (!parts.isEmpty() && !deductions.isEmpty()) {
            out.add(doc.at("deductions").path(), SchemeProblems.PARTS_DEDUCTIONS);
        }
        Optional<BigDecimal> deductionCap = Optional.ofNullable(points(doc, "deductionCap", false, true));
        if (!parts.isEmpty() && deductionCap.isPresent()) {
            out.add(doc.at("deductionCap").path(), SchemeProblems.PARTS_DEDUCTIONS);
        }
        List<AdjustmentEntry> bonuses = adjustmentsNamed(doc, "bonuses");
        Optional<BigDecimal> bonusCap = Optional.ofNullable(points(doc, "bonusCap", false, true));
        List<VetoEntry> vetoes = new ArrayList<>();
        doc.each("vetoes", false, (node, at) -> readVeto(node, at).ifPresent(vetoes::add));
        // Grades come last in document order, so that an id they share is reported at the grade.
        List<GradeEntry> grades = new ArrayList<>();
        doc.each("grades", false, (node, at) -> readGrade(node, at).ifPresent(grades::add));
        RollupReader rollups = new RollupReader(out, new RollupReader.Host() {
            @Override
            public void claim(Read<String> id, Where at) {
                SchemeDocumentReader.this.claim(id, at);
            }

            @Override
            public Predicate rollupPredicate(JsonNode node, Where at, int inputs) {
                return predicate(node, at, Use.rollup(inputs));
            }
        }, subjects, subjectsOk, period.ok() && period.value() != PeriodKind.CYCLE ? period.value() : null, gradeIds);
        rollups.read(doc);
        List<PeerGroupEntry> peerGroups = new ArrayList<>();
        doc.each("peerGroups", false,
                (node, at) -> readPeerGroup(node, at, grades, rollups).ifPresent(peerGroups::add));
        checkQuotaGroups(peerGroups);
        Map<MeetingType, String> cadenceAt = new EnumMap<>(MeetingType.class);
        List<MeetingCadence> meetingCadences = new ArrayList<>();
        doc.each("meetingCadences", false, (node, at) -> NodeReader.object(node, at, out)
                .flatMap(c -> MeetingRulesDocumentReader.cadence(c, cadenceAt, out)).ifPresent(meetingCadences::add));
        List<DesignationRule> designations = new ArrayList<>();
        List<Where> designationsAt = new ArrayList<>();
        doc.each("designations", false, (node, at) -> NodeReader.object(node, at, out).flatMap(this::designation)
                .ifPresent(rule -> {
                    designations.add(rule);
                    designationsAt.add(at);
                }));
        doc.each("weakOrganisations", false, (node, at) -> NodeReader.object(node, at, out).flatMap(this::weakRule)
                .ifPresent(rule -> {
                    designations.add(rule);
                    designationsAt.add(at);
                }));
        checkDesignationOrder(designations, designationsAt);
        for (VetoEntry veto : vetoes) {
            if (veto.grade.ok() && veto.grade.present() && !gradeIds.contains(veto.grade.value())) {
                out.add(veto.gradeAt.path(), SchemeProblems.GRADE_UNKNOWN, veto.grade.value());
            }
        }

        for (Deferred predicate : predicates) {
            predicate.built = predicate(predicate.node, predicate.at);
        }
        deriveMaxima(maxPoints, dimensions);
        for (DimensionEntry dimension : dimensions) {
            for (IndicatorEntry indicator : dimension.indicators) {
                for (ItemEntry item : indicator.items) {
                    configureRule(item);
                }
            }
        }
        if (maximaOk && (maxPoints != null || openEnded) && subjectsOk) {
            checkSums(maxPoints, dimensions, parts, doc);
        }
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        Scheme scheme = new Scheme(id.value(), version.value(), name.value(), period.value(), scale,
                rounding.orElse(Rounding.HALF_UP), zone, Optional.ofNullable(maxPoints), subjects,
                allowAbove.orElse(false), allowSelf.orElse(false), List.copyOf(keys.values()),
                build(dimensions, DimensionEntry::build), build(parts, PartEntry::build),
                build(deductions, AdjustmentEntry::build), deductionCap, build(bonuses, AdjustmentEntry::build), bonusCap,
                build(vetoes, VetoEntry::build), build(grades, GradeEntry::build), rollups.rollups(),
                build(peerGroups, PeerGroupEntry::build), meetingCadences, designations, judged);
        return Optional.of(new Checked(scheme, Collections.unmodifiableMap(rules), SchemeLint.lint(scheme, rules)));
    }

    private static <E, T> List<T> build(List<E> entries, Function<E, T> builder) {
        List<T> built = new ArrayList<>(entries.size());
        for (E entry : entries) {
            built.add(builder.apply(entry));
        }
        return built;
    }

    private void claim(Read<String> id, Where at) {
        if (id.ok() && id.present()) {
            String earlier = firstAt.putIfAbsent(id.value(), at.path());
            if (earlier != null) {
                out.add(at.path(), ModelProblems.ID_DUPLICATE, id.value(), new Verbatim(earlier));
            }
        }
    }

    private ZoneId timeZone(NodeReader doc) {
        Read<String> text = doc.string("timeZone", false);
        if (!text.ok() || !text.present()) {
            return Scheme.DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(text.value());
        } catch (DateTimeException e) {
            out.add(doc.at("timeZone").path(), SchemeProblems.TIME_ZONE, text.value());
            return Scheme.DEFAULT_TIME_ZONE;
        }
    }

    /** A positive number with at most the scheme's decimals, or null when absent or reported. */
    private BigDecimal points(NodeReader object, String name, boolean required, boolean atScale) {
        Read<BigDecimal> number = object.decimal(name, required);
        if (!number.ok() || !number.present()) {
            return null;
        }
        return positive(number.value(), object.at(name), atScale);
    }

    private BigDecimal positive(BigDecimal value, Where at, boolean atScale) {
        if (value.signum() <= 0) {
            out.add(at.path(), SchemeProblems.NUMBER_POSITIVE, new Verbatim(value.toPlainString()));
            return null;
        }
        if (atScale && value.stripTrailingZeros().scale() > scale) {
            out.add(at.path(), SchemeProblems.NUMBER_SCALE, new Verbatim(value.toPlainString()), scale);
            return null;
        }
        return value;
    }

    private void readSubjects(NodeReader doc) {
        Read<List<String>> ids = doc.ids("subjects", true, true);
        if (!ids.present() || ids.value() == null) {
            subjectsOk = false;
            return;
        }
        subjectsOk = ids.ok();
        List<String> known = new ArrayList<>();
        for (int i = 0; i < ids.value().size(); i++) {
            String kind = ids.value().get(i);
            if (kind == null) {
                continue;
            }
            if (!isKind(kind)) {
                out.add(doc.at("subjects").index(i).path(), SchemeProblems.KIND_UNKNOWN, kind, new Verbatim(kinds()));
                subjectsOk = false;
            } else {
                known.add(kind);
            }
        }
        if (ids.ok() && ids.value().isEmpty()) {
            out.add(doc.at("subjects").path(), SchemeProblems.LIST_EMPTY);
            subjectsOk = false;
        }
        subjects = List.copyOf(new LinkedHashSet<>(known));
    }

    private static boolean isKind(String kind) {
        return kind.equals(Division.KIND_ID) || Term.find(OrgKind.class, kind).isPresent();
    }

    private static String kinds() {
        return Term.ids(OrgKind.class) + ", " + Division.KIND_ID;
    }

    /** The kinds listed under {@code subjects} of a part; reports any the scheme does not assess. */
    private List<String> partSubjects(NodeReader part) {
        Read<List<String>> kinds = partKinds(part);
        return kinds.ok() ? kinds.value() : List.of();
    }

    private Optional<DesignationRule> designation(NodeReader object) {
        NodeReader rule = object.allowOnly(DESIGNATION_FIELDS);
        Read<String> id = rule.id("id", true);
        claim(id, rule.at("id"));
        Read<Label> name = rule.label("name");
        Read<List<String>> kinds = partKinds(rule);
        Read<Designation.Naming> naming = rule.term("naming", Designation.Naming.class, NAMING, false);
        Predicate eligible = rule.has("eligible") ? predicate(rule.raw("eligible"), rule.at("eligible"), Use.REVIEW)
                : required(rule, "eligible");
        Optional<Predicate> warnIf = optionalPredicate(rule, "warnIf");
        Optional<Predicate> revokeIf = optionalPredicate(rule, "revokeIf");
        Read<Integer> days = rule.integer("rectificationDays", 1, Designation.MAX_DAYS);
        Read<Integer> years = rule.integer("validYears", 1, 10);
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Designation(id.value(), name.value(), kinds.value().isEmpty() ? subjects : kinds.value(),
                naming.orElse(Designation.Naming.MANUAL), eligible, warnIf, revokeIf, days.orElse(DESIGNATION_DAYS),
                Optional.ofNullable(years.value())));
    }

    private Optional<DesignationRule> weakRule(NodeReader object) {
        NodeReader rule = object.allowOnly(WEAK_FIELDS);
        Read<String> id = rule.id("id", true);
        claim(id, rule.at("id"));
        Read<Label> name = rule.label("name");
        Read<List<String>> kinds = partKinds(rule);
        Predicate identifyIf = rule.has("identifyIf") ? predicate(rule.raw("identifyIf"), rule.at("identifyIf"),
                Use.REVIEW) : required(rule, "identifyIf");
        Predicate closeIf = rule.has("closeIf") ? predicate(rule.raw("closeIf"), rule.at("closeIf"), Use.REVIEW)
                : required(rule, "closeIf");
        Read<Integer> days = rule.integer("rectificationDays", 1, Designation.MAX_DAYS);
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WeakOrganisationRule(id.value(), name.value(),
                kinds.value().isEmpty() ? subjects : kinds.value(), identifyIf, closeIf, days.orElse(WEAK_DAYS)));
    }

    /**
     * A rule's {@code designated} tests read designations of other schemes or declared before it,
     * so that one review reads each as it is settled (reviewing again changes nothing).
     */
    private void checkDesignationOrder(List<DesignationRule> rules, List<Where> at) {
        Map<String, Integer> declared = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            declared.put(rules.get(i).id(), i);
        }
        for (int i = 0; i < rules.size(); i++) {
            Map<String, Predicate> fields = new LinkedHashMap<>();
            if (rules.get(i) instanceof Designation d) {
                fields.put("eligible", d.eligible());
                d.warnIf().ifPresent(p -> fields.put("warnIf", p));
                d.revokeIf().ifPresent(p -> fields.put("revokeIf", p));
            } else if (rules.get(i) instanceof WeakOrganisationRule w) {
                fields.put("identifyIf", w.identifyIf());
                fields.put("closeIf", w.closeIf());
            }
            for (Map.Entry<String, Predicate> field : fields.entrySet()) {
                for (String kind : designatedKinds(field.getValue())) {
                    Integer j = declared.get(kind);
                    if (j != null && j >= i) {
                        out.add(at.get(i).field(field.getKey()).path(), SchemeProblems.DESIGNATION_ORDER, kind,
                                new Verbatim(at.get(j).path()));
                    }
                }
            }
        }
    }

    private static List<String> designatedKinds(Predicate predicate) {
        if (predicate instanceof Predicate.DesignationTest test) {
            return List.of(test.kind());
        }
        if (predicate instanceof Predicate.Not not) {
            return designatedKinds(not.negated());
        }
        List<Predicate> parts = predicate instanceof Predicate.AllOf all ? all.all()
                : predicate instanceof Predicate.AnyOf any ? any.any() : List.of();
        return parts.stream().flatMap(p -> designatedKinds(p).stream()).distinct().toList();
    }

    private Optional<Predicate> optionalPredicate(NodeReader rule, String field) {
        return rule.has(field) ? Optional.ofNullable(predicate(rule.raw(field), rule.at(field), Use.REVIEW))
                : Optional.empty();
    }

    /** Reports the missing predicate {@code field}; null. */
    private static Predicate required(NodeReader rule, String field) {
        rule.string(field, true);
        return null;
    }

    /** The kinds listed under {@code subjects} of a part, broken when one is not assessed or not an id. */
    private Read<List<String>> partKinds(NodeReader part) {
        Read<List<String>> ids = part.ids("subjects", false, true);
        if (!ids.ok()) {
            return Read.broken();
        }
        List<String> kinds = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < ids.value().size(); i++) {
            String kind = ids.value().get(i);
            if (subjectsOk && !subjects.contains(kind)) {
                out.add(part.at("subjects").index(i).path(), SchemeProblems.KIND_NOT_ASSESSED, kind,
                        new Verbatim(String.join(", ", subjects)));
                ok = false;
            } else {
                kinds.add(kind);
            }
        }
        return ok ? Read.of(kinds) : Read.broken(kinds);
    }

    // ---------------------------------------------------------------- keys

    private void readKey(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            return;
        }
        NodeReader key = object.get().allowOnly(KEY_FIELDS);
        Read<String> id = key.id("id", true);
        claim(id, key.at("id"));
        Read<Label> name = key.label("name");
        Read<KeyType> type = key.term("type", KeyType.class, KEY_TYPE, true);
        Read<Combination> combine = key.term("combine", Combination.class, COMBINE, false);
        Read<List<String>> values = key.ids("values", false, true);
        Read<Integer> trim = key.integer("trim", 0, 100);
        Read<Derivation> derived = derivation(key, type);
        boolean ok = id.ok() && id.present() && name.ok() && type.ok() && type.present() && combine.ok()
                && values.ok() && trim.ok() && derived.ok();
        if (type.ok() && type.present()) {
            KeyType t = type.value();
            boolean listsValues = values.present() && values.value() != null && !values.value().isEmpty();
            if (t == KeyType.CATEGORY && !listsValues && values.ok()) {
                out.add(key.at("values").path(), SchemeProblems.KEY_VALUES_MISSING);
                ok = false;
            }
            if (t != KeyType.CATEGORY && t != KeyType.RATING && listsValues) {
                out.add(key.at("values").path(), SchemeProblems.KEY_VALUES_UNEXPECTED);
                ok = false;
            }
            List<Combination> allowed = EvidenceKey.allowedCombinations(t, listsValues ? values.value() : List.of());
            boolean combineFits = !(combine.ok() && combine.present() && !allowed.contains(combine.value()));
            if (!combineFits) {
                out.add(key.at("combine").path(), SchemeProblems.KEY_COMBINE, combine.value(), t,
                        new Verbatim(ids(allowed)));
            }
            if (ok && !keys.containsKey(id.value())) {
                // A key wrong only in its combination is kept with the type's default one, so that
                // the rules of the items reading it are still checked; the scheme is refused anyway.
                keys.put(id.value(), new EvidenceKey(id.value(), name.value(), t,
                        combineFits ? combine.orElse(allowed.get(0)) : allowed.get(0), values.value(), trim.orElse(1),
                        Optional.ofNullable(derived.value())));
                return;
            }
        }
        if (id.ok() && id.present()) {
            brokenKeys.add(id.value());
        }
    }

    /**
     * The key's {@code derived} object: a figure of its source, of the key's type, and what of the
     * source it counts (a category, a task or an activity kind).
     */
    private Read<Derivation> derivation(NodeReader key, Read<KeyType> type) {
        if (!key.has("derived")) {
            return Read.absent();
        }
        Optional<NodeReader> object = NodeReader.object(key.raw("derived"), key.at("derived"), out);
        if (object.isEmpty()) {
            return Read.broken();
        }
        NodeReader derived = object.get().allowOnly(DERIVED_FIELDS);
        Read<DerivedSource> from = derived.term("from", DerivedSource.class, SOURCE, true);
        Read<DerivedFigure> figure = derived.term("figure", DerivedFigure.class, FIGURE, true);
        Read<String> of = derived.id("of", true);
        if (!(from.ok() && from.present() && figure.ok() && figure.present() && of.ok() && of.present())) {
            return Read.broken();
        }
        if (figure.value().source() != from.value()) {
            out.add(derived.at("figure").path(), SchemeProblems.DERIVED_FIGURE_SOURCE, figure.value(), from.value(),
                    new Verbatim(ids(from.value().figures())));
            return Read.broken();
        }
        if (from.value() == DerivedSource.MEETING_LOG && Term.find(MeetingType.class, of.value()).isEmpty()) {
            out.add(derived.at("of").path(), FormatProblems.UNKNOWN_VALUE, MEETING_TYPE, of.value(),
                    new Verbatim(Term.ids(MeetingType.class)));
            return Read.broken();
        }
        if (type.ok() && type.present() && type.value() != figure.value().keyType()) {
            out.add(derived.at("figure").path(), SchemeProblems.DERIVED_KEY_TYPE, figure.value(),
                    figure.value().keyType(), type.value());
            return Read.broken();
        }
        return Read.of(new Derivation(figure.value(), of.value()));
    }

    private static String ids(List<? extends Term> terms) {
        List<String> ids = new ArrayList<>();
        for (Term term : terms) {
            ids.add(term.id());
        }
        return String.join(", ", ids);
    }

    /** The declared key {@code id}, reporting an undeclared one; empty also for a key that was itself broken. */
    private Optional<EvidenceKey> key(String id, Where at) {
        readKeys.add(id);
        EvidenceKey key = keys.get(id);
        if (key == null && !brokenKeys.contains(id)) {
            out.add(at.path(), SchemeProblems.KEY_UNKNOWN, id);
        }
        return Optional.ofNullable(key);
    }

    // ---------------------------------------------------------------- levels

    /** A dimension, indicator or item: maximum or weight, then what it holds. */
    private abstract static class LevelEntry {
        Where at;
        Read<String> id;
        Read<Label> name;
        BigDecimal declaredMax;
        BigDecimal weight;
        boolean maxBroken;
        BigDecimal max;
    }

    /**
     * A level's AHP judgements over its {@code children} (SCORING.md, Weights become maxima): the
     * pairwise matrix, in the children's order, gives each child its weight (unrounded), which then
     * becomes a maximum like any weight. A CR above the threshold fails the scheme unless
     * {@code allowInconsistent} says otherwise.
     */
    private void judge(NodeReader parent, String level, String parentId, List<? extends LevelEntry> children) {
        if (!parent.has("judgements")) {
            return;
        }
        Where at = parent.at("judgements");
        if (openEnded) {
            out.add(at.path(), SchemeProblems.OPEN_ENDED_WEIGHT);
            return;
        }
        Optional<NodeReader> object = NodeReader.object(parent.raw("judgements"), at, out);
        if (object.isEmpty()) {
            maximaOk = false;
            return;
        }
        NodeReader judgements = object.get().allowOnly(JUDGEMENT_FIELDS);
        Read<AhpMethod> method = judgements.term("method", AhpMethod.class, AHP_METHOD, false);
        Read<RandomIndex> table = judgements.term("ri", RandomIndex.class, RI_TABLE, false);
        Read<BigDecimal> threshold = judgements.decimal("threshold", false);
        Read<Boolean> allow = judgements.bool("allowInconsistent");
        if (!judgements.has("matrix")) {
            judgements.string("matrix", true);
        }
        Optional<PairwiseMatrix> matrix = judgements.has("matrix") ? AnalysisDocumentReader.pairwise(judgements, out)
                : Optional.empty();
        for (LevelEntry child : children) {
            for (String field : List.of("maxPoints", "weight")) {
                if ((field.equals("weight") ? child.weight : child.declaredMax) != null) {
                    out.add(child.at.field(field).path(), SchemeProblems.JUDGED_CHILD, field);
                }
            }
        }
        if (matrix.isPresent() && matrix.get().order() != children.size()) {
            out.add(at.field("matrix").path(), SchemeProblems.JUDGEMENTS_ORDER, matrix.get().order(),
                    matrix.get().order(), children.size());
            matrix = Optional.empty();
        }
        if (matrix.isEmpty() || !method.ok() || !table.ok() || !threshold.ok() || !allow.ok() || parentId == null) {
            unjudged(children);
            return;
        }
        AhpResult result = Ahp.weights(matrix.get(), method.orElse(AhpMethod.EIGENVECTOR),
                table.orElse(RandomIndex.SAATY_1980), threshold.orElse(Ahp.THRESHOLD));
        BigDecimal cr = result.cr().setScale(4, RoundingMode.HALF_UP);
        if (!result.consistent() && !allow.orElse(false)) {
            out.add(at.field("matrix").path(), SchemeProblems.JUDGEMENTS_INCONSISTENT,
                    new Verbatim(cr.toPlainString()), new Verbatim(result.threshold().toPlainString()), result.method(),
                    result.table());
            unjudged(children);
            return;
        }
        for (int i = 0; i < children.size(); i++) {
            children.get(i).weight = result.unrounded().get(i);
        }
        List<List<String>> written = new ArrayList<>();
        for (JsonNode row : judgements.raw("matrix")) {
            List<String> entries = new ArrayList<>();
            row.forEach(entry -> entries.add(entry.isTextual() ? entry.textValue().replace(" ", "")
                    : entry.decimalValue().toPlainString()));
            written.add(entries);
        }
        judged.add(new Judgements(parentId, level, written, result.method().id(), result.table().id(),
                result.threshold(), allow.orElse(false), cr));
    }

    /** Judgements that gave no weights: the children have no maximum, and nothing below is checked against one. */
    private void unjudged(List<? extends LevelEntry> children) {
        maximaOk = false;
        children.forEach(child -> child.maxBroken = true);
    }

    private void readMaxOrWeight(NodeReader object, LevelEntry part, boolean required) {
        if (openEnded) {
            readOpenEndedMax(object, part, required);
            return;
        }
        Read<BigDecimal> max = object.decimal("maxPoints", false);
        Read<BigDecimal> weight = object.decimal("weight", false);
        part.maxBroken = max.isBroken() || weight.isBroken();
        if (max.ok() && max.present()) {
            part.declaredMax = positive(max.value(), object.at("maxPoints"), true);
            part.maxBroken |= part.declaredMax == null;
        }
        if (weight.ok() && weight.present()) {
            part.weight = positive(weight.value(), object.at("weight"), false);
            part.maxBroken |= part.weight == null;
        }
        if (max.present() && weight.present()) {
            out.add(object.at("weight").path(), SchemeProblems.MAX_AND_WEIGHT);
            part.maxBroken = true;
        } else if (required && !max.present() && !weight.present()) {
            out.add(object.at("maxPoints").path(), SchemeProblems.MAX_OR_WEIGHT);
            part.maxBroken = true;
        }
        maximaOk &= !part.maxBroken;
        part.max = part.declaredMax;
    }

    /**
     * In an open-ended scheme only an item may have a maximum (a capped item among uncapped ones);
     * levels above have none, and weights, which share out a maximum, have nothing to share.
     */
    private void readOpenEndedMax(NodeReader object, LevelEntry part, boolean isItem) {
        if (object.has("weight")) {
            out.add(object.at("weight").path(), SchemeProblems.OPEN_ENDED_WEIGHT);
            part.maxBroken = true;
        }
        if (isItem) {
            part.declaredMax = points(object, "maxPoints", false, true);
            part.maxBroken |= object.has("maxPoints") && part.declaredMax == null;
        } else if (object.has("maxPoints")) {
            out.add(object.at("maxPoints").path(), SchemeProblems.OPEN_ENDED_LEVEL_MAX);
            part.maxBroken = true;
        }
        part.max = part.declaredMax;
    }

    private final class DimensionEntry extends LevelEntry {
        final List<IndicatorEntry> indicators = new ArrayList<>();
        List<AdjustmentEntry> deductions = List.of();
        List<AdjustmentEntry> bonuses = List.of();

        Dimension build() {
            return new Dimension(id.value(), name.value(), Optional.ofNullable(max), Optional.ofNullable(weight),
                    SchemeDocumentReader.build(indicators, IndicatorEntry::build),
                    SchemeDocumentReader.build(deductions, AdjustmentEntry::build),
                    SchemeDocumentReader.build(bonuses, AdjustmentEntry::build));
        }
    }

    private final class IndicatorEntry extends LevelEntry {
        final List<ItemEntry> items = new ArrayList<>();
        List<AdjustmentEntry> deductions = List.of();
        List<AdjustmentEntry> bonuses = List.of();

        Indicator build() {
            return new Indicator(id.value(), name.value(), Optional.ofNullable(max), Optional.ofNullable(weight),
                    SchemeDocumentReader.build(items, ItemEntry::build),
                    SchemeDocumentReader.build(deductions, AdjustmentEntry::build),
                    SchemeDocumentReader.build(bonuses, AdjustmentEntry::build));
        }
    }

    private final class ItemEntry extends LevelEntry {
        NodeReader object;
        Read<String> ruleId = Read.absent();
        Map<String, Object> params = Map.of();
        boolean paramsBroken;
        Where paramsAt;
        Where ruleAt;
        Read<List<String>> keyIds;
        final List<EvidenceKey> itemKeys = new ArrayList<>();
        boolean keysOk;
        List<String> subjects;
        Read<MissingPolicy> missing;

        Item build() {
            return new Item(id.value(), name.value(), Optional.ofNullable(max), Optional.ofNullable(weight),
                    new RuleRef(ruleId.value(), params), keyIds.value(), subjects, Optional.ofNullable(missing.value()));
        }
    }

    private Optional<DimensionEntry> readDimension(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            maximaOk = false;
            return Optional.empty();
        }
        NodeReader dimension = object.get().allowOnly(DIMENSION_FIELDS);
        DimensionEntry entry = new DimensionEntry();
        entry.at = where;
        entry.id = dimension.id("id", true);
        claim(entry.id, dimension.at("id"));
        if (entry.id.ok() && entry.id.present()) {
            dimensionIds.add(entry.id.value());
        }
        entry.name = dimension.label("name");
        readMaxOrWeight(dimension, entry, false);
        boolean read = dimension.each("indicators", true,
                (node, at) -> readIndicator(node, at).ifPresent(entry.indicators::add));
        judge(dimension, "indicator", entry.id.ok() && entry.id.present() ? entry.id.value() : null, entry.indicators);
        if (!read) {
            maximaOk = false;
        } else if (dimension.array("indicators", false).value().isEmpty()) {
            out.add(dimension.at("indicators").path(), SchemeProblems.LIST_EMPTY);
        }
        entry.deductions = adjustmentsNamed(dimension, "deductions");
        entry.bonuses = adjustmentsNamed(dimension, "bonuses");
        return Optional.of(entry);
    }

    private Optional<IndicatorEntry> readIndicator(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            maximaOk = false;
            return Optional.empty();
        }
        NodeReader indicator = object.get().allowOnly(INDICATOR_FIELDS);
        IndicatorEntry entry = new IndicatorEntry();
        entry.at = where;
        entry.id = indicator.id("id", true);
        claim(entry.id, indicator.at("id"));
        if (entry.id.ok() && entry.id.present()) {
            indicatorIds.add(entry.id.value());
        }
        entry.name = indicator.label("name");
        readMaxOrWeight(indicator, entry, false);
        boolean judgedItems = itemsJudged;
        itemsJudged = indicator.has("judgements");
        boolean read = indicator.each("items", true, (node, at) -> readItem(node, at).ifPresent(entry.items::add));
        itemsJudged = judgedItems;
        judge(indicator, "item", entry.id.ok() && entry.id.present() ? entry.id.value() : null, entry.items);
        if (!read) {
            maximaOk = false;
        } else if (indicator.array("items", false).value().isEmpty()) {
            out.add(indicator.at("items").path(), SchemeProblems.LIST_EMPTY);
        }
        entry.deductions = adjustmentsNamed(indicator, "deductions");
        entry.bonuses = adjustmentsNamed(indicator, "bonuses");
        return Optional.of(entry);
    }

    private Optional<ItemEntry> readItem(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            maximaOk = false;
            return Optional.empty();
        }
        NodeReader item = object.get().allowOnly(ITEM_FIELDS);
        ItemEntry entry = new ItemEntry();
        entry.at = where;
        entry.object = item;
        entry.id = item.id("id", true);
        claim(entry.id, item.at("id"));
        if (entry.id.ok() && entry.id.present()) {
            itemIds.add(entry.id.value());
        }
        entry.name = item.label("name");
        readMaxOrWeight(item, entry, !itemsJudged);
        entry.ruleAt = item.at("rule");
        JsonNode rule = item.raw("rule");
        if (rule == null) {
            item.string("rule", true);
        } else {
            NodeReader.object(rule, entry.ruleAt, out).ifPresent(ruleObject -> {
                ruleObject.allowOnly(RULE_FIELDS);
                entry.ruleId = ruleObject.id("id", true);
                entry.paramsAt = ruleObject.at("params");
                JsonNode params = ruleObject.raw("params");
                if (params != null) {
                    Optional<NodeReader> paramsObject = NodeReader.object(params, entry.paramsAt, out);
                    Optional<Map<String, Object>> values = paramsObject.flatMap(p -> ParamValues.read(params,
                            entry.paramsAt, out));
                    values.ifPresent(v -> entry.params = v);
                    entry.paramsBroken = values.isEmpty();
                }
            });
        }
        entry.keyIds = item.ids("keys", true, true);
        entry.keysOk = entry.keyIds.ok() && entry.keyIds.present();
        if (entry.keyIds.present() && entry.keyIds.value() != null) {
            if (entry.keyIds.ok() && entry.keyIds.value().isEmpty()) {
                out.add(item.at("keys").path(), SchemeProblems.LIST_EMPTY);
                entry.keysOk = false;
            }
            for (int i = 0; i < entry.keyIds.value().size(); i++) {
                String keyId = entry.keyIds.value().get(i);
                if (keyId != null) {
                    Optional<EvidenceKey> key = key(keyId, item.at("keys").index(i));
                    key.ifPresent(entry.itemKeys::add);
                    entry.keysOk &= key.isPresent();
                }
            }
        }
        Read<List<String>> kinds = partKinds(item);
        // An item whose kinds are unknown would seem to apply to every kind: its sums mean nothing yet.
        maximaOk &= kinds.ok();
        entry.subjects = kinds.orElse(List.of());
        entry.missing = item.term("missing", MissingPolicy.class, MISSING_POLICY, false);
        if (openEnded && entry.missing.ok() && entry.missing.value() == MissingPolicy.EXCLUDE) {
            out.add(item.at("missing").path(), SchemeProblems.OPEN_ENDED_EXCLUDE);
        }
        return Optional.of(entry);
    }

    private void configureRule(ItemEntry item) {
        if (!item.ruleId.ok() || !item.ruleId.present()) {
            return;
        }
        Optional<ScoringRuleProvider> provider = registry.find(item.ruleId.value());
        if (provider.isEmpty()) {
            out.add(item.ruleAt.field("id").path(), SchemeProblems.RULE_UNKNOWN, item.ruleId.value(),
                    new Verbatim(String.join(", ", registry.ids())));
            return;
        }
        boolean open = openEnded && item.max == null && !item.maxBroken;
        if (open && !provider.get().scoresOpenEnded()) {
            out.add(item.ruleAt.field("id").path(), SchemeProblems.RULE_NEEDS_MAX, item.ruleId.value(),
                    new Verbatim(String.join(", ", registry.openEndedIds())));
            return;
        }
        if ((item.max == null && !open) || !item.keysOk || !item.id.ok() || item.paramsBroken) {
            // The rule's checks would only repeat problems already reported for the item.
            return;
        }
        Where paramsAt = item.paramsAt == null ? item.ruleAt.field("params") : item.paramsAt;
        RuleSetup.configure(provider.get(), item.params, paramsAt, item.max, item.itemKeys, scale,
                item.object.at("keys"), out).ifPresent(rule -> rules.put(item.id.value(), rule));
    }

    // ---------------------------------------------------------------- maxima

    /**
     * Turns weights into maxima level by level; a level whose own maximum or a sibling's was
     * broken is left alone (its problem is reported), so that the rest still gets its maxima and
     * its rules still get checked.
     */
    private void deriveMaxima(BigDecimal schemeMax, List<DimensionEntry> dimensions) {
        derive(schemeMax, schemeMax == null, dimensions);
        for (DimensionEntry dimension : dimensions) {
            derive(dimension.max, unknownMax(dimension), dimension.indicators);
            for (IndicatorEntry indicator : dimension.indicators) {
                derive(indicator.max, unknownMax(indicator), indicator.items);
            }
        }
    }

    /** Whether a part's maximum is unknown because of a problem already reported. */
    private static boolean unknownMax(LevelEntry part) {
        return part.maxBroken || (part.weight != null && part.max == null);
    }

    private void derive(BigDecimal parentMax, boolean parentBroken, List<? extends LevelEntry> children) {
        for (LevelEntry child : children) {
            if (child.maxBroken) {
                return;
            }
        }
        int weighted = 0;
        for (LevelEntry child : children) {
            weighted += child.weight != null ? 1 : 0;
        }
        if (weighted == 0) {
            return;
        }
        if (weighted < children.size()) {
            for (LevelEntry child : children) {
                if (child.weight == null && child.declaredMax != null) {
                    out.add(child.at.field("maxPoints").path(), SchemeProblems.WEIGHTS_MIXED);
                } else if (child.weight == null) {
                    out.add(child.at.field("weight").path(), SchemeProblems.WEIGHTS_MIXED);
                }
            }
            maximaOk = false;
            return;
        }
        if (parentMax == null) {
            if (!parentBroken) {
                out.add(children.get(0).at.field("weight").path(), SchemeProblems.WEIGHTS_NO_PARENT_MAX);
            }
            maximaOk = false;
            return;
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (LevelEntry child : children) {
            weights.add(child.weight);
        }
        List<BigDecimal> maxima = Maxima.fromWeights(parentMax, weights, scale);
        for (int i = 0; i < children.size(); i++) {
            LevelEntry child = children.get(i);
            if (maxima.get(i).signum() == 0) {
                out.add(child.at.field("weight").path(), SchemeProblems.WEIGHT_ROUNDS_TO_ZERO,
                        new Verbatim(child.weight.toPlainString()));
                maximaOk = false;
            } else {
                child.max = maxima.get(i);
            }
        }
    }

    /**
     * Checks, for each kind, that some item applies and, unless the scheme is open-ended, that the
     * maxima add up: items to indicators to dimensions to the scheme's maximum, or in a composite
     * scheme, dimensions to parts and {@code Σ weight × part} to the scheme's maximum.
     */
    private void checkSums(BigDecimal schemeMax, List<DimensionEntry> dimensions, List<PartEntry> parts,
            NodeReader doc) {
        for (int k = 0; k < subjects.size(); k++) {
            String kind = subjects.get(k);
            boolean applies = false;
            BigDecimal total = null;
            Map<String, BigDecimal> byDimension = new HashMap<>();
            for (DimensionEntry dimension : dimensions) {
                BigDecimal dimensionSum = null;
                for (IndicatorEntry indicator : dimension.indicators) {
                    BigDecimal indicatorSum = null;
                    for (ItemEntry item : indicator.items) {
                        if (item.subjects.isEmpty() || item.subjects.contains(kind)) {
                            applies = true;
                            indicatorSum = openEnded ? null : add(indicatorSum, item.max);
                        }
                    }
                    dimensionSum = openEnded ? null : add(dimensionSum, agree(indicator, indicatorSum, kind));
                }
                BigDecimal dimensionMax = openEnded ? null : agree(dimension, dimensionSum, kind);
                if (dimensionMax != null) {
                    byDimension.put(dimension.id.value(), dimensionMax);
                }
                total = add(total, dimensionMax);
            }
            if (!applies) {
                out.add(doc.at("subjects").index(k).path(), SchemeProblems.KIND_NO_ITEMS, kind);
                continue;
            }
            if (openEnded) {
                continue;
            }
            if (!parts.isEmpty() && !partsOk) {
                // Which dimensions a part weighs is not known yet: its sum would mean nothing.
                continue;
            }
            if (!parts.isEmpty()) {
                total = BigDecimal.ZERO;
                List<String> terms = new ArrayList<>();
                for (PartEntry part : parts) {
                    BigDecimal partSum = BigDecimal.ZERO;
                    for (String dimension : part.dimensions) {
                        partSum = partSum.add(byDimension.getOrDefault(dimension, BigDecimal.ZERO));
                    }
                    total = total.add(part.weight.multiply(partSum));
                    terms.add(part.weight.toPlainString() + " × " + partSum.toPlainString());
                }
                if (total.compareTo(schemeMax) != 0) {
                    out.add(doc.at("maxPoints").path(), SchemeProblems.MAXIMA_SUM_PARTS, kind,
                            new Verbatim(String.join(" + ", terms)), new Verbatim(total.stripTrailingZeros()
                                    .toPlainString()), new Verbatim(schemeMax.toPlainString()));
                }
                continue;
            }
            if (total.compareTo(schemeMax) != 0) {
                out.add(doc.at("maxPoints").path(), SchemeProblems.MAXIMA_SUM, kind,
                        new Verbatim(total.toPlainString()),
                        new Verbatim(schemeMax.toPlainString()));
            }
        }
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal more) {
        return more == null ? sum : sum == null ? more : sum.add(more);
    }

    /** The part's maximum for a kind: its own, checked against its children's sum, else the sum. */
    private BigDecimal agree(LevelEntry part, BigDecimal childrenSum, String kind) {
        if (childrenSum == null) {
            return null;
        }
        if (part.max == null) {
            return childrenSum;
        }
        if (part.max.compareTo(childrenSum) != 0) {
            String field = part.weight != null ? "weight" : "maxPoints";
            String path = part.at.field(field).path();
            // One line per place and sum: kinds that see the same wrong sum there share it, a kind
            // that sees another sum (other items apply to it) gets its own.
            String code = SchemeProblems.MAXIMA_SUM.code();
            if (firstAt.putIfAbsent(code + path + " " + childrenSum.toPlainString(), path) == null) {
                out.add(path, SchemeProblems.MAXIMA_SUM, kind, new Verbatim(childrenSum.toPlainString()),
                        new Verbatim(part.max.toPlainString()));
            }
        }
        return part.max;
    }

    // ---------------------------------------------------------------- adjustments

    // ---------------------------------------------------------------- parts

    private final class PartEntry {
        Where at;
        Read<String> id;
        Read<Label> name;
        BigDecimal weight;
        List<String> dimensions = List.of();
        Where dimensionsAt;
        List<AdjustmentEntry> deductions = List.of();
        BigDecimal deductionCap;

        Part build() {
            return new Part(id.value(), name.value(), weight, dimensions,
                    SchemeDocumentReader.build(deductions, AdjustmentEntry::build), Optional.ofNullable(deductionCap));
        }
    }

    private Optional<PartEntry> readPart(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            partsOk = false;
            partsUnclear = true;
            return Optional.empty();
        }
        NodeReader part = object.get().allowOnly(PART_FIELDS);
        PartEntry entry = new PartEntry();
        entry.at = where;
        entry.id = part.id("id", true);
        claim(entry.id, part.at("id"));
        if (entry.id.ok() && entry.id.present()) {
            partIds.add(entry.id.value());
        }
        entry.name = part.label("name");
        Read<BigDecimal> weight = part.decimal("weight", true);
        if (weight.ok() && weight.present()) {
            entry.weight = positive(weight.value(), part.at("weight"), false);
        }
        partsOk &= entry.weight != null;
        Read<List<String>> ids = part.ids("dimensions", true, true);
        partsOk &= ids.ok() && ids.present();
        partsUnclear |= !ids.ok();
        if (ids.present() && ids.value() != null) {
            if (ids.ok() && ids.value().isEmpty()) {
                out.add(part.at("dimensions").path(), SchemeProblems.LIST_EMPTY);
                partsOk = false;
            }
            List<String> known = new ArrayList<>();
            for (int i = 0; i < ids.value().size(); i++) {
                String dimension = ids.value().get(i);
                if (dimension != null && !dimensionIds.contains(dimension)) {
                    out.add(part.at("dimensions").index(i).path(), SchemeProblems.PART_DIMENSION_UNKNOWN, dimension);
                    partsOk = false;
                    partsUnclear = true;
                } else if (dimension != null) {
                    known.add(dimension);
                }
            }
            entry.dimensions = known;
            entry.dimensionsAt = part.at("dimensions");
        }
        entry.deductions = adjustmentsNamed(part, "deductions");
        entry.deductionCap = points(part, "deductionCap", false, true);
        return Optional.of(entry);
    }

    /**
     * Every dimension in exactly one part, when the scheme has parts. A dimension left out is not
     * reported while a part is unreadable or names an unknown dimension: that is most likely the
     * one meant.
     */
    private void checkParts(List<PartEntry> parts, List<DimensionEntry> dimensions, NodeReader doc) {
        if (parts.isEmpty()) {
            return;
        }
        Map<String, String> partOf = new HashMap<>();
        for (PartEntry part : parts) {
            for (int i = 0; i < part.dimensions.size(); i++) {
                String dimension = part.dimensions.get(i);
                String earlier = partOf.putIfAbsent(dimension,
                        part.id.ok() && part.id.present() ? part.id.value() : part.at.path());
                if (earlier != null) {
                    out.add(part.dimensionsAt.index(i).path(), SchemeProblems.PART_DIMENSION_TWICE, dimension,
                            earlier);
                    partsOk = false;
                }
            }
        }
        for (DimensionEntry dimension : dimensions) {
            if (dimension.weight != null) {
                out.add(dimension.at.field("weight").path(), SchemeProblems.PARTS_DIMENSION_WEIGHT);
                maximaOk = false;
            }
            if (!partsUnclear && dimension.id.ok() && dimension.id.present()
                    && !partOf.containsKey(dimension.id.value())) {
                out.add(dimension.at.field("id").path(), SchemeProblems.DIMENSION_NO_PART, dimension.id.value());
                partsOk = false;
            }
        }
    }

    private final class AdjustmentEntry {
        Read<String> id;
        Read<Label> name;
        String key;
        BigDecimal per;
        Map<String, BigDecimal> levels = Map.of();
        BigDecimal cap;
        List<String> subjects;

        Adjustment build() {
            return new Adjustment(id.value(), name.value(), key, Optional.ofNullable(per), levels,
                    Optional.ofNullable(cap), subjects);
        }
    }

    private List<AdjustmentEntry> adjustments(NodeReader doc) {
        return adjustmentsNamed(doc, "deductions");
    }

    private List<AdjustmentEntry> adjustmentsNamed(NodeReader parent, String section) {
        List<AdjustmentEntry> entries = new ArrayList<>();
        parent.each(section, false, (node, at) -> readAdjustment(node, at).ifPresent(entries::add));
        return entries;
    }

    private Optional<AdjustmentEntry> readAdjustment(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        NodeReader adjustment = object.get().allowOnly(ADJUSTMENT_FIELDS);
        AdjustmentEntry entry = new AdjustmentEntry();
        entry.id = adjustment.id("id", true);
        claim(entry.id, adjustment.at("id"));
        entry.name = adjustment.label("name");
        Read<String> keyId = adjustment.id("key", true);
        Optional<EvidenceKey> key = keyId.ok() && keyId.present() ? key(keyId.value(), adjustment.at("key"))
                : Optional.empty();
        entry.key = keyId.value();
        Read<BigDecimal> per = adjustment.decimal("per", false);
        if (per.ok() && per.present()) {
            entry.per = positive(per.value(), adjustment.at("per"), false);
        }
        JsonNode levels = adjustment.raw("levels");
        if (levels != null) {
            entry.levels = readLevels(levels, adjustment.at("levels"), key);
        }
        if (per.present() == (levels != null)) {
            out.add(adjustment.at(per.present() ? "levels" : "per").path(), SchemeProblems.LEVELS_OR_PER);
        }
        entry.cap = points(adjustment, "cap", false, true);
        entry.subjects = partSubjects(adjustment);
        return Optional.of(entry);
    }

    private Map<String, BigDecimal> readLevels(JsonNode levels, Where at, Optional<EvidenceKey> key) {
        Optional<NodeReader> object = NodeReader.object(levels, at, out);
        if (object.isEmpty()) {
            return Map.of();
        }
        if (key.isPresent() && key.get().type() != KeyType.CATEGORY) {
            out.add(at.path(), SchemeProblems.LEVELS_KEY_TYPE, key.get().id(), key.get().type());
            return Map.of();
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String level : object.get().names()) {
            Read<BigDecimal> amount = object.get().decimal(level, false);
            if (key.isPresent() && !key.get().values().contains(level)) {
                out.add(at.field(level).path(), SchemeProblems.LEVEL_UNKNOWN, level, key.get().id(),
                        new Verbatim(String.join(", ", key.get().values())));
            } else if (amount.ok() && amount.present()) {
                BigDecimal positive = positive(amount.value(), at.field(level), false);
                if (positive != null) {
                    amounts.put(level, positive);
                }
            }
        }
        key.ifPresent(k -> {
            for (String value : k.values()) {
                if (!object.get().has(value)) {
                    out.add(at.path(), SchemeProblems.LEVEL_MISSING, value, k.id());
                }
            }
        });
        return amounts;
    }

    // ---------------------------------------------------------------- vetoes and grades

    private final class VetoEntry {
        Read<String> id;
        Read<Label> name;
        Deferred when;
        Read<VetoEffect> effect;
        Read<String> grade;
        Where gradeAt;
        List<String> subjects;

        Veto build() {
            return new Veto(id.value(), name.value(), when.built, effect.value(), Optional.ofNullable(grade.value()),
                    subjects);
        }
    }

    private Optional<VetoEntry> readVeto(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        NodeReader veto = object.get().allowOnly(VETO_FIELDS);
        VetoEntry entry = new VetoEntry();
        entry.id = veto.id("id", true);
        claim(entry.id, veto.at("id"));
        entry.name = veto.label("name");
        JsonNode when = veto.raw("when");
        if (when == null) {
            veto.string("when", true);
        } else {
            entry.when = new Deferred(when, veto.at("when"));
            predicates.add(entry.when);
        }
        entry.effect = veto.term("effect", VetoEffect.class, EFFECT, true);
        entry.grade = veto.id("grade", false);
        if (entry.effect.ok() && entry.effect.present()) {
            boolean caps = entry.effect.value() == VetoEffect.CAP_GRADE;
            if (caps && !entry.grade.present()) {
                out.add(veto.at("grade").path(), SchemeProblems.VETO_GRADE_MISSING);
            } else if (!caps && entry.grade.present()) {
                out.add(veto.at("grade").path(), SchemeProblems.VETO_GRADE_UNEXPECTED);
            }
        }
        entry.gradeAt = veto.at("grade");
        entry.subjects = partSubjects(veto);
        return Optional.of(entry);
    }

    // ---------------------------------------------------------------- peer groups

    private static final Label WITHIN = Label.of("排名范围", "ranking scope");
    private static final Label STANDING = Label.of("名次位置", "standing");

    private final class PeerGroupEntry {
        Where at;
        Read<String> id;
        Read<Label> name;
        List<String> kinds = List.of();
        Read<PeerGroup.Within> within;
        Read<String> tag;
        String figure = PeerGroup.TOTAL;
        List<String> tieBreak = List.of();
        PeerGroup.Cut leaders;
        PeerGroup.Cut laggards;
        final List<PeerGroup.Quota> quotas = new ArrayList<>();
        final List<PeerGroup.Streak> streaks = new ArrayList<>();

        PeerGroup build() {
            return new PeerGroup(id.value(), name.value(), kinds, within.orElse(PeerGroup.Within.ALL),
                    Optional.ofNullable(tag.value()), figure, tieBreak, Optional.ofNullable(leaders),
                    Optional.ofNullable(laggards), quotas, streaks);
        }
    }

    private Optional<PeerGroupEntry> readPeerGroup(JsonNode element, Where where, List<GradeEntry> grades,
            RollupReader rollups) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        NodeReader group = object.get().allowOnly(PEER_GROUP_FIELDS);
        PeerGroupEntry entry = new PeerGroupEntry();
        entry.at = where;
        entry.id = group.id("id", true);
        claim(entry.id, group.at("id"));
        entry.name = group.label("name");
        Read<List<String>> kinds = group.ids("kinds", true, true);
        if (kinds.ok() && kinds.present() && kinds.value().isEmpty()) {
            out.add(group.at("kinds").path(), SchemeProblems.LIST_EMPTY);
        } else if (kinds.present() && kinds.value() != null) {
            for (int i = 0; i < kinds.value().size(); i++) {
                String kind = kinds.value().get(i);
                if (kind != null && subjectsOk && !subjects.contains(kind)) {
                    out.add(group.at("kinds").index(i).path(), SchemeProblems.KIND_NOT_ASSESSED, kind,
                            new Verbatim(String.join(", ", subjects)));
                }
            }
            entry.kinds = kinds.value().stream().filter(Objects::nonNull).toList();
        }
        entry.within = group.term("within", PeerGroup.Within.class, WITHIN, false);
        entry.tag = group.id("tag", false);
        entry.figure = figure(group, entry.kinds, rollups);
        Read<List<String>> tieBreak = group.ids("tieBreak", false, true);
        if (tieBreak.present() && tieBreak.value() != null) {
            for (int i = 0; i < tieBreak.value().size(); i++) {
                String figure = tieBreak.value().get(i);
                if (figure != null && !isFigure(figure)) {
                    out.add(group.at("tieBreak").index(i).path(), SchemeProblems.PREDICATE_FIGURE, figure);
                }
            }
            entry.tieBreak = tieBreak.value().stream().filter(Objects::nonNull).toList();
        }
        entry.leaders = cut(group, "leaders");
        entry.laggards = cut(group, "laggards");
        List<String> bands = new ArrayList<>();
        grades.forEach(g -> bands.add(g.id.ok() ? g.id.value() : null));
        Map<String, String> quotaAt = new HashMap<>();
        group.each("quotas", false, (node, at) -> NodeReader.object(node, at, out).ifPresent(q -> {
            q.allowOnly(QUOTA_FIELDS);
            Read<String> grade = q.id("grade", true);
            BigDecimal share = share(q, "share", true);
            if (grade.ok() && grade.present()) {
                int index = bands.indexOf(grade.value());
                String earlier = quotaAt.putIfAbsent(grade.value(), q.at("grade").path());
                if (earlier != null) {
                    out.add(q.at("grade").path(), SchemeProblems.QUOTA_TWICE, grade.value(), new Verbatim(earlier));
                } else if (index < 0) {
                    out.add(q.at("grade").path(), SchemeProblems.GRADE_UNKNOWN, grade.value());
                } else if (index == bands.size() - 1) {
                    out.add(q.at("grade").path(), SchemeProblems.QUOTA_BOTTOM_BAND, grade.value());
                } else if (share != null) {
                    entry.quotas.add(new PeerGroup.Quota(grade.value(), share));
                }
            }
        }));
        Map<String, String> flagAt = new HashMap<>();
        group.each("streaks", false, (node, at) -> NodeReader.object(node, at, out).ifPresent(st -> {
            st.allowOnly(STREAK_FIELDS);
            Read<String> flag = st.id("flag", true);
            if (flag.ok() && flag.present()) {
                if (Term.find(PeerGroup.Standing.class, flag.value()).isPresent()) {
                    out.add(st.at("flag").path(), SchemeProblems.STREAK_FLAG_RESERVED, flag.value());
                    flag = Read.broken();
                } else {
                    String earlier = flagAt.putIfAbsent(flag.value(), st.at("flag").path());
                    if (earlier != null) {
                        out.add(st.at("flag").path(), SchemeProblems.STREAK_FLAG_TWICE, flag.value(),
                                new Verbatim(earlier));
                        flag = Read.broken();
                    }
                }
            }
            Read<PeerGroup.Standing> when = st.term("when", PeerGroup.Standing.class, STANDING, true);
            Read<Integer> periods = st.integer("periods", 2, 100);
            if (!periods.present() && !periods.isBroken()) {
                st.string("periods", true);
            }
            if (flag.ok() && flag.present() && when.ok() && when.present() && periods.ok() && periods.present()) {
                entry.streaks.add(new PeerGroup.Streak(flag.value(), when.value(), periods.value()));
            }
        }));
        return Optional.of(entry);
    }

    /** The group's {@code figure}: {@code total} (the default) or {@code rollup:ID} of a roll-up computed for its kinds. */
    private String figure(NodeReader group, List<String> kinds, RollupReader rollups) {
        Read<String> figure = group.string("figure", false);
        if (!figure.ok() || !figure.present() || figure.value().equals(PeerGroup.TOTAL)) {
            return PeerGroup.TOTAL;
        }
        String text = figure.value();
        String id = text.startsWith(PeerGroup.ROLLUP_PREFIX) ? text.substring(PeerGroup.ROLLUP_PREFIX.length()) : "";
        if (!rollups.declared(id)) {
            out.add(group.at("figure").path(), SchemeProblems.PEER_GROUP_FIGURE, text);
            return PeerGroup.TOTAL;
        }
        List<String> computedFor = rollups.kindsOf(id);
        if (computedFor != null) {
            for (String kind : kinds) {
                if (!computedFor.contains(kind)) {
                    out.add(group.at("figure").path(), SchemeProblems.ROLLUP_KIND, id, kind);
                }
            }
        }
        return text;
    }

    /** A {@code leaders} or {@code laggards} cut: exactly one of a count and a share. */
    private PeerGroup.Cut cut(NodeReader group, String name) {
        JsonNode node = group.raw(name);
        if (node == null) {
            return null;
        }
        Optional<NodeReader> object = NodeReader.object(node, group.at(name), out);
        if (object.isEmpty()) {
            return null;
        }
        NodeReader cut = object.get().allowOnly(CUT_FIELDS);
        Read<Integer> count = cut.integer("count", 1, 1_000_000);
        BigDecimal share = share(cut, "share", false);
        if (cut.has("count") == cut.has("share")) {
            out.add(group.at(name).path(), SchemeProblems.CUT_COUNT_OR_SHARE);
            return null;
        }
        if (count.ok() && count.present()) {
            return new PeerGroup.Cut(Optional.of(count.value()), Optional.empty());
        }
        return share == null ? null : new PeerGroup.Cut(Optional.empty(), Optional.of(share));
    }

    /** A share in (0, 1], or null when absent or reported. */
    private BigDecimal share(NodeReader object, String name, boolean required) {
        Read<BigDecimal> value = object.decimal(name, required);
        if (!value.ok() || !value.present()) {
            return null;
        }
        if (value.value().signum() <= 0 || value.value().compareTo(BigDecimal.ONE) > 0) {
            out.add(object.at(name).path(), SchemeProblems.SHARE_RANGE, new Verbatim(value.value().toPlainString()));
            return null;
        }
        return value.value();
    }

    /**
     * A kind's final grade for a figure (its total, or a roll-up) comes from one quota group: a
     * second group with quotas for the same kind and figure is an error.
     */
    private void checkQuotaGroups(List<PeerGroupEntry> groups) {
        Map<String, String> quotaGroupOf = new HashMap<>();
        for (PeerGroupEntry group : groups) {
            if (group.quotas.isEmpty() || !group.id.ok()) {
                continue;
            }
            for (String kind : group.kinds) {
                String earlier = quotaGroupOf.putIfAbsent(kind + '\u0000' + group.figure, group.id.value());
                if (earlier != null) {
                    out.add(group.at.field("quotas").path(), SchemeProblems.QUOTA_GROUP_TWICE, kind,
                            new Verbatim(group.figure), earlier);
                }
            }
        }
    }

    private final class GradeEntry {
        Read<String> id;
        Read<Label> name;
        BigDecimal min;
        final List<Deferred> gates = new ArrayList<>();

        GradeBand build() {
            List<Predicate> built = new ArrayList<>();
            for (Deferred gate : gates) {
                built.add(gate.built);
            }
            return new GradeBand(id.value(), name.value(), min, built);
        }
    }

    private BigDecimal previousMin;

    private Optional<GradeEntry> readGrade(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        NodeReader grade = object.get().allowOnly(GRADE_FIELDS);
        GradeEntry entry = new GradeEntry();
        entry.id = grade.id("id", true);
        claim(entry.id, grade.at("id"));
        if (entry.id.ok() && entry.id.present()) {
            gradeIds.add(entry.id.value());
        }
        entry.name = grade.label("name");
        Read<BigDecimal> min = grade.decimal("min", true);
        if (min.ok() && min.present()) {
            if (min.value().signum() < 0) {
                out.add(grade.at("min").path(), SchemeProblems.NUMBER_NEGATIVE, new Verbatim(min.value().toPlainString()));
            } else if (min.value().stripTrailingZeros().scale() > scale) {
                out.add(grade.at("min").path(), SchemeProblems.NUMBER_SCALE, new Verbatim(min.value().toPlainString()),
                        scale);
            } else {
                if (previousMin != null && min.value().compareTo(previousMin) >= 0) {
                    out.add(grade.at("min").path(), SchemeProblems.GRADE_ORDER, new Verbatim(previousMin.toPlainString()));
                }
                previousMin = min.value();
                entry.min = min.value();
            }
        }
        grade.each("gates", false, (node, at) -> {
            Deferred gate = new Deferred(node, at);
            predicates.add(gate);
            entry.gates.add(gate);
        });
        return Optional.of(entry);
    }

    // ---------------------------------------------------------------- predicates

    private Predicate predicate(JsonNode node, Where at) {
        return predicate(node, at, Use.FACTS);
    }

    /** A predicate standing where {@code use} says, reporting every form it may not take there. */
    private Predicate predicate(JsonNode node, Where at, Use use) {
        Optional<NodeReader> object = NodeReader.object(node, at, out);
        if (object.isEmpty()) {
            return null;
        }
        NodeReader p = object.get().allowOnly(PREDICATE_FIELDS);
        List<String> forms = new ArrayList<>();
        for (String form : PREDICATE_FORMS) {
            if (p.has(form)) {
                forms.add(form);
            }
        }
        if (forms.size() != 1) {
            out.add(at.path(), SchemeProblems.PREDICATE_SHAPE);
            return null;
        }
        // On a grade test, times is right where grades are read; elsewhere the test itself is refused.
        if (p.has("times") && !(forms.get(0).equals("result") && "grade".equals(p.raw("result").asText(null)))) {
            out.add(p.at("times").path(), SchemeProblems.PREDICATE_COUNTS);
        }
        if (p.has("of") && !forms.get(0).equals("designated")) {
            out.add(p.at("of").path(), SchemeProblems.PREDICATE_FIELD, "of", forms.get(0));
        }
        return switch (forms.get(0)) {
            case "key" -> {
                if (use.grades()) {
                    out.add(p.at("key").path(), use.review ? SchemeProblems.PREDICATE_REVIEW_KEY
                            : SchemeProblems.PREDICATE_ROLLUP, new Verbatim("key"));
                    yield null;
                }
                yield keyTest(p);
            }
            case "result" -> resultTest(p, use);
            case "vetoed", "designated" -> {
                if (!use.review) {
                    out.add(p.at(forms.get(0)).path(), SchemeProblems.PREDICATE_REVIEW_ONLY, forms.get(0));
                    yield null;
                }
                yield forms.get(0).equals("vetoed") ? vetoTest(p) : designationTest(p);
            }
            case "not" -> {
                Predicate negated = predicate(p.raw("not"), p.at("not"), use);
                yield negated == null ? null : new Predicate.Not(negated);
            }
            default -> {
                String form = forms.get(0);
                Read<List<JsonNode>> elements = p.array(form, true);
                if (!elements.ok()) {
                    yield null;
                }
                if (elements.value().isEmpty()) {
                    out.add(p.at(form).path(), SchemeProblems.PREDICATE_EMPTY);
                    yield null;
                }
                List<Predicate> parts = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < elements.value().size(); i++) {
                    Predicate part = predicate(elements.value().get(i), p.at(form).index(i), use);
                    ok &= part != null;
                    parts.add(part);
                }
                yield !ok ? null : form.equals("allOf") ? new Predicate.AllOf(parts) : new Predicate.AnyOf(parts);
            }
        };
    }

    /** {@code {vetoed: any|zero|cap-grade|ineligible, periods?}}. */
    private Predicate vetoTest(NodeReader p) {
        Read<String> effect = p.string("vetoed", true);
        Optional<VetoEffect> known = Optional.empty();
        boolean ok = effect.ok() && effect.present();
        if (ok && !effect.value().equals("any")) {
            known = Term.find(VetoEffect.class, effect.value());
            if (known.isEmpty()) {
                out.add(p.at("vetoed").path(), FormatProblems.UNKNOWN_VALUE, VETO_EFFECT, effect.value(),
                        new Verbatim("any, " + Term.ids(VetoEffect.class)));
                ok = false;
            }
        }
        Read<Integer> periods = p.integer("periods", 1, REVIEW_PERIODS);
        for (String field : List.of("op", "value")) {
            if (p.has(field)) {
                out.add(p.at(field).path(), SchemeProblems.PREDICATE_FIELD, field, "vetoed");
                ok = false;
            }
        }
        return ok && periods.ok() ? new Predicate.VetoTest(known, Optional.ofNullable(periods.value())) : null;
    }

    /** {@code {designated: KIND}} or {@code {designated: KIND, of: ORG-KIND, op, value: SHARE}}. */
    private Predicate designationTest(NodeReader p) {
        Read<String> kind = p.id("designated", true);
        if (p.has("periods")) {
            out.add(p.at("periods").path(), SchemeProblems.PREDICATE_FIELD, "periods", "designated");
        }
        if (!p.has("of")) {
            for (String field : List.of("op", "value")) {
                if (p.has(field)) {
                    out.add(p.at(field).path(), SchemeProblems.PREDICATE_NEEDS_OF, field);
                }
            }
            return kind.ok() && kind.present() && !p.has("op") && !p.has("value") && !p.has("periods")
                    ? new Predicate.DesignationTest(kind.value(), Optional.empty(), Optional.empty(), Optional.empty())
                    : null;
        }
        Read<OrgKind> of = p.term("of", OrgKind.class, ORG_KIND, true);
        Optional<CompareOp> op = op(p);
        Read<BigDecimal> share = p.decimal("value", true);
        if (share.ok() && share.present() && (share.value().signum() < 0 || share.value().compareTo(BigDecimal.ONE) > 0)) {
            out.add(p.at("value").path(), SchemeProblems.PREDICATE_SHARE, new Verbatim(share.value().toPlainString()));
            share = Read.broken();
        }
        if (!kind.ok() || !kind.present() || !of.ok() || !of.present() || op.isEmpty() || !share.ok()
                || !share.present() || p.has("periods")) {
            return null;
        }
        return new Predicate.DesignationTest(kind.value(), Optional.of(of.value().id()), op, Optional.of(share.value()));
    }

    private Predicate keyTest(NodeReader p) {
        Read<String> keyId = p.id("key", true);
        Optional<CompareOp> op = op(p);
        JsonNode value = p.raw("value");
        if (value == null) {
            p.string("value", true);
        }
        if (p.has("periods")) {
            out.add(p.at("periods").path(), SchemeProblems.PREDICATE_PERIODS);
        }
        Optional<EvidenceKey> key = keyId.ok() && keyId.present() ? key(keyId.value(), p.at("key")) : Optional.empty();
        if (key.isEmpty() || value == null || value == TreeReader.REPORTED) {
            return null;
        }
        EvidenceKey k = key.get();
        Object compared;
        Label kind;
        if (k.type() == KeyType.FLAG) {
            compared = value.isBoolean() ? value.booleanValue() : null;
            kind = FLAGS;
        } else if (k.isGraded() && k.combine() != Combination.DISTINCT_CASES) {
            compared = value.isTextual() ? value.textValue() : null;
            kind = TEXTS;
            if (compared != null && !k.values().contains(compared)) {
                out.add(p.at("value").path(), SchemeProblems.PREDICATE_VALUE_UNKNOWN, compared, k.id(),
                        new Verbatim(String.join(", ", k.values())));
                return null;
            }
        } else {
            compared = value.isNumber() ? value.decimalValue() : null;
            kind = NUMBERS;
        }
        if (compared == null) {
            out.add(p.at("value").path(), SchemeProblems.PREDICATE_VALUE, k.id(), k.type(),
                    value.isBoolean() ? A_BOOLEAN : value.isNumber() ? A_NUMBER : A_TEXT);
            return null;
        }
        if (op.isEmpty()) {
            return null;
        }
        if (kind != NUMBERS && op.get() != CompareOp.EQ && op.get() != CompareOp.NE) {
            out.add(p.at("op").path(), SchemeProblems.PREDICATE_OP_ORDER, op.get().symbol(), kind);
            return null;
        }
        return new Predicate.KeyTest(k.id(), op.get(), compared);
    }

    private Predicate resultTest(NodeReader p, Use use) {
        Read<String> figure = p.string("result", true);
        if (figure.ok() && figure.present() && figure.value().equals("grade")) {
            if (use.grades()) {
                return gradeTest(p, use.inputs());
            }
            out.add(p.at("result").path(), SchemeProblems.PREDICATE_GRADE);
            return null;
        }
        Optional<CompareOp> op = op(p);
        Read<BigDecimal> value = p.decimal("value", true);
        if (p.has("periods")) {
            out.add(p.at("periods").path(), use.grades() ? SchemeProblems.PREDICATE_COUNTS
                    : SchemeProblems.PREDICATE_PERIODS);
        }
        if (!figure.ok() || !figure.present()) {
            return null;
        }
        String text = figure.value();
        if (use.rollup() && !text.equals("total")) {
            out.add(p.at("result").path(), SchemeProblems.PREDICATE_ROLLUP, text);
            return null;
        }
        if (!isFigure(text)) {
            out.add(p.at("result").path(), SchemeProblems.PREDICATE_FIGURE, text);
            return null;
        }
        if (op.isEmpty() || !value.ok() || !value.present()) {
            return null;
        }
        return new Predicate.ResultTest(text, op.get(), value.value());
    }

    /**
     * {@code {result: grade, op, value, periods?, times?}} over a roll-up's {@code inputs} inputs, or
     * over up to {@code inputs} assessments in a designation rule.
     */
    private Predicate gradeTest(NodeReader p, int inputs) {
        Read<String> op = p.string("op", true);
        Optional<GradeOp> known = op.ok() && op.present() ? GradeOp.of(op.value()) : Optional.empty();
        if (op.ok() && op.present() && known.isEmpty()) {
            out.add(p.at("op").path(), SchemeProblems.PREDICATE_GRADE_OP, op.value());
        }
        Read<String> grade = p.id("value", true);
        if (grade.ok() && grade.present() && !gradeIds.contains(grade.value())) {
            out.add(p.at("value").path(), SchemeProblems.GRADE_UNKNOWN, grade.value());
            grade = Read.broken();
        }
        Read<Integer> periods = p.integer("periods", 1, inputs);
        Read<Integer> times = p.integer("times", 1, periods.orElse(inputs));
        if (known.isEmpty() || !grade.ok() || !grade.present() || !periods.ok() || !times.ok()) {
            return null;
        }
        return new Predicate.GradeTest(known.get(), grade.value(), Optional.ofNullable(periods.value()),
                Optional.ofNullable(times.value()));
    }

    private boolean isFigure(String text) {
        if (text.equals("total") || text.equals("base")) {
            return true;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String id = text.substring(colon + 1);
        return switch (text.substring(0, colon)) {
            case "dimension" -> dimensionIds.contains(id);
            case "indicator" -> indicatorIds.contains(id);
            case "item" -> itemIds.contains(id);
            case "part" -> partIds.contains(id);
            default -> false;
        };
    }

    private Optional<CompareOp> op(NodeReader p) {
        Read<String> op = p.string("op", true);
        if (!op.ok() || !op.present()) {
            return Optional.empty();
        }
        Optional<CompareOp> known = CompareOp.of(op.value());
        if (known.isEmpty()) {
            out.add(p.at("op").path(), SchemeProblems.PREDICATE_OP, op.value());
        }
        return known;
    }

    /** The keys read anywhere in the scheme (for lint). */
    Set<String> readKeys() {
        return readKeys;
    }
}
