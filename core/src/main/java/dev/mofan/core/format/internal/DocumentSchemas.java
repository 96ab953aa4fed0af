package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.analysis.AhpMethod;
import dev.mofan.core.analysis.RandomIndex;
import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.spi.ParamsSchema.Param;
import dev.mofan.core.spi.ParamsSchema;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.link.PartnershipKind;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.member.CadreLevel;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.member.Membership;
import dev.mofan.model.member.ServiceStatus;
import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.CompareOp;
import dev.mofan.model.scheme.DerivedFigure;
import dev.mofan.model.scheme.DerivedSource;
import dev.mofan.model.scheme.Designation;
import dev.mofan.model.scheme.GradeOp;
import dev.mofan.model.scheme.HierarchyRollup;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.scheme.MissingPolicy;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Rollup;
import dev.mofan.model.scheme.Rounding;
import dev.mofan.model.scheme.VetoEffect;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates the JSON Schemas (draft 2020-12) of the scheme, org and evidence formats from what the
 * readers themselves use: the property lists each reader allows, the model's vocabularies (every
 * {@link Term} enum), the id and period rules, and each registered rule's {@link ParamsSchema}. An
 * object's schema is built against its reader's list and refuses to build when a property has no
 * type or a typed property is not read, so the schemas cannot drift from the readers.
 *
 * <p>A schema checks shape: required properties, types, allowed words, number bounds. What needs
 * the whole document (unique ids, references, maxima adding up, a rule's cross-parameter checks)
 * stays with the readers, which remain the judge.
 */
public final class DocumentSchemas {

    /** The dialect every schema declares. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BASE = "https://mofan.dev/schema/";
    private static final String FRACTION = "^[1-9][0-9]*/[1-9][0-9]*$";

    private DocumentSchemas() {
    }

    /**
     * {@return the schema of scheme documents (指标体系), with the parameters of every rule in {@code rules}}
     *
     * @param rules the rules whose parameters item schemas describe
     */
    public static ObjectNode scheme(RuleRegistry rules) {
        Map<String, ObjectNode> defs = commonDefs();
        defs.put("subjectKind", terms(Stream.concat(idsOf(OrgKind.class).stream(), Stream.of("division")).toList()));
        defs.put("decimal", type("number"));
        defs.put("positive", positive());
        defs.put("share", share());
        defs.put("predicate", predicate());
        defs.put("key", object(SchemeDocumentReader.KEY_FIELDS)
                .required("id", ref("id")).optional("name", ref("label"))
                .required("type", terms(KeyType.class)).optional("combine", terms(Combination.class))
                .optional("values", array(type("string"))).optional("trim", integer(0, 100))
                .optional("derived", object(SchemeDocumentReader.DERIVED_FIELDS)
                        .required("from", terms(DerivedSource.class)).required("of", ref("id"))
                        .required("figure", terms(DerivedFigure.class)).build())
                .build());
        defs.put("judgements", object(SchemeDocumentReader.JUDGEMENT_FIELDS)
                .required("matrix", array(array(anyOf(type("number"), pattern(FRACTION)))))
                .optional("method", terms(AhpMethod.class)).optional("ri", terms(RandomIndex.class))
                .optional("threshold", ref("positive")).optional("allowInconsistent", type("boolean")).build());
        defs.put("adjustment", object(SchemeDocumentReader.ADJUSTMENT_FIELDS)
                .required("id", ref("id")).optional("name", ref("label")).required("key", ref("id"))
                .optional("per", ref("decimal")).optional("levels", numbers(null)).optional("cap", ref("positive"))
                .optional("subjects", array(ref("subjectKind"))).build());
        defs.put("rule", rule(rules));
        defs.put("item", object(SchemeDocumentReader.ITEM_FIELDS)
                .required("id", ref("id")).optional("name", ref("label")).optional("maxPoints", ref("positive"))
                .optional("weight", ref("positive")).required("rule", ref("rule"))
                .required("keys", nonEmptyArray(ref("id"))).optional("subjects", array(ref("subjectKind")))
                .optional("missing", terms(MissingPolicy.class)).build());
        defs.put("indicator", level(SchemeDocumentReader.INDICATOR_FIELDS, "items", "item"));
        defs.put("dimension", level(SchemeDocumentReader.DIMENSION_FIELDS, "indicators", "indicator"));
        defs.put("part", object(SchemeDocumentReader.PART_FIELDS)
                .required("id", ref("id")).optional("name", ref("label")).required("weight", ref("positive"))
                .required("dimensions", nonEmptyArray(ref("id"))).optional("deductions", array(ref("adjustment")))
                .optional("deductionCap", ref("positive")).build());
        defs.put("veto", object(SchemeDocumentReader.VETO_FIELDS)
                .required("id", ref("id")).optional("name", ref("label")).required("when", ref("predicate"))
                .required("effect", terms(VetoEffect.class)).optional("grade", ref("id"))
                .optional("subjects", array(ref("subjectKind"))).build());
        defs.put("grade", object(SchemeDocumentReader.GRADE_FIELDS)
                .required("id", ref("id")).optional("name", ref("label")).required("min", min(BigDecimal.ZERO, false))
                .optional("gates", array(ref("predicate"))).build());
        defs.put("rollup", rollup());
        defs.put("peerGroup", peerGroup());
        defs.put("meetingCadence", object(MeetingRulesDocumentReader.CADENCE_FIELDS)
                .required("type", terms(MeetingType.class)).required("every", periodKinds())
                .optional("quorum", object(MeetingRulesDocumentReader.QUORUM_FIELDS)
                        .optional("moreThan", ref("fraction")).optional("atLeast", ref("fraction"))
                        .exactlyOne("moreThan", "atLeast").build())
                .build());
        defs.put("fraction", anyOf(share(), pattern(FRACTION)));
        defs.put("designation", object(SchemeDocumentReader.DESIGNATION_FIELDS)
                .required("id", ref("id")).optional("name", ref("label")).optional("subjects", array(ref("subjectKind")))
                .optional("naming", terms(Designation.Naming.class)).required("eligible", ref("predicate"))
                .optional("warnIf", ref("predicate")).optional("revokeIf", ref("predicate"))
                .optional("rectificationDays", integer(1, 3650)).optional("validYears", integer(1, 10)).build());
        defs.put("weakOrganisation", object(SchemeDocumentReader.WEAK_FIELDS)
                .required("id", ref("id")).optional("name", ref("label")).optional("subjects", array(ref("subjectKind")))
                .required("identifyIf", ref("predicate")).required("closeIf", ref("predicate"))
                .optional("rectificationDays", integer(1, 3650)).build());

        ObjectNode root = object(SchemeDocumentReader.TOP_FIELDS)
                .required("id", ref("id")).required("version", text(Identifiers.MAX_LENGTH)).optional("name", ref("label"))
                .required("period", periodKinds())
                .optional("scale", integer(0, 6)).optional("rounding", terms(Rounding.class))
                .optional("timeZone", type("string")).optional("openEnded", type("boolean"))
                .optional("maxPoints", ref("positive")).required("subjects", nonEmptyArray(ref("subjectKind")))
                .optional("allowScopedBonusAboveMax", type("boolean"))
                .optional("allowUnverifiedSelfAssessment", type("boolean"))
                .required("keys", array(ref("key"))).required("dimensions", nonEmptyArray(ref("dimension")))
                .optional("parts", array(ref("part"))).optional("deductions", array(ref("adjustment")))
                .optional("deductionCap", ref("positive")).optional("bonuses", array(ref("adjustment")))
                .optional("bonusCap", ref("positive")).optional("vetoes", array(ref("veto")))
                .optional("grades", array(ref("grade"))).optional("rollups", array(ref("rollup")))
                .optional("peerGroups", array(ref("peerGroup"))).optional("meetingCadences", array(ref("meetingCadence")))
                .optional("designations", array(ref("designation")))
                .optional("weakOrganisations", array(ref("weakOrganisation"))).optional("judgements", ref("judgements"))
                .build();
        return document("scheme", Label.of("指标体系", "assessment scheme"), root, defs);
    }

    /** {@return the schema of org documents: the tree, members, divisions (处室) and partnership links (联建共建)} */
    public static ObjectNode orgs() {
        Map<String, ObjectNode> defs = commonDefs();
        defs.put("org", object(OrgDocumentReader.ORG_FIELDS)
                .required("id", ref("id")).required("kind", terms(OrgKind.class)).optional("parent", ref("id"))
                .optional("name", ref("label")).optional("branchType", terms(BranchType.class))
                .optional("tags", ref("tags")).build());
        defs.put("member", object(OrgDocumentReader.MEMBER_FIELDS)
                .required("id", ref("id")).required("branch", ref("id")).optional("role", terms(MemberRole.class))
                .optional("membership", terms(Membership.class)).optional("service", terms(ServiceStatus.class))
                .optional("cadreLevel", terms(CadreLevel.class)).build());
        defs.put("division", object(OrgDocumentReader.DIVISION_FIELDS)
                .required("id", ref("id")).required("unit", ref("id")).optional("name", ref("label"))
                .optional("branches", array(ref("id"))).optional("tags", ref("tags")).build());
        defs.put("link", object(OrgDocumentReader.LINK_FIELDS)
                .required("id", ref("id")).required("kind", terms(PartnershipKind.class))
                .required("parties", array(ref("id"))).optional("external", array(ref("label"))).build());
        defs.put("tags", array(ref("id")));
        ObjectNode root = object(OrgDocumentReader.SECTIONS)
                .required("orgs", nonEmptyArray(ref("org"))).optional("members", array(ref("member")))
                .optional("divisions", array(ref("division"))).optional("links", array(ref("link"))).build();
        return document("orgs", Label.of("组织机构", "org tree"), root, defs);
    }

    /** {@return the schema of evidence documents (佐证记录)} */
    public static ObjectNode evidence() {
        Map<String, ObjectNode> defs = commonDefs();
        defs.put("period", anyOf(pattern("^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2])|\\.\\.[0-9]{4})?$"),
                integer(1000, 9999)));
        defs.put("record", object(EvidenceDocumentReader.FIELDS)
                .required("id", ref("id")).required("subject", ref("id")).required("key", ref("id"))
                .required("period", ref("period"))
                .required("value", anyOf(type("boolean"), type("number"), text(Label.MAX_LENGTH)))
                .optional("caseId", ref("id")).optional("stage", terms(Stage.class))
                .optional("source", text(Label.MAX_LENGTH))
                .optional("recordedAt", pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?"
                        + "(Z|[+-][0-9]{2}:[0-9]{2})?)?$"))
                .optional("supersedes", ref("id")).build());
        ObjectNode root = object(EvidenceDocumentReader.SECTIONS).required("evidence", array(ref("record"))).build();
        return document("evidence", Label.of("佐证记录", "evidence"), root, defs);
    }

    private static ObjectNode document(String name, Label title, ObjectNode root, Map<String, ObjectNode> defs) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", BASE + name + ".schema.json");
        schema.put("title", "mofan " + title.text(Language.EN) + " (" + title.text(Language.ZH) + ")");
        schema.put("description", "Generated from mofan's readers; the reader stays the judge of references, "
                + "unique ids and sums (docs/schema/README.md).");
        root.properties().forEach(field -> schema.set(field.getKey(), field.getValue()));
        ObjectNode defsNode = schema.putObject("$defs");
        defs.keySet().stream().sorted().forEach(key -> defsNode.set(key, defs.get(key)));
        return schema;
    }

    private static Map<String, ObjectNode> commonDefs() {
        Map<String, ObjectNode> defs = new LinkedHashMap<>();
        ObjectNode id = type("string");
        id.put("pattern", Identifiers.PATTERN);
        id.put("description", Identifiers.RULE.text(Language.EN));
        defs.put("id", id);
        ObjectNode names = object(List.of("zh", "en")).optional("zh", text(Label.MAX_LENGTH))
                .optional("en", text(Label.MAX_LENGTH)).build();
        names.put("minProperties", 1);
        ObjectNode label = anyOf(text(Label.MAX_LENGTH), names);
        label.put("description", "a name: a string (taken as Chinese) or {zh, en}");
        defs.put("label", label);
        return defs;
    }

    /** An item's {@code rule}: a registered rule id and, for each rule, its parameters. */
    private static ObjectNode rule(RuleRegistry rules) {
        ObjectNode rule = object(SchemeDocumentReader.RULE_FIELDS).required("id", terms(rules.ids()))
                .optional("params", type("object")).build();
        ArrayNode cases = rule.putArray("allOf");
        for (String id : rules.ids()) {
            ParamsSchema params = rules.find(id).orElseThrow().paramsSchema();
            ObjectNode when = cases.addObject();
            when.putObject("if").putObject("properties").putObject("id").put("const", id);
            ObjectNode then = when.putObject("then");
            then.putObject("properties").set("params", params(params));
            if (params.params().stream().anyMatch(Param::mandatory)) {
                then.putArray("required").add("params");
            }
        }
        return rule;
    }

    private static ObjectNode params(ParamsSchema schema) {
        if (!schema.described()) {
            return type("object");
        }
        ObjectNode node = type("object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (Param param : schema.params()) {
            properties.set(param.name(), param(param));
            if (param.mandatory()) {
                required.add(param.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode param(Param param) {
        ObjectNode node = switch (param.kind()) {
            case NUMBER -> bounded(type("number"), param);
            case INTEGER -> bounded(type("integer"), param);
            case TEXT -> param.values().isEmpty() ? type("string") : terms(param.values());
            case FLAG -> type("boolean");
            case NUMBERS -> {
                ObjectNode numbers = type("object");
                numbers.set("additionalProperties", bounded(type("number"), param));
                yield numbers;
            }
            case OBJECTS -> {
                ObjectNode list = type("array");
                list.set("items", params(param.each().orElseThrow()));
                yield list;
            }
        };
        node.put("description", param.description().text(Language.EN) + " (" + param.description().text(Language.ZH) + ")");
        return node;
    }

    private static ObjectNode bounded(ObjectNode number, Param param) {
        param.minimum().ifPresent(min -> number.put(param.exclusiveMinimum() ? "exclusiveMinimum" : "minimum", min));
        param.maximum().ifPresent(max -> number.put("maximum", max));
        return number;
    }

    /** A dimension or indicator: a level with its children, scoped adjustments and judgements. */
    private static ObjectNode level(List<String> fields, String children, String child) {
        return object(fields)
                .required("id", ref("id")).optional("name", ref("label")).optional("maxPoints", ref("positive"))
                .optional("weight", ref("positive")).optional("judgements", ref("judgements"))
                .required(children, nonEmptyArray(ref(child))).optional("deductions", array(ref("adjustment")))
                .optional("bonuses", array(ref("adjustment"))).build();
    }

    /** A predicate (SCORING.md): exactly one of its forms, with the fields that go with it. */
    private static ObjectNode predicate() {
        List<String> ops = new ArrayList<>();
        Arrays.stream(CompareOp.values()).map(CompareOp::symbol).forEach(ops::add);
        Arrays.stream(GradeOp.values()).map(GradeOp::word).forEach(ops::add);
        List<String> vetoed = new ArrayList<>(List.of("any"));
        vetoed.addAll(idsOf(VetoEffect.class));
        return object(SchemeDocumentReader.PREDICATE_FIELDS)
                .optional("key", ref("id")).optional("result", type("string")).optional("vetoed", terms(vetoed))
                .optional("designated", ref("id")).optional("of", terms(OrgKind.class)).optional("op", terms(ops))
                .optional("value", anyOf(type("number"), type("boolean"), type("string")))
                .optional("periods", integer(1, SchemeDocumentReader.REVIEW_PERIODS))
                .optional("times", integer(1, SchemeDocumentReader.REVIEW_PERIODS))
                .optional("allOf", nonEmptyArray(ref("predicate"))).optional("anyOf", nonEmptyArray(ref("predicate")))
                .optional("not", ref("predicate"))
                .exactlyOne("key", "result", "vetoed", "designated", "allOf", "anyOf", "not").build();
    }

    /** A roll-up: the properties of either kind, each kind allowing only its own. */
    private static ObjectNode rollup() {
        Set<String> union = new LinkedHashSet<>(RollupReader.PERIOD_FIELDS);
        union.addAll(RollupReader.HIERARCHY_FIELDS);
        ObjectNode rollup = object(List.copyOf(union))
                .required("id", ref("id")).optional("name", ref("label")).required("kind", terms(RollupReader.kinds()))
                .optional("subjects", array(ref("subjectKind"))).required("missing", terms(Rollup.Missing.class))
                .optional("over", terms(List.of(PeriodKind.YEAR.id(), PeriodKind.HALF_YEAR.id(), PeriodKind.QUARTER.id(),
                        PeriodKind.CYCLE.id())))
                .optional("cycle", pattern("^[0-9]{4}\\.\\.[0-9]{4}$")).optional("from", ref("id"))
                .optional("method", terms(PeriodRollup.Method.class)).optional("weights", nonEmptyArray(ref("positive")))
                .optional("grades", array(object(RollupReader.RULE_FIELDS).required("grade", ref("id"))
                        .optional("when", ref("predicate")).build()))
                .optional("children", nonEmptyArray(terms(OrgKind.class))).optional("own", share())
                .optional("weighting", terms(HierarchyRollup.Weighting.class)).build();
        ArrayNode kinds = rollup.putArray("allOf");
        kinds.add(onlyFor("period", RollupReader.PERIOD_FIELDS, List.of("over", "method")));
        kinds.add(onlyFor("hierarchy", RollupReader.HIERARCHY_FIELDS, List.of("subjects", "children", "own",
                "weighting")));
        return rollup;
    }

    private static ObjectNode onlyFor(String kind, List<String> fields, List<String> required) {
        ObjectNode when = NODES.objectNode();
        when.putObject("if").putObject("properties").putObject("kind").put("const", kind);
        ObjectNode then = when.putObject("then");
        ArrayNode names = then.putObject("propertyNames").putArray("enum");
        fields.forEach(names::add);
        ArrayNode needed = then.putArray("required");
        required.forEach(needed::add);
        return when;
    }

    private static ObjectNode peerGroup() {
        ObjectNode cut = object(SchemeDocumentReader.CUT_FIELDS).optional("count", integer(1, Integer.MAX_VALUE))
                .optional("share", share()).exactlyOne("count", "share").build();
        return object(SchemeDocumentReader.PEER_GROUP_FIELDS)
                .required("id", ref("id")).optional("name", ref("label")).required("kinds", nonEmptyArray(ref("subjectKind")))
                .optional("within", terms(PeerGroup.Within.class)).optional("tag", ref("id"))
                .optional("figure", pattern("^(total|rollup:.+)$")).optional("tieBreak", array(type("string")))
                .optional("leaders", cut).optional("laggards", cut.deepCopy())
                .optional("quotas", array(object(SchemeDocumentReader.QUOTA_FIELDS).required("grade", ref("id"))
                        .required("share", share()).build()))
                .optional("streaks", array(object(SchemeDocumentReader.STREAK_FIELDS).required("flag", ref("id"))
                        .required("when", terms(PeerGroup.Standing.class)).required("periods", integer(2, 1000))
                        .build()))
                .build();
    }

    // Building blocks.

    private static ObjectNode type(String type) {
        ObjectNode node = NODES.objectNode();
        node.put("type", type);
        return node;
    }

    private static ObjectNode ref(String def) {
        ObjectNode node = NODES.objectNode();
        node.put("$ref", "#/$defs/" + def);
        return node;
    }

    private static ObjectNode text(int maxLength) {
        ObjectNode node = type("string");
        node.put("minLength", 1);
        node.put("maxLength", maxLength);
        node.put("pattern", "\\S");
        return node;
    }

    private static ObjectNode pattern(String regex) {
        ObjectNode node = type("string");
        node.put("pattern", regex);
        return node;
    }

    private static ObjectNode integer(int min, int max) {
        ObjectNode node = type("integer");
        node.put("minimum", min);
        node.put("maximum", max);
        return node;
    }

    private static ObjectNode min(BigDecimal min, boolean exclusive) {
        ObjectNode node = type("number");
        node.put(exclusive ? "exclusiveMinimum" : "minimum", min);
        return node;
    }

    private static ObjectNode positive() {
        return min(BigDecimal.ZERO, true);
    }

    private static ObjectNode share() {
        ObjectNode node = min(BigDecimal.ZERO, false);
        node.put("maximum", BigDecimal.ONE);
        return node;
    }

    private static ObjectNode numbers(BigDecimal min) {
        ObjectNode node = type("object");
        node.set("additionalProperties", min == null ? type("number") : min(min, true));
        return node;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode node = type("array");
        node.set("items", items);
        return node;
    }

    private static ObjectNode nonEmptyArray(ObjectNode items) {
        ObjectNode node = array(items);
        node.put("minItems", 1);
        return node;
    }

    private static ObjectNode anyOf(ObjectNode... choices) {
        ObjectNode node = NODES.objectNode();
        ArrayNode any = node.putArray("anyOf");
        Arrays.stream(choices).forEach(any::add);
        return node;
    }

    private static <E extends Enum<E> & Term> ObjectNode terms(Class<E> type) {
        return terms(idsOf(type));
    }

    /** The period kinds a scheme or a cadence may name: every one but the declared cycle. */
    private static ObjectNode periodKinds() {
        return terms(Arrays.stream(PeriodKind.values()).filter(k -> k != PeriodKind.CYCLE).map(Term::id).toList());
    }

    private static <E extends Enum<E> & Term> List<String> idsOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Term::id).toList();
    }

    private static ObjectNode terms(List<String> ids) {
        ObjectNode node = type("string");
        ArrayNode values = node.putArray("enum");
        ids.forEach(values::add);
        return node;
    }

    private static ObjectBuilder object(List<String> fields) {
        return new ObjectBuilder(fields);
    }

    /** An object's schema, typed property by property against the list its reader allows. */
    private static final class ObjectBuilder {
        private final List<String> fields;
        private final Map<String, ObjectNode> properties = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();
        private final List<String> exactlyOne = new ArrayList<>();

        ObjectBuilder(List<String> fields) {
            this.fields = fields;
        }

        ObjectBuilder required(String name, ObjectNode schema) {
            required.add(name);
            return optional(name, schema);
        }

        ObjectBuilder optional(String name, ObjectNode schema) {
            if (!fields.contains(name)) {
                throw new IllegalStateException("Property '" + name + "' is typed but not read; the reader allows "
                        + fields);
            }
            properties.put(name, schema);
            return this;
        }

        /** Exactly one of {@code names} is given. */
        ObjectBuilder exactlyOne(String... names) {
            exactlyOne.addAll(List.of(names));
            return this;
        }

        ObjectNode build() {
            List<String> untyped = fields.stream().filter(f -> !properties.containsKey(f)).toList();
            if (!untyped.isEmpty()) {
                throw new IllegalStateException("Properties read but not typed: " + untyped);
            }
            ObjectNode node = type("object");
            ObjectNode props = node.putObject("properties");
            // The readers take null for an absent optional property.
            fields.forEach(f -> props.set(f, required.contains(f) ? properties.get(f) : anyOf(type("null"),
                    properties.get(f))));
            if (!required.isEmpty()) {
                ArrayNode names = node.putArray("required");
                required.forEach(names::add);
            }
            node.put("additionalProperties", false);
            if (!exactlyOne.isEmpty()) {
                ArrayNode one = node.putArray("oneOf");
                for (String name : exactlyOne) {
                    one.addObject().putArray("required").add(name);
                }
            }
            return node;
        }
    }
}
