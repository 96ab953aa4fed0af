package dev.mofan.core.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.format.internal.ReportDocumentReader;
import dev.mofan.core.format.internal.TreeReader;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.internal.Violations;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Report} as the JSON of SCORING.md (fields in docs/report-format.md): every field
 * always written, {@code null} for an absent value and {@code []} for an empty list, numbers as
 * plain decimals at the scheme's scale, two-space indentation and {@code \n} line ends, so that
 * equal reports give identical bytes on every platform. Reads such JSON back into an equal
 * {@link Report} (the reports of earlier periods, for rankings). Immutable and thread-safe.
 */
public final class ReportFormat {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("");

    private static final ReadLimits LIMITS = ReadLimits.ofDefaults();
    private static final TreeReader READER = new TreeReader(LIMITS);

    private ReportFormat() {
    }

    /**
     * Reads the JSON report in {@code file}, as {@link #write(Report)} wrote it. JSON only, whatever
     * the file's name.
     *
     * @param file the file to read
     * @return the report
     * @throws ValidationException listing every problem of the document, each at its JSON path
     * @throws UncheckedIOException if the file cannot be read
     * @see #read(String)
     */
    public static Report read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Reads a UTF-8 JSON report from {@code in}, which is left open.
     *
     * @param in the stream to read, UTF-8 JSON
     * @return the report
     * @throws ValidationException listing every problem of the document, each at its JSON path
     * @throws UncheckedIOException if the stream cannot be read
     * @see #read(String)
     */
    public static Report read(InputStream in) {
        Violations violations = newViolations();
        try {
            return finish(READER.read(in, Syntax.JSON, violations), violations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON report", e);
        }
    }

    /**
     * Reads a report given as JSON text: the inverse of {@link #write(Report)}, so that
     * {@code read(write(report)).equals(report)} for every report the engine produces. JSON only
     * (not YAML). Every property the writer writes is required, nullable ones as {@code null};
     * unknown properties are refused; numbers keep the scale they are written with. A trace
     * step's figures come back as {@code String}, {@code Boolean}, {@code List<String>} or
     * {@code BigDecimal}, as {@link dev.mofan.model.result.TraceStep} holds them.
     *
     * @param json the report as JSON text
     * @return the report
     * @throws ValidationException listing every problem of the document, each at its JSON path
     */
    public static Report read(String json) {
        Violations violations = newViolations();
        return finish(READER.read(json, Syntax.JSON, violations), violations);
    }

    private static Violations newViolations() {
        return new Violations(ReportDocumentReader.SECTIONS, LIMITS.maxListedProblems());
    }

    private static Report finish(Optional<JsonNode> tree, Violations violations) {
        Optional<Report> report = tree.flatMap(root -> ReportDocumentReader.read(root, violations));
        violations.throwIfAny();
        return report.orElseThrow(() -> new IllegalStateException("A report was refused without a reason"));
    }

    /**
     * {@return the report as JSON text, ending with a newline}
     *
     * @param report the report
     */
    public static String write(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(report, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the report as UTF-8 JSON to {@code out}, which is left open.
     *
     * @param report the report
     * @param out the stream to write to
     */
    public static void write(Report report, OutputStream out) {
        try (JsonGenerator generator = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            generator.setPrettyPrinter(new DefaultPrettyPrinter(SEPARATORS).withObjectIndenter(INDENT).withArrayIndenter(INDENT));
            JSON.writeTree(generator, toTree(report));
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report", e);
        }
    }

    /**
     * {@return the report as a JSON tree}
     *
     * @param report the report
     */
    public static ObjectNode toTree(Report report) {
        ObjectNode node = NODES.objectNode();
        node.put("fingerprint", report.fingerprint());
        ObjectNode scheme = node.putObject("scheme");
        scheme.put("id", report.schemeId());
        scheme.put("version", report.schemeVersion());
        ArrayNode weights = scheme.putArray("weights");
        for (DerivedMaximum derived : report.weights()) {
            ObjectNode entry = weights.addObject();
            entry.put("level", derived.level());
            entry.put("id", derived.id());
            entry.put("parent", derived.parent());
            entry.put("weight", derived.weight());
            entry.put("weightSum", derived.weightSum());
            entry.put("parentMaxPoints", derived.parentMaxPoints());
            entry.put("maxPoints", derived.maxPoints());
            entry.put("method", derived.method());
            if (derived.judgements().isPresent()) {
                entry.putObject("judgements").put("method", derived.judgements().get().method())
                        .put("table", derived.judgements().get().table()).put("cr", derived.judgements().get().cr());
            } else {
                entry.putNull("judgements");
            }
        }
        node.put("period", report.period());
        node.put("asOf", report.asOf().toString());
        ArrayNode scorecards = node.putArray("scorecards");
        report.scorecards().forEach(card -> scorecards.add(scorecard(card)));
        ArrayNode rollups = node.putArray("rollups");
        report.rollups().forEach(rollup -> rollups.add(rollup(rollup)));
        ArrayNode unranked = node.putArray("unranked");
        for (Unranked u : report.unranked()) {
            ObjectNode entry = unranked.addObject();
            entry.put("subject", u.subject());
            entry.put("code", u.code());
            entry.put("reason", u.reason());
            entry.put("reasonZh", u.reasonZh());
        }
        ArrayNode rankings = node.putArray("rankings");
        for (Ranking ranking : report.rankings()) {
            ObjectNode entry = rankings.addObject();
            entry.put("subject", ranking.subject());
            entry.put("peerGroup", ranking.peerGroup());
            putOptional(entry, "partition", ranking.partition());
            entry.put("figure", ranking.figure());
            entry.put("total", ranking.total());
            entry.put("rank", ranking.rank());
            if (ranking.movement().isPresent()) {
                entry.put("movement", ranking.movement().get());
            } else {
                entry.putNull("movement");
            }
            entry.put("percentile", ranking.percentile());
            putOptional(entry, "grade", ranking.grade());
            ids(entry, "flags", ranking.flags());
            trace(entry, ranking.trace());
        }
        ArrayNode unused = node.putArray("unused");
        for (UnusedRecord u : report.unused()) {
            ObjectNode entry = unused.addObject();
            entry.put("record", u.record());
            entry.put("code", u.code());
            entry.put("reason", u.reason());
            entry.put("reasonZh", u.reasonZh());
        }
        ArrayNode errors = node.putArray("errors");
        for (ItemError e : report.errors()) {
            ObjectNode entry = errors.addObject();
            entry.put("subject", e.subject());
            entry.put("item", e.item());
            entry.put("code", e.code());
            entry.put("message", e.message());
            entry.put("messageZh", e.messageZh());
        }
        return node;
    }

    private static ObjectNode scorecard(Scorecard card) {
        ObjectNode node = NODES.objectNode();
        node.put("subject", card.subject());
        node.put("kind", card.kind());
        node.put("total", card.total());
        putOptional(node, "grade", card.grade());
        node.put("vetoed", card.vetoed());
        vetoes(node, card.vetoes());
        node.put("incomplete", card.incomplete());
        node.put("base", card.base());
        node.put("bonus", card.bonus());
        node.put("deductions", card.deductions());
        ArrayNode adjustments = node.putArray("adjustments");
        for (AdjustmentScore adjustment : card.adjustments()) {
            ObjectNode entry = adjustments.addObject();
            entry.put("id", adjustment.id());
            entry.put("scope", adjustment.scope());
            entry.put("kind", adjustment.kind());
            entry.put("points", adjustment.points());
            entry.put("cases", adjustment.cases());
            ids(entry, "evidence", adjustment.evidence());
            trace(entry, adjustment.trace());
        }
        ArrayNode dimensions = node.putArray("dimensions");
        for (DimensionScore dimension : card.dimensions()) {
            ObjectNode entry = dimensions.addObject();
            entry.put("id", dimension.id());
            putDecimal(entry, "points", dimension.points());
            putDecimal(entry, "maxPoints", dimension.maxPoints());
            entry.put("excluded", dimension.excluded());
        }
        ArrayNode indicators = node.putArray("indicators");
        for (IndicatorScore indicator : card.indicators()) {
            ObjectNode entry = indicators.addObject();
            entry.put("id", indicator.id());
            entry.put("dimension", indicator.dimension());
            putDecimal(entry, "points", indicator.points());
            putDecimal(entry, "maxPoints", indicator.maxPoints());
            entry.put("excluded", indicator.excluded());
        }
        ArrayNode items = node.putArray("items");
        for (ItemScore item : card.items()) {
            ObjectNode entry = items.addObject();
            entry.put("id", item.id());
            entry.put("indicator", item.indicator());
            putDecimal(entry, "points", item.points());
            putDecimal(entry, "maxPoints", item.maxPoints());
            putDecimal(entry, "selfPoints", item.selfPoints());
            entry.put("unverified", item.unverified());
            entry.put("excluded", item.excluded());
            entry.put("rule", item.rule());
            ids(entry, "evidence", item.evidence());
            trace(entry, item.trace());
        }
        ArrayNode differences = node.putArray("differences");
        for (Difference difference : card.differences()) {
            ObjectNode entry = differences.addObject();
            entry.put("item", difference.item());
            entry.put("selfPoints", difference.selfPoints());
            entry.put("points", difference.points());
            entry.put("difference", difference.difference());
        }
        node.put("differenceSum", card.differenceSum());
        ArrayNode parts = node.putArray("parts");
        for (PartScore part : card.parts()) {
            ObjectNode entry = parts.addObject();
            entry.put("id", part.id());
            entry.put("weight", part.weight());
            entry.put("base", part.base());
            entry.put("deductions", part.deductions());
            entry.put("points", part.points());
        }
        trace(node, card.trace());
        return node;
    }

    private static ObjectNode rollup(RollupScore rollup) {
        ObjectNode node = NODES.objectNode();
        node.put("subject", rollup.subject());
        node.put("kind", rollup.kind());
        node.put("id", rollup.id());
        node.put("period", rollup.period());
        putDecimal(node, "total", rollup.total());
        putOptional(node, "grade", rollup.grade());
        node.put("vetoed", rollup.vetoed());
        vetoes(node, rollup.vetoes());
        ArrayNode inputs = node.putArray("inputs");
        for (RollupInput input : rollup.inputs()) {
            ObjectNode entry = inputs.addObject();
            entry.put("role", input.role());
            entry.put("subject", input.subject());
            entry.put("period", input.period());
            putDecimal(entry, "total", input.total());
            putOptional(entry, "grade", input.grade());
            entry.put("weight", input.weight());
            entry.put("missing", input.missing());
        }
        trace(node, rollup.trace());
        return node;
    }

    private static void vetoes(ObjectNode parent, List<VetoHit> hits) {
        ArrayNode vetoes = parent.putArray("vetoes");
        for (VetoHit veto : hits) {
            ObjectNode entry = vetoes.addObject();
            entry.put("id", veto.id());
            entry.put("effect", veto.effect());
            entry.put("reason", veto.reason());
            entry.put("reasonZh", veto.reasonZh());
            ids(entry, "evidence", veto.evidence());
        }
    }

    private static void trace(ObjectNode parent, List<TraceStep> steps) {
        ArrayNode trace = parent.putArray("trace");
        for (TraceStep step : steps) {
            ObjectNode entry = trace.addObject();
            entry.put("step", step.step());
            entry.put("en", step.en());
            entry.put("zh", step.zh());
            for (Map.Entry<String, Object> figure : step.figures().entrySet()) {
                Object value = figure.getValue();
                if (value instanceof BigDecimal number) {
                    entry.put(figure.getKey(), number);
                } else if (value instanceof Boolean flag) {
                    entry.put(figure.getKey(), flag);
                } else if (value instanceof List<?> list) {
                    ArrayNode array = entry.putArray(figure.getKey());
                    list.forEach(element -> array.add((String) element));
                } else {
                    entry.put(figure.getKey(), (String) value);
                }
            }
        }
    }

    private static void ids(ObjectNode parent, String name, List<String> ids) {
        ArrayNode array = parent.putArray(name);
        ids.forEach(array::add);
    }

    private static void putDecimal(ObjectNode node, String name, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }

    private static void putOptional(ObjectNode node, String name, Optional<String> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }
}
