package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.mofan.model.error.Problem;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.ModelProblems;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.AdjustmentScore;
import dev.mofan.model.result.DerivedMaximum;
import dev.mofan.model.result.Difference;
import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemError;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Ranking;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.RollupInput;
import dev.mofan.model.result.RollupScore;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.TraceStep;
import dev.mofan.model.result.Unranked;
import dev.mofan.model.result.UnusedRecord;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the tree of a report that {@code ReportFormat} wrote back into an equal {@link Report}:
 * every property the writer writes is required (nullable ones present as {@code null}), unknown
 * properties are problems, numbers are read as exact decimals keeping their scale, and every
 * problem is reported at once with its path.
 *
 * <p>The figures of a trace step carry no type beyond JSON's, as {@link
 * dev.mofan.model.result.TraceStep} keeps them: a text is a {@link String}, true or false a {@link
 * Boolean}, an array of texts a {@code List<String>}, a number a {@link BigDecimal} with the scale
 * it was written with.
 */
public final class ReportDocumentReader {

    /** The top-level properties, in the order they are written. */
    public static final List<String> SECTIONS = List.of("fingerprint", "scheme", "period", "asOf", "scorecards",
            "rollups", "unranked", "rankings", "unused", "errors");

    static final List<String> SCHEME = List.of("id", "version", "weights");
    static final List<String> WEIGHT = List.of("level", "id", "parent", "weight", "weightSum", "parentMaxPoints",
            "maxPoints", "method", "judgements");
    static final List<String> JUDGED = List.of("method", "table", "cr");
    static final List<String> SCORECARD = List.of("subject", "kind", "total", "grade", "vetoed", "vetoes",
            "incomplete", "base", "bonus", "deductions", "adjustments", "dimensions", "indicators", "items",
            "differences", "differenceSum", "parts", "trace");
    static final List<String> VETO = List.of("id", "effect", "reason", "reasonZh", "evidence");
    static final List<String> ADJUSTMENT = List.of("id", "scope", "kind", "points", "cases", "evidence", "trace");
    static final List<String> DIMENSION = List.of("id", "points", "maxPoints", "excluded");
    static final List<String> INDICATOR = List.of("id", "dimension", "points", "maxPoints", "excluded");
    static final List<String> ITEM = List.of("id", "indicator", "points", "maxPoints", "selfPoints", "unverified",
            "excluded", "rule", "evidence", "trace");
    static final List<String> DIFFERENCE = List.of("item", "selfPoints", "points", "difference");
    static final List<String> PART = List.of("id", "weight", "base", "deductions", "points");
    static final List<String> ROLLUP = List.of("subject", "kind", "id", "period", "total", "grade", "vetoed",
            "vetoes", "inputs", "trace");
    static final List<String> ROLLUP_INPUT = List.of("role", "subject", "period", "total", "grade", "weight",
            "missing");
    static final List<String> UNRANKED = List.of("subject", "code", "reason", "reasonZh");
    static final List<String> RANKING = List.of("subject", "peerGroup", "partition", "figure", "total", "rank",
            "movement", "percentile", "grade", "flags", "trace");
    static final List<String> UNUSED = List.of("record", "code", "reason", "reasonZh");
    static final List<String> ERROR = List.of("subject", "item", "code", "message", "messageZh");
    private static final Set<String> STEP_FIELDS = Set.of("step", "en", "zh");

    private static final Label STRING = Label.of("字符串", "a string");
    private static final Label NUMBER = Label.of("数字", "a number");
    private static final Label BOOLEAN = Label.of("布尔值", "a boolean");
    private static final Label ARRAY = Label.of("数组", "an array");
    private static final Label ROLLUP_KIND = Label.of("汇总方式", "roll-up kind");
    private static final Label INPUT_ROLE = Label.of("汇总输入类型", "roll-up input role");
    private static final List<String> INPUT_ROLES = List.of("period", "own", "child");
    private static final Label FIGURE = Label.of("数字、字符串、布尔值或字符串数组",
            "a number, a string, a boolean or an array of strings");

    private final Violations out;

    private ReportDocumentReader(Violations out) {
        this.out = out;
    }

    /**
     * {@return the report the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<Report> read(JsonNode root, Violations out) {
        return new ReportDocumentReader(out).report(root);
    }

    private Optional<Report> report(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        Fields doc = new Fields(this, document.get(), SECTIONS);
        String fingerprint = doc.text("fingerprint");
        String schemeId = null;
        String schemeVersion = null;
        List<DerivedMaximum> weights = null;
        Optional<Fields> scheme = doc.object("scheme", SCHEME);
        if (scheme.isPresent()) {
            schemeId = scheme.get().text("id");
            schemeVersion = scheme.get().text("version");
            weights = scheme.get().list("weights", this::weight);
            doc.absorb(scheme.get());
        }
        String period = doc.text("period");
        if (period != null && Period.tryParse(period).isEmpty()) {
            doc.problem("period", SchemeProblems.PERIOD_INVALID, period);
        }
        LocalDate asOf = doc.date("asOf");
        List<Scorecard> scorecards = doc.list("scorecards", this::scorecard);
        List<RollupScore> rollups = doc.list("rollups", this::rollup);
        noRepeats(document.get().raw("scorecards"), document.get().raw("rollups"));
        List<Unranked> unranked = doc.list("unranked", this::unranked);
        List<Ranking> rankings = doc.list("rankings", this::ranking);
        List<UnusedRecord> unused = doc.list("unused", this::unused);
        List<ItemError> errors = doc.list("errors", this::error);
        if (!doc.ok() || !out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Report(fingerprint, schemeId, schemeVersion, weights, period, asOf, scorecards,
                rollups, unranked, rankings, unused, errors));
    }

    private Optional<DerivedMaximum> weight(JsonNode node, Where where) {
        return Fields.of(this, node, where, WEIGHT).flatMap(f -> {
            String level = f.text("level");
            String id = f.text("id");
            String parent = f.text("parent");
            BigDecimal weight = f.number("weight");
            BigDecimal weightSum = f.number("weightSum");
            BigDecimal parentMaxPoints = f.number("parentMaxPoints");
            BigDecimal maxPoints = f.number("maxPoints");
            String method = f.text("method");
            // Added after the first reports were written: absent reads as null (weights given as such).
            Optional<DerivedMaximum.Judged> judged = Optional.empty();
            if (f.reader.has("judgements") && !f.reader.isNull("judgements")) {
                Optional<Fields> nested = Fields.of(this, f.reader.raw("judgements"), f.reader.at("judgements"), JUDGED);
                if (nested.isEmpty()) {
                    return Optional.empty();
                }
                Fields j = nested.get();
                String ahp = j.text("method");
                String table = j.text("table");
                BigDecimal cr = j.number("cr");
                f.absorb(j);
                judged = j.ok() ? Optional.of(new DerivedMaximum.Judged(ahp, table, cr)) : Optional.empty();
            }
            return f.ok() ? Optional.of(new DerivedMaximum(level, id, parent, weight, weightSum, parentMaxPoints,
                    maxPoints, method, judged)) : Optional.empty();
        });
    }

    private Optional<Scorecard> scorecard(JsonNode node, Where where) {
        return Fields.of(this, node, where, SCORECARD).flatMap(f -> {
            String subject = f.text("subject");
            String kind = f.text("kind");
            BigDecimal total = f.number("total");
            Optional<String> grade = f.optionalText("grade");
            boolean vetoed = f.flag("vetoed");
            List<VetoHit> vetoes = f.list("vetoes", this::veto);
            boolean incomplete = f.flag("incomplete");
            BigDecimal base = f.number("base");
            BigDecimal bonus = f.number("bonus");
            BigDecimal deductions = f.number("deductions");
            List<AdjustmentScore> adjustments = f.list("adjustments", this::adjustment);
            List<DimensionScore> dimensions = f.list("dimensions", this::dimension);
            List<IndicatorScore> indicators = f.list("indicators", this::indicator);
            List<ItemScore> items = f.list("items", this::item);
            List<Difference> differences = f.list("differences", this::difference);
            BigDecimal differenceSum = f.number("differenceSum");
            List<PartScore> parts = f.list("parts", this::part);
            List<TraceStep> trace = f.list("trace", this::step);
            return f.ok() ? Optional.of(new Scorecard(subject, kind, total, grade, vetoed, vetoes, incomplete, base,
                    bonus, deductions, adjustments, dimensions, indicators, items, parts, differences, differenceSum,
                    trace)) : Optional.empty();
        });
    }

    private Optional<VetoHit> veto(JsonNode node, Where where) {
        return Fields.of(this, node, where, VETO).flatMap(f -> {
            String id = f.text("id");
            String effect = f.text("effect");
            String reason = f.text("reason");
            String reasonZh = f.text("reasonZh");
            List<String> evidence = f.texts("evidence");
            return f.ok() ? Optional.of(new VetoHit(id, effect, reason, reasonZh, evidence)) : Optional.empty();
        });
    }

    private Optional<AdjustmentScore> adjustment(JsonNode node, Where where) {
        return Fields.of(this, node, where, ADJUSTMENT).flatMap(f -> {
            String id = f.text("id");
            String scope = f.text("scope");
            String kind = f.text("kind");
            BigDecimal points = f.number("points");
            Long cases = f.whole("cases", 0, Long.MAX_VALUE);
            List<String> evidence = f.texts("evidence");
            List<TraceStep> trace = f.list("trace", this::step);
            return f.ok() ? Optional.of(new AdjustmentScore(id, scope, kind, points, cases, evidence, trace))
                    : Optional.empty();
        });
    }

    private Optional<DimensionScore> dimension(JsonNode node, Where where) {
        return Fields.of(this, node, where, DIMENSION).flatMap(f -> {
            String id = f.text("id");
            Optional<BigDecimal> points = f.optionalNumber("points");
            Optional<BigDecimal> maxPoints = f.optionalNumber("maxPoints");
            boolean excluded = f.flag("excluded");
            return f.ok() ? Optional.of(new DimensionScore(id, points, maxPoints, excluded)) : Optional.empty();
        });
    }

    private Optional<IndicatorScore> indicator(JsonNode node, Where where) {
        return Fields.of(this, node, where, INDICATOR).flatMap(f -> {
            String id = f.text("id");
            String dimension = f.text("dimension");
            Optional<BigDecimal> points = f.optionalNumber("points");
            Optional<BigDecimal> maxPoints = f.optionalNumber("maxPoints");
            boolean excluded = f.flag("excluded");
            return f.ok() ? Optional.of(new IndicatorScore(id, dimension, points, maxPoints, excluded))
                    : Optional.empty();
        });
    }

    private Optional<ItemScore> item(JsonNode node, Where where) {
        return Fields.of(this, node, where, ITEM).flatMap(f -> {
            String id = f.text("id");
            String indicator = f.text("indicator");
            Optional<BigDecimal> points = f.optionalNumber("points");
            Optional<BigDecimal> maxPoints = f.optionalNumber("maxPoints");
            Optional<BigDecimal> selfPoints = f.optionalNumber("selfPoints");
            boolean unverified = f.flag("unverified");
            boolean excluded = f.flag("excluded");
            String rule = f.text("rule");
            List<String> evidence = f.texts("evidence");
            List<TraceStep> trace = f.list("trace", this::step);
            return f.ok() ? Optional.of(new ItemScore(id, indicator, points, maxPoints, selfPoints, unverified,
                    excluded, rule, evidence, trace)) : Optional.empty();
        });
    }

    private Optional<Difference> difference(JsonNode node, Where where) {
        return Fields.of(this, node, where, DIFFERENCE).flatMap(f -> {
            String item = f.text("item");
            BigDecimal selfPoints = f.number("selfPoints");
            BigDecimal points = f.number("points");
            BigDecimal difference = f.number("difference");
            if (selfPoints != null && points != null && difference != null
                    && selfPoints.subtract(points).compareTo(difference) != 0) {
                f.problem("difference", FormatProblems.DIFFERENCE,
                        new Verbatim(selfPoints.subtract(points).toPlainString()),
                        new Verbatim(difference.toPlainString()));
            }
            return f.ok() ? Optional.of(new Difference(item, selfPoints, points, difference)) : Optional.empty();
        });
    }

    private Optional<PartScore> part(JsonNode node, Where where) {
        return Fields.of(this, node, where, PART).flatMap(f -> {
            String id = f.text("id");
            BigDecimal weight = f.number("weight");
            BigDecimal base = f.number("base");
            BigDecimal deductions = f.number("deductions");
            BigDecimal points = f.number("points");
            return f.ok() ? Optional.of(new PartScore(id, weight, base, deductions, points)) : Optional.empty();
        });
    }

    private Optional<RollupScore> rollup(JsonNode node, Where where) {
        return Fields.of(this, node, where, ROLLUP).flatMap(f -> {
            String subject = f.text("subject");
            String kind = f.text("kind");
            String id = f.text("id");
            String period = f.text("period");
            Optional<BigDecimal> total = f.optionalNumber("total");
            Optional<String> grade = f.optionalText("grade");
            boolean vetoed = f.flag("vetoed");
            List<VetoHit> vetoes = f.list("vetoes", this::veto);
            List<RollupInput> inputs = f.list("inputs", this::rollupInput);
            List<TraceStep> trace = f.list("trace", this::step);
            if (kind != null && !kind.equals("period") && !kind.equals("hierarchy")) {
                f.problem("kind", FormatProblems.UNKNOWN_VALUE, ROLLUP_KIND, kind, new Verbatim("period, hierarchy"));
            }
            if (period != null && Period.tryParse(period).isEmpty()) {
                f.problem("period", SchemeProblems.PERIOD_INVALID, period);
            }
            return f.ok() ? Optional.of(new RollupScore(subject, kind, id, period, total, grade, vetoed, vetoes, inputs,
                    trace)) : Optional.empty();
        });
    }

    /**
     * A subject has one scorecard, and one result of each roll-up: a repeat is reported where it
     * stands, read from the elements as written, so that it is found beside their other problems.
     */
    private void noRepeats(JsonNode scorecards, JsonNode rollups) {
        Map<String, String> cardAt = new HashMap<>();
        for (int i = 0; scorecards != null && scorecards.isArray() && i < scorecards.size(); i++) {
            String subject = scorecards.get(i).path("subject").textValue();
            String at = Where.ROOT.field("scorecards").index(i).field("subject").path();
            String first = subject == null ? null : cardAt.putIfAbsent(subject, at);
            if (first != null) {
                out.add(at, ModelProblems.ID_DUPLICATE, subject, new Verbatim(first));
            }
        }
        Map<String, String> rollupAt = new HashMap<>();
        for (int i = 0; rollups != null && rollups.isArray() && i < rollups.size(); i++) {
            String id = rollups.get(i).path("id").textValue();
            String subject = rollups.get(i).path("subject").textValue();
            String at = Where.ROOT.field("rollups").index(i).path();
            String first = id == null || subject == null ? null : rollupAt.putIfAbsent(id + '\u0000' + subject, at);
            if (first != null) {
                out.add(at, FormatProblems.ROLLUP_TWICE, id, subject, new Verbatim(first));
            }
        }
    }

    private Optional<RollupInput> rollupInput(JsonNode node, Where where) {
        return Fields.of(this, node, where, ROLLUP_INPUT).flatMap(f -> {
            String role = f.text("role");
            if (role != null && !INPUT_ROLES.contains(role)) {
                f.problem("role", FormatProblems.UNKNOWN_VALUE, INPUT_ROLE, role,
                        new Verbatim(String.join(", ", INPUT_ROLES)));
            }
            String subject = f.text("subject");
            String period = f.text("period");
            if (period != null && Period.tryParse(period).isEmpty()) {
                f.problem("period", SchemeProblems.PERIOD_INVALID, period);
            }
            Optional<BigDecimal> total = f.optionalNumber("total");
            Optional<String> grade = f.optionalText("grade");
            BigDecimal weight = f.number("weight");
            boolean missing = f.flag("missing");
            return f.ok() ? Optional.of(new RollupInput(role, subject, period, total, grade, weight, missing))
                    : Optional.empty();
        });
    }

    private Optional<Unranked> unranked(JsonNode node, Where where) {
        return Fields.of(this, node, where, UNRANKED).flatMap(f -> {
            String subject = f.text("subject");
            String code = f.text("code");
            String reason = f.text("reason");
            String reasonZh = f.text("reasonZh");
            return f.ok() ? Optional.of(new Unranked(subject, code, reason, reasonZh)) : Optional.empty();
        });
    }

    private Optional<Ranking> ranking(JsonNode node, Where where) {
        return Fields.of(this, node, where, RANKING).flatMap(f -> {
            String subject = f.text("subject");
            String peerGroup = f.text("peerGroup");
            Optional<String> partition = f.optionalText("partition");
            BigDecimal figure = f.number("figure");
            BigDecimal total = f.number("total");
            Long rank = f.whole("rank", 1, Integer.MAX_VALUE);
            Optional<Long> movement = f.optionalWhole("movement", Integer.MIN_VALUE, Integer.MAX_VALUE);
            BigDecimal percentile = f.number("percentile");
            Optional<String> grade = f.optionalText("grade");
            List<String> flags = f.texts("flags");
            List<TraceStep> trace = f.list("trace", this::step);
            return f.ok() ? Optional.of(new Ranking(subject, peerGroup, partition, figure, total, rank.intValue(),
                    movement.map(Long::intValue), percentile, grade, flags, trace)) : Optional.empty();
        });
    }

    private Optional<UnusedRecord> unused(JsonNode node, Where where) {
        return Fields.of(this, node, where, UNUSED).flatMap(f -> {
            String record = f.text("record");
            String code = f.text("code");
            String reason = f.text("reason");
            String reasonZh = f.text("reasonZh");
            return f.ok() ? Optional.of(new UnusedRecord(record, code, reason, reasonZh)) : Optional.empty();
        });
    }

    private Optional<ItemError> error(JsonNode node, Where where) {
        return Fields.of(this, node, where, ERROR).flatMap(f -> {
            String subject = f.text("subject");
            String item = f.text("item");
            String code = f.text("code");
            String message = f.text("message");
            String messageZh = f.text("messageZh");
            return f.ok() ? Optional.of(new ItemError(subject, item, code, message, messageZh)) : Optional.empty();
        });
    }

    /** A trace step: {@code step}, {@code en} and {@code zh}, and any other property as a figure. */
    private Optional<TraceStep> step(JsonNode node, Where where) {
        return Fields.of(this, node, where, null).flatMap(f -> {
            String step = f.text("step");
            String en = f.text("en");
            String zh = f.text("zh");
            Map<String, Object> figures = new LinkedHashMap<>();
            for (String name : f.reader.names()) {
                if (!STEP_FIELDS.contains(name)) {
                    Object figure = f.figure(name);
                    if (figure != null) {
                        figures.put(name, figure);
                    }
                }
            }
            return f.ok() ? Optional.of(new TraceStep(step, en, zh, figures)) : Optional.empty();
        });
    }

    /** Reads one array element at {@code where}; empty when it had a problem (reported). */
    private interface Element<T> {
        Optional<T> read(JsonNode node, Where where);
    }

    /**
     * The properties of one object, each required (a nullable one present as {@code null}); not
     * {@link #ok()} once one of them, or anything inside them, had a problem.
     */
    private static final class Fields {

        final ReportDocumentReader owner;
        final NodeReader reader;
        final Violations out;
        boolean ok = true;

        private Fields(ReportDocumentReader owner, NodeReader reader, List<String> allowed) {
            this.owner = owner;
            this.reader = reader;
            this.out = owner.out;
            if (allowed != null) {
                int before = out.total();
                reader.allowOnly(allowed);
                ok = out.total() == before;
            }
        }

        /** The fields of the object {@code node} at {@code where}, or empty (reported) when it is not an object. */
        static Optional<Fields> of(ReportDocumentReader owner, JsonNode node, Where where, List<String> allowed) {
            return NodeReader.object(node, where, owner.out).map(reader -> new Fields(owner, reader, allowed));
        }

        boolean ok() {
            return ok;
        }

        /** Takes in whether a nested object read apart was well formed. */
        void absorb(Fields nested) {
            ok &= nested.ok;
        }

        void problem(String name, Problem problem, Object... args) {
            out.add(reader.at(name).path(), problem, args);
            ok = false;
        }

        /** The value of {@code name}: {@link NullNode} for null, null when missing (reported). */
        private JsonNode value(String name) {
            if (reader.isNull(name)) {
                return NullNode.instance;
            }
            if (!reader.has(name)) {
                problem(name, FormatProblems.MISSING);
                return null;
            }
            return reader.raw(name);
        }

        private void wrong(JsonNode value, Where at, Label expected) {
            NodeReader.wrongType(value, at, expected, out);
            ok = false;
        }

        String text(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                wrong(value, reader.at(name), STRING);
                return null;
            }
            return value.textValue();
        }

        Optional<String> optionalText(String name) {
            JsonNode value = value(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                wrong(value, reader.at(name), STRING);
                return Optional.empty();
            }
            return Optional.of(value.textValue());
        }

        BigDecimal number(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                wrong(value, reader.at(name), NUMBER);
                return null;
            }
            return value.decimalValue();
        }

        Optional<BigDecimal> optionalNumber(String name) {
            JsonNode value = value(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.ofNullable(number(name));
        }

        /** A whole number from {@code min} to {@code max}; null when missing or broken. */
        Long whole(String name, long min, long max) {
            BigDecimal value = number(name);
            if (value == null) {
                return null;
            }
            if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                    || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                problem(name, SchemeProblems.NUMBER_RANGE, min, max, new Verbatim(value.toPlainString()));
                return null;
            }
            return value.longValueExact();
        }

        Optional<Long> optionalWhole(String name, long min, long max) {
            JsonNode value = value(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.ofNullable(whole(name, min, max));
        }

        boolean flag(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return false;
            }
            if (!value.isBoolean()) {
                wrong(value, reader.at(name), BOOLEAN);
                return false;
            }
            return value.booleanValue();
        }

        LocalDate date(String name) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(name, FormatProblems.DATE_INVALID, text);
                return null;
            }
        }

        /** The nested object {@code name}; empty when missing or not an object (reported). */
        Optional<Fields> object(String name, List<String> allowed) {
            JsonNode value = value(name);
            if (value == null) {
                return Optional.empty();
            }
            Optional<Fields> nested = of(owner, value, reader.at(name), allowed);
            if (nested.isEmpty()) {
                ok = false;
            }
            return nested;
        }

        /** The array {@code name} as a list of elements read by {@code element}; null when broken. */
        <T> List<T> list(String name, Element<T> element) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isArray()) {
                wrong(value, reader.at(name), ARRAY);
                return null;
            }
            List<T> list = new ArrayList<>(value.size());
            boolean good = true;
            for (int i = 0; i < value.size(); i++) {
                Optional<T> read = element.read(value.get(i), reader.at(name).index(i));
                good &= read.isPresent();
                read.ifPresent(list::add);
            }
            ok &= good;
            return good ? Collections.unmodifiableList(list) : null;
        }

        /** The array {@code name} as a list of texts; null when broken. */
        List<String> texts(String name) {
            return list(name, (node, at) -> {
                if (node.isTextual()) {
                    return Optional.of(node.textValue());
                }
                NodeReader.wrongType(node, at, STRING, out);
                return Optional.empty();
            });
        }

        /** The figure {@code name} of a trace step; {@code whole}: a whole number is a {@link Long}. */
        Object figure(String name) {
            JsonNode value = reader.isNull(name) ? NullNode.instance : reader.raw(name);
            Where at = reader.at(name);
            if (value.isTextual()) {
                return value.textValue();
            }
            if (value.isBoolean()) {
                return value.booleanValue();
            }
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isArray()) {
                List<String> texts = new ArrayList<>(value.size());
                for (int i = 0; i < value.size(); i++) {
                    JsonNode element = value.get(i);
                    if (element.isTextual()) {
                        texts.add(element.textValue());
                    } else {
                        wrong(element, at.index(i), STRING);
                    }
                }
                return ok ? List.copyOf(texts) : null;
            }
            wrong(value, at, FIGURE);
            return null;
        }
    }
}
