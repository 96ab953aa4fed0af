package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.scheme.HierarchyRollup;
import dev.mofan.model.scheme.PeriodRollup;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Rollup;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scheme's {@code rollups} (SCORING.md step 9) with every problem at its path: the kind
 * of each, the periods a period roll-up gathers, its weights and grade rules, the kinds a
 * hierarchy roll-up reads. Part of {@link SchemeDocumentReader}, which owns the id namespace and
 * the predicates.
 */
final class RollupReader {

    static final List<String> PERIOD_FIELDS = List.of("id", "name", "kind", "subjects", "over", "cycle", "from",
            "method", "weights", "missing", "grades");
    static final List<String> HIERARCHY_FIELDS = List.of("id", "name", "kind", "subjects", "children", "own",
            "weighting", "missing");
    static final List<String> RULE_FIELDS = List.of("grade", "when");

    private static final Label KIND = Label.of("汇总方式", "roll-up kind");
    private static final Label OVER = Label.of("汇总周期", "roll-up period");
    private static final Label METHOD = Label.of("汇总方法", "roll-up method");
    private static final Label MISSING = Label.of("缺失处理", "missing-input policy");
    private static final Label WEIGHTING = Label.of("下级加权方式", "children's weighting");
    /** The longest cycle a roll-up may gather: a weight per year, and a report per year to pass in. */
    static final int MAX_CYCLE_YEARS = 10;
    /** Any day: a period of a kind other than cycle has the same number of parts wherever it lies. */
    private static final LocalDate SAMPLE_DAY = LocalDate.of(2001, 1, 1);

    /** What the scheme reader lends: its id namespace and its predicate reader. */
    interface Host {
        /** Claims {@code id} in the scheme's one id namespace. */
        void claim(Read<String> id, Where at);

        /** A predicate of a roll-up's grade rule over {@code inputs} inputs; null when reported. */
        Predicate rollupPredicate(JsonNode node, Where at, int inputs);
    }

    /** The ids of the roll-up kinds, for the format's schema. */
    static List<String> kinds() {
        return Arrays.stream(Kind.values()).map(Term::id).toList();
    }

    /** The kinds of section a roll-up may be. */
    private enum Kind implements Term {
        PERIOD("按期汇总", "period"),
        HIERARCHY("按层级汇总", "hierarchy");

        private final Label label;

        Kind(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    private final Violations out;
    private final Host host;
    private final List<String> subjects;
    private final boolean subjectsOk;
    private final PeriodKind schemePeriod;
    private final Set<String> gradeIds;
    /** Each roll-up read so far, by id, with the kinds it is computed for (null when they are unclear). */
    private final Map<String, List<String>> kindsOf = new LinkedHashMap<>();
    /** Each period roll-up read so far, by id, with its longer period's kind (null when unclear). */
    private final Map<String, PeriodKind> periodRollups = new LinkedHashMap<>();
    private final List<Rollup> built = new ArrayList<>();

    /**
     * @param schemePeriod the scheme's period kind, or null when it is broken
     * @param gradeIds the declared grades
     */
    RollupReader(Violations out, Host host, List<String> subjects, boolean subjectsOk, PeriodKind schemePeriod,
            Set<String> gradeIds) {
        this.out = out;
        this.host = host;
        this.subjects = subjects;
        this.subjectsOk = subjectsOk;
        this.schemePeriod = schemePeriod;
        this.gradeIds = gradeIds;
    }

    /** Reads the document's {@code rollups}, reporting every problem; {@link #rollups()} then holds the good ones. */
    void read(NodeReader doc) {
        doc.each("rollups", false, this::readRollup);
    }

    /** The roll-ups, in declaration order. */
    List<Rollup> rollups() {
        return List.copyOf(built);
    }

    /** The kinds the declared roll-up {@code id} is computed for; null when they are unclear (reported). */
    List<String> kindsOf(String id) {
        return kindsOf.get(id);
    }

    /** Whether {@code id} names a declared roll-up. */
    boolean declared(String id) {
        return kindsOf.containsKey(id);
    }

    private void readRollup(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            return;
        }
        NodeReader rollup = object.get();
        int before = out.total();
        Read<String> id = rollup.id("id", true);
        host.claim(id, rollup.at("id"));
        Read<Kind> kind = rollup.term("kind", Kind.class, KIND, true);
        if (!kind.ok() || !kind.present()) {
            if (id.ok() && id.present()) {
                // Declared, though unclear: a peer group naming it is not reported again.
                kindsOf.put(id.value(), null);
            }
            List<String> union = new ArrayList<>(PERIOD_FIELDS);
            HIERARCHY_FIELDS.stream().filter(f -> !union.contains(f)).forEach(union::add);
            rollup.allowOnly(union);
            return;
        }
        Read<Label> name = rollup.label("name");
        Read<Rollup.Missing> missing = rollup.term("missing", Rollup.Missing.class, MISSING, true);
        Rollup read = kind.value() == Kind.PERIOD
                ? period(rollup.allowOnly(PERIOD_FIELDS), id, name, missing)
                : hierarchy(rollup.allowOnly(HIERARCHY_FIELDS), id, name, missing);
        if (read != null && out.total() == before && id.ok() && name.ok() && missing.ok()) {
            built.add(read);
        }
    }

    private Rollup period(NodeReader rollup, Read<String> id, Read<Label> name, Read<Rollup.Missing> missing) {
        Read<String> from = rollup.id("from", false);
        boolean fromKnown = from.ok() && from.present() && periodRollups.containsKey(from.value());
        // Without subjects, a roll-up of another one is computed for the kinds that one is.
        List<String> kinds = fromKnown && !rollup.has("subjects") ? kindsOf.get(from.value())
                : kinds(rollup, "subjects", false, false);
        Read<PeriodKind> over = rollup.term("over", PeriodKind.class, OVER, true);
        Optional<Period.Cycle> cycle = cycle(rollup, over);
        PeriodKind inputKind = schemePeriod;
        if (from.ok() && from.present()) {
            if (!fromKnown) {
                out.add(rollup.at("from").path(), SchemeProblems.ROLLUP_FROM, from.value());
                inputKind = null;
            } else {
                inputKind = periodRollups.get(from.value());
                List<String> fromKinds = kindsOf.get(from.value());
                if (kinds != null && fromKinds != null && rollup.has("subjects")) {
                    for (String kind : kinds) {
                        if (!fromKinds.contains(kind)) {
                            out.add(rollup.at("subjects").path(), SchemeProblems.ROLLUP_KIND, from.value(), kind);
                        }
                    }
                }
            }
        } else if (from.isBroken()) {
            inputKind = null;
        }
        int inputs = 0;
        if (over.ok() && over.present() && inputKind != null && (over.value() != PeriodKind.CYCLE || cycle.isPresent())) {
            if (over.value().ordinal() >= inputKind.ordinal()) {
                out.add(rollup.at("over").path(), SchemeProblems.ROLLUP_OVER, over.value(), inputKind);
            } else {
                Period sample = cycle.isPresent() ? cycle.get() : Period.containing(SAMPLE_DAY, over.value());
                inputs = sample.split(inputKind).size();
            }
        }
        Read<PeriodRollup.Method> method = rollup.term("method", PeriodRollup.Method.class, METHOD, true);
        List<BigDecimal> weights = weights(rollup, method, inputs);
        List<PeriodRollup.GradeRule> rules = gradeRules(rollup, inputs);
        if (id.ok() && id.present()) {
            kindsOf.put(id.value(), kinds);
            periodRollups.put(id.value(), over.ok() && over.present() && (over.value() != PeriodKind.CYCLE
                    || cycle.isPresent()) ? over.value() : null);
        }
        if (kinds == null || inputs == 0 || !method.ok() || !method.present() || weights == null || rules == null
                || !from.ok()) {
            return null;
        }
        return new PeriodRollup(id.value(), name.value(), kinds, over.value(), cycle, Optional.ofNullable(from.value()),
                method.value(), weights, missing.value(), rules);
    }

    private Optional<Period.Cycle> cycle(NodeReader rollup, Read<PeriodKind> over) {
        Read<String> text = rollup.string("cycle", false);
        boolean overCycles = over.ok() && over.present() && over.value() == PeriodKind.CYCLE;
        if (!text.present()) {
            if (overCycles) {
                out.add(rollup.at("cycle").path(), SchemeProblems.ROLLUP_CYCLE_MISSING);
            }
            return Optional.empty();
        }
        if (!text.ok()) {
            return Optional.empty();
        }
        if (!overCycles) {
            if (over.ok() && over.present()) {
                out.add(rollup.at("cycle").path(), SchemeProblems.ROLLUP_CYCLE_UNEXPECTED);
            }
            return Optional.empty();
        }
        Optional<Period> period = Period.tryParse(text.value());
        if (period.isEmpty() || !(period.get() instanceof Period.Cycle block)) {
            out.add(rollup.at("cycle").path(), SchemeProblems.ROLLUP_CYCLE_INVALID, text.value());
            return Optional.empty();
        }
        if (block.years() > MAX_CYCLE_YEARS) {
            out.add(rollup.at("cycle").path(), SchemeProblems.ROLLUP_CYCLE_LONG, MAX_CYCLE_YEARS, text.value(),
                    block.years());
            return Optional.empty();
        }
        return Optional.of(block);
    }

    /** The weights of a weighted roll-up, one per input; empty for other methods; null when reported. */
    private List<BigDecimal> weights(NodeReader rollup, Read<PeriodRollup.Method> method, int inputs) {
        boolean weighted = method.ok() && method.present() && method.value() == PeriodRollup.Method.WEIGHTED;
        Read<List<JsonNode>> elements = rollup.array("weights", false);
        if (!elements.present()) {
            if (weighted) {
                out.add(rollup.at("weights").path(), SchemeProblems.ROLLUP_WEIGHTS_MISSING);
                return null;
            }
            return List.of();
        }
        if (!elements.ok()) {
            return null;
        }
        if (!weighted) {
            if (method.ok() && method.present()) {
                out.add(rollup.at("weights").path(), SchemeProblems.ROLLUP_WEIGHTS_UNEXPECTED);
            }
            return null;
        }
        List<BigDecimal> weights = new ArrayList<>();
        boolean good = true;
        for (int i = 0; i < elements.value().size(); i++) {
            Where at = rollup.at("weights").index(i);
            Read<BigDecimal> weight = NodeReader.decimal(elements.value().get(i), at, out);
            if (weight.ok() && weight.present() && weight.value().signum() <= 0) {
                out.add(at.path(), SchemeProblems.NUMBER_POSITIVE, new Verbatim(weight.value().toPlainString()));
                good = false;
            } else if (!weight.ok() || !weight.present()) {
                good = false;
            } else {
                weights.add(weight.value());
            }
        }
        if (inputs > 0 && elements.value().size() != inputs) {
            out.add(rollup.at("weights").path(), SchemeProblems.ROLLUP_WEIGHTS_COUNT, inputs, elements.value().size());
            good = false;
        }
        return good ? weights : null;
    }

    /** The grade rules, each but the last with a condition; null when reported. */
    private List<PeriodRollup.GradeRule> gradeRules(NodeReader rollup, int inputs) {
        Read<List<JsonNode>> elements = rollup.array("grades", false);
        if (!elements.present()) {
            return List.of();
        }
        if (!elements.ok()) {
            return null;
        }
        List<JsonNode> list = elements.value();
        if (list.isEmpty()) {
            out.add(rollup.at("grades").path(), SchemeProblems.LIST_EMPTY);
            return null;
        }
        List<PeriodRollup.GradeRule> rules = new ArrayList<>();
        boolean good = true;
        for (int i = 0; i < list.size(); i++) {
            Where at = rollup.at("grades").index(i);
            Optional<NodeReader> object = NodeReader.object(list.get(i), at, out);
            if (object.isEmpty()) {
                good = false;
                continue;
            }
            NodeReader rule = object.get().allowOnly(RULE_FIELDS);
            Read<String> grade = rule.id("grade", true);
            if (grade.ok() && grade.present() && !gradeIds.contains(grade.value())) {
                out.add(rule.at("grade").path(), SchemeProblems.GRADE_UNKNOWN, grade.value());
                good = false;
            }
            boolean last = i == list.size() - 1;
            JsonNode when = rule.raw("when");
            Predicate condition = null;
            if ((when == null) != last) {
                out.add((last ? rule.at("when") : at).path(), SchemeProblems.ROLLUP_RULE_WHEN);
                good = false;
            } else if (when != null && inputs > 0) {
                condition = host.rollupPredicate(when, rule.at("when"), inputs);
                good &= condition != null;
            }
            good &= grade.ok() && grade.present();
            if (good) {
                rules.add(new PeriodRollup.GradeRule(grade.value(), Optional.ofNullable(condition)));
            }
        }
        return good ? rules : null;
    }

    private Rollup hierarchy(NodeReader rollup, Read<String> id, Read<Label> name, Read<Rollup.Missing> missing) {
        List<String> kinds = kinds(rollup, "subjects", true, true);
        List<String> children = kinds(rollup, "children", true, true);
        if (kinds != null && children != null) {
            for (int i = 0; i < children.size(); i++) {
                String child = children.get(i);
                if (kinds.contains(child)) {
                    out.add(rollup.at("children").index(i).path(), SchemeProblems.ROLLUP_CHILD_SUBJECT, child);
                } else if (kinds.stream().noneMatch(subject -> orgKind(child).mayBeBelow(orgKind(subject)))) {
                    out.add(rollup.at("children").index(i).path(), SchemeProblems.ROLLUP_NEVER_BELOW, child,
                            new Verbatim(String.join(", ", kinds)));
                }
            }
        }
        Read<BigDecimal> own = rollup.decimal("own", true);
        if (own.ok() && own.present() && (own.value().signum() < 0 || own.value().compareTo(BigDecimal.ONE) > 0)) {
            out.add(rollup.at("own").path(), SchemeProblems.ROLLUP_OWN, new Verbatim(own.value().toPlainString()));
        }
        Read<HierarchyRollup.Weighting> weighting = rollup.term("weighting", HierarchyRollup.Weighting.class,
                WEIGHTING, true);
        if (id.ok() && id.present()) {
            kindsOf.put(id.value(), kinds);
        }
        if (kinds == null || children == null || !own.ok() || !own.present() || !weighting.ok()
                || !weighting.present() || own.value().signum() < 0 || own.value().compareTo(BigDecimal.ONE) > 0) {
            return null;
        }
        return new HierarchyRollup(id.value(), name.value(), kinds, children, own.value(), weighting.value(),
                missing.value());
    }

    private static OrgKind orgKind(String id) {
        return Term.find(OrgKind.class, id).orElseThrow();
    }

    /**
     * The kinds listed under {@code field}, each assessed by the scheme (and an org kind when
     * {@code orgsOnly}); absent and optional gives every assessed kind. Null when reported or unclear.
     */
    private List<String> kinds(NodeReader rollup, String field, boolean required, boolean orgsOnly) {
        Read<List<String>> ids = rollup.ids(field, required, true);
        if (!ids.ok()) {
            return null;
        }
        if (!ids.present() || !rollup.has(field)) {
            return required ? null : subjectsOk ? subjects : null;
        }
        if (ids.value().isEmpty()) {
            out.add(rollup.at(field).path(), SchemeProblems.LIST_EMPTY);
            return null;
        }
        boolean good = subjectsOk;
        for (int i = 0; i < ids.value().size(); i++) {
            String kind = ids.value().get(i);
            Where at = rollup.at(field).index(i);
            if (orgsOnly && Term.find(OrgKind.class, kind).isEmpty()) {
                out.add(at.path(), SchemeProblems.ROLLUP_ORG_KIND, kind);
                good = false;
            } else if (subjectsOk && !subjects.contains(kind)) {
                out.add(at.path(), SchemeProblems.KIND_NOT_ASSESSED, kind, new Verbatim(String.join(", ", subjects)));
                good = false;
            }
        }
        return good ? List.copyOf(ids.value()) : null;
    }
}
