package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Designation;
import dev.mofan.model.scheme.DesignationRule;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.HierarchyRollup;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.PeerGroup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Rollup;
import dev.mofan.model.scheme.Rounding;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import dev.mofan.model.scheme.VetoEffect;
import dev.mofan.model.scheme.WeakOrganisationRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the canonical tree of a scheme: properties in the order of docs/scheme-format.md, parts
 * in the scheme's order, optional properties left out when they hold their default, except
 * {@code scale}, {@code timeZone} and each key's {@code combine}, always written so that a reader
 * sees them without knowing the defaults. A weighted part is written with its weight, so reading
 * the tree back derives the same maxima.
 */
public final class SchemeDocumentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemeDocumentWriter() {
    }

    /**
     * {@return the canonical document tree of {@code scheme}}
     *
     * @param scheme the scheme
     */
    public static ObjectNode toTree(Scheme scheme) {
        ObjectNode node = NODES.objectNode();
        node.put("id", scheme.id());
        node.put("version", scheme.version());
        OrgDocumentWriter.putLabel(node, "name", scheme.name());
        node.put("period", scheme.period().id());
        node.put("scale", scheme.scale());
        if (scheme.rounding() != Rounding.HALF_UP) {
            node.put("rounding", scheme.rounding().id());
        }
        node.put("timeZone", scheme.timeZone().getId());
        if (scheme.openEnded()) {
            node.put("openEnded", true);
        }
        scheme.maxPoints().ifPresent(max -> node.put("maxPoints", max));
        OrgDocumentWriter.putIds(node, "subjects", scheme.subjects());
        if (scheme.allowScopedBonusAboveMax()) {
            node.put("allowScopedBonusAboveMax", true);
        }
        if (scheme.allowUnverifiedSelfAssessment()) {
            node.put("allowUnverifiedSelfAssessment", true);
        }
        ArrayNode keys = node.putArray("keys");
        for (EvidenceKey key : scheme.keys()) {
            keys.add(key(key));
        }
        judge(node, scheme, "dimension", scheme.id());
        ArrayNode dimensions = node.putArray("dimensions");
        for (Dimension dimension : scheme.dimensions()) {
            boolean judgedDimension = scheme.judgements("dimension", scheme.id()).isPresent();
            ObjectNode d = part(dimension.id(), dimension.name(), judgedDimension ? Optional.empty()
                    : dimension.maxPoints(), judgedDimension ? Optional.empty() : dimension.weight());
            judge(d, scheme, "indicator", dimension.id());
            ArrayNode indicators = d.putArray("indicators");
            for (Indicator indicator : dimension.indicators()) {
                boolean judgedIndicator = scheme.judgements("indicator", dimension.id()).isPresent();
                ObjectNode i = part(indicator.id(), indicator.name(), judgedIndicator ? Optional.empty()
                        : indicator.maxPoints(), judgedIndicator ? Optional.empty() : indicator.weight());
                judge(i, scheme, "item", indicator.id());
                ArrayNode items = i.putArray("items");
                for (Item item : indicator.items()) {
                    ObjectNode written = item(item);
                    if (scheme.judgements("item", indicator.id()).isPresent()) {
                        // The indicator's judgements give the item its weight, and so its maximum.
                        written.remove("weight");
                        written.remove("maxPoints");
                    }
                    items.add(written);
                }
                adjustments(i, "deductions", indicator.deductions());
                adjustments(i, "bonuses", indicator.bonuses());
                indicators.add(i);
            }
            adjustments(d, "deductions", dimension.deductions());
            adjustments(d, "bonuses", dimension.bonuses());
            dimensions.add(d);
        }
        if (scheme.composite()) {
            ArrayNode parts = node.putArray("parts");
            for (Part part : scheme.parts()) {
                ObjectNode p = parts.addObject();
                p.put("id", part.id());
                OrgDocumentWriter.putLabel(p, "name", part.name());
                p.put("weight", part.weight());
                OrgDocumentWriter.putIds(p, "dimensions", part.dimensions());
                adjustments(p, "deductions", part.deductions());
                part.deductionCap().ifPresent(cap -> p.put("deductionCap", cap));
            }
        }
        adjustments(node, "deductions", scheme.deductions());
        scheme.deductionCap().ifPresent(cap -> node.put("deductionCap", cap));
        adjustments(node, "bonuses", scheme.bonuses());
        scheme.bonusCap().ifPresent(cap -> node.put("bonusCap", cap));
        if (!scheme.vetoes().isEmpty()) {
            ArrayNode vetoes = node.putArray("vetoes");
            for (Veto veto : scheme.vetoes()) {
                vetoes.add(veto(veto));
            }
        }
        if (!scheme.grades().isEmpty()) {
            ArrayNode grades = node.putArray("grades");
            for (GradeBand band : scheme.grades()) {
                grades.add(grade(band));
            }
        }
        if (!scheme.rollups().isEmpty()) {
            ArrayNode rollups = node.putArray("rollups");
            scheme.rollups().forEach(rollup -> rollups.add(rollup(rollup, scheme.subjects())));
        }
        if (!scheme.peerGroups().isEmpty()) {
            ArrayNode groups = node.putArray("peerGroups");
            scheme.peerGroups().forEach(group -> groups.add(peerGroup(group)));
        }
        if (!scheme.meetingCadences().isEmpty()) {
            MeetingRulesDocumentWriter.putCadences(node, "meetingCadences", scheme.meetingCadences());
        }
        List<Designation> designations = scheme.designations().stream().filter(Designation.class::isInstance)
                .map(Designation.class::cast).toList();
        if (!designations.isEmpty()) {
            ArrayNode array = node.putArray("designations");
            for (Designation designation : designations) {
                ObjectNode entry = designationHead(array.addObject(), designation, scheme.subjects());
                entry.put("naming", designation.naming().id());
                entry.set("eligible", predicate(designation.eligible()));
                designation.warnIf().ifPresent(p -> entry.set("warnIf", predicate(p)));
                designation.revokeIf().ifPresent(p -> entry.set("revokeIf", predicate(p)));
                entry.put("rectificationDays", designation.rectificationDays());
                designation.validYears().ifPresent(years -> entry.put("validYears", years));
            }
        }
        List<WeakOrganisationRule> weak = scheme.designations().stream()
                .filter(WeakOrganisationRule.class::isInstance).map(WeakOrganisationRule.class::cast).toList();
        if (!weak.isEmpty()) {
            ArrayNode array = node.putArray("weakOrganisations");
            for (WeakOrganisationRule rule : weak) {
                ObjectNode entry = designationHead(array.addObject(), rule, scheme.subjects());
                entry.set("identifyIf", predicate(rule.identifyIf()));
                entry.set("closeIf", predicate(rule.closeIf()));
                entry.put("rectificationDays", rule.rectificationDays());
            }
        }
        return node;
    }

    private static ObjectNode peerGroup(PeerGroup group) {
        ObjectNode node = NODES.objectNode();
        node.put("id", group.id());
        OrgDocumentWriter.putLabel(node, "name", group.name());
        OrgDocumentWriter.putIds(node, "kinds", group.kinds());
        if (group.within() != PeerGroup.Within.ALL) {
            node.put("within", group.within().id());
        }
        group.tag().ifPresent(tag -> node.put("tag", tag));
        if (!group.figure().equals(PeerGroup.TOTAL)) {
            node.put("figure", group.figure());
        }
        OrgDocumentWriter.putIds(node, "tieBreak", group.tieBreak());
        group.leaders().ifPresent(cut -> node.set("leaders", cut(cut)));
        group.laggards().ifPresent(cut -> node.set("laggards", cut(cut)));
        if (!group.quotas().isEmpty()) {
            ArrayNode quotas = node.putArray("quotas");
            group.quotas().forEach(q -> quotas.addObject().put("grade", q.grade()).put("share", q.share()));
        }
        if (!group.streaks().isEmpty()) {
            ArrayNode streaks = node.putArray("streaks");
            group.streaks().forEach(s -> streaks.addObject().put("flag", s.flag()).put("when", s.when().id())
                    .put("periods", s.periods()));
        }
        return node;
    }

    private static ObjectNode rollup(Rollup rollup, List<String> schemeSubjects) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rollup.id());
        OrgDocumentWriter.putLabel(node, "name", rollup.name());
        if (rollup instanceof PeriodRollup byPeriod) {
            node.put("kind", "period");
            if (!byPeriod.subjects().equals(schemeSubjects)) {
                OrgDocumentWriter.putIds(node, "subjects", byPeriod.subjects());
            }
            node.put("over", byPeriod.over().id());
            byPeriod.cycle().ifPresent(cycle -> node.put("cycle", cycle.text()));
            byPeriod.from().ifPresent(from -> node.put("from", from));
            node.put("method", byPeriod.method().id());
            if (!byPeriod.weights().isEmpty()) {
                ArrayNode weights = node.putArray("weights");
                byPeriod.weights().forEach(weights::add);
            }
            node.put("missing", byPeriod.missing().id());
            if (!byPeriod.grades().isEmpty()) {
                ArrayNode rules = node.putArray("grades");
                for (PeriodRollup.GradeRule rule : byPeriod.grades()) {
                    ObjectNode entry = rules.addObject().put("grade", rule.grade());
                    rule.when().ifPresent(when -> entry.set("when", predicate(when)));
                }
            }
        } else {
            HierarchyRollup byTree = (HierarchyRollup) rollup;
            node.put("kind", "hierarchy");
            OrgDocumentWriter.putIds(node, "subjects", byTree.subjects());
            OrgDocumentWriter.putIds(node, "children", byTree.children());
            node.put("own", byTree.own());
            node.put("weighting", byTree.weighting().id());
            node.put("missing", byTree.missing().id());
        }
        return node;
    }

    private static ObjectNode cut(PeerGroup.Cut cut) {
        ObjectNode node = NODES.objectNode();
        cut.count().ifPresent(c -> node.put("count", c));
        cut.share().ifPresent(s -> node.put("share", s));
        return node;
    }

    private static ObjectNode key(EvidenceKey key) {
        ObjectNode node = NODES.objectNode();
        node.put("id", key.id());
        OrgDocumentWriter.putLabel(node, "name", key.name());
        node.put("type", key.type().id());
        node.put("combine", key.combine().id());
        OrgDocumentWriter.putIds(node, "values", key.values());
        if (key.trim() != 1) {
            node.put("trim", key.trim());
        }
        key.derived().ifPresent(derived -> {
            ObjectNode from = node.putObject("derived");
            from.put("from", derived.source().id());
            from.put("of", derived.of());
            from.put("figure", derived.figure().id());
        });
        return node;
    }


    /** The judgements the level {@code parent} gave over its children at {@code level}, if any. */
    private static void judge(ObjectNode node, Scheme scheme, String level, String parent) {
        scheme.judgements(level, parent).ifPresent(j -> {
            ObjectNode judgements = node.putObject("judgements");
            ArrayNode matrix = judgements.putArray("matrix");
            for (List<String> row : j.matrix()) {
                ArrayNode written = matrix.addArray();
                row.forEach(entry -> {
                    if (entry.contains("/")) {
                        written.add(entry);
                    } else {
                        written.add(new BigDecimal(entry));
                    }
                });
            }
            judgements.put("method", j.method());
            judgements.put("ri", j.table());
            judgements.put("threshold", j.threshold());
            if (j.allowInconsistent()) {
                judgements.put("allowInconsistent", true);
            }
        });
    }

    private static ObjectNode part(String id, dev.mofan.model.text.Label name, Optional<BigDecimal> max,
            Optional<BigDecimal> weight) {
        ObjectNode node = NODES.objectNode();
        node.put("id", id);
        OrgDocumentWriter.putLabel(node, "name", name);
        if (weight.isPresent()) {
            node.put("weight", weight.get());
        } else {
            max.ifPresent(m -> node.put("maxPoints", m));
        }
        return node;
    }

    private static ObjectNode item(Item item) {
        ObjectNode node = part(item.id(), item.name(), item.maxPoints(), item.weight());
        ObjectNode rule = node.putObject("rule");
        rule.put("id", item.rule().id());
        if (!item.rule().params().isEmpty()) {
            rule.set("params", value(item.rule().params()));
        }
        OrgDocumentWriter.putIds(node, "keys", item.keys());
        OrgDocumentWriter.putIds(node, "subjects", item.subjects());
        item.missing().ifPresent(missing -> node.put("missing", missing.id()));
        return node;
    }

    private static JsonNode value(Object value) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((name, element) -> node.set((String) name, value(element)));
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode node = NODES.arrayNode();
            list.forEach(element -> node.add(value(element)));
            return node;
        }
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        return NODES.textNode((String) value);
    }

    private static void adjustments(ObjectNode parent, String name, List<Adjustment> adjustments) {
        if (adjustments.isEmpty()) {
            return;
        }
        ArrayNode array = parent.putArray(name);
        for (Adjustment adjustment : adjustments) {
            ObjectNode node = array.addObject();
            node.put("id", adjustment.id());
            OrgDocumentWriter.putLabel(node, "name", adjustment.name());
            node.put("key", adjustment.key());
            adjustment.per().ifPresent(per -> node.put("per", per));
            if (!adjustment.levels().isEmpty()) {
                ObjectNode levels = node.putObject("levels");
                adjustment.levels().forEach(levels::put);
            }
            adjustment.cap().ifPresent(cap -> node.put("cap", cap));
            OrgDocumentWriter.putIds(node, "subjects", adjustment.subjects());
        }
    }

    private static ObjectNode veto(Veto veto) {
        ObjectNode node = NODES.objectNode();
        node.put("id", veto.id());
        OrgDocumentWriter.putLabel(node, "name", veto.name());
        node.set("when", predicate(veto.when()));
        node.put("effect", veto.effect().id());
        veto.grade().ifPresent(grade -> node.put("grade", grade));
        OrgDocumentWriter.putIds(node, "subjects", veto.subjects());
        return node;
    }

    private static ObjectNode grade(GradeBand band) {
        ObjectNode node = NODES.objectNode();
        node.put("id", band.id());
        OrgDocumentWriter.putLabel(node, "name", band.name());
        node.put("min", band.min());
        if (!band.gates().isEmpty()) {
            ArrayNode gates = node.putArray("gates");
            band.gates().forEach(gate -> gates.add(predicate(gate)));
        }
        return node;
    }

    /** Id, name and (unless all of the scheme's) subjects of a designation or weak-organisation rule. */
    private static ObjectNode designationHead(ObjectNode node, DesignationRule rule, List<String> schemeSubjects) {
        node.put("id", rule.id());
        OrgDocumentWriter.putLabel(node, "name", rule.name());
        if (!rule.subjects().equals(schemeSubjects)) {
            OrgDocumentWriter.putIds(node, "subjects", rule.subjects());
        }
        return node;
    }

    /**
     * {@return the document form of a predicate}
     *
     * @param predicate the predicate
     */
    public static ObjectNode predicate(Predicate predicate) {
        ObjectNode node = NODES.objectNode();
        if (predicate instanceof Predicate.KeyTest test) {
            node.put("key", test.key());
            node.put("op", test.op().symbol());
            node.set("value", value(test.value()));
        } else if (predicate instanceof Predicate.ResultTest test) {
            node.put("result", test.figure());
            node.put("op", test.op().symbol());
            node.put("value", test.value());
        } else if (predicate instanceof Predicate.GradeTest test) {
            node.put("result", "grade");
            node.put("op", test.op().word());
            node.put("value", test.grade());
            test.periods().ifPresent(periods -> node.put("periods", periods));
            test.times().ifPresent(times -> node.put("times", times));
        } else if (predicate instanceof Predicate.VetoTest test) {
            node.put("vetoed", test.effect().map(VetoEffect::id).orElse("any"));
            test.periods().ifPresent(periods -> node.put("periods", periods));
        } else if (predicate instanceof Predicate.DesignationTest test) {
            node.put("designated", test.kind());
            test.of().ifPresent(of -> node.put("of", of));
            test.op().ifPresent(op -> node.put("op", op.symbol()));
            test.share().ifPresent(share -> node.put("value", share));
        } else if (predicate instanceof Predicate.AllOf all) {
            ArrayNode array = node.putArray("allOf");
            all.all().forEach(p -> array.add(predicate(p)));
        } else if (predicate instanceof Predicate.AnyOf any) {
            ArrayNode array = node.putArray("anyOf");
            any.any().forEach(p -> array.add(predicate(p)));
        } else if (predicate instanceof Predicate.Not not) {
            node.set("not", predicate(not.negated()));
        }
        return node;
    }
}
