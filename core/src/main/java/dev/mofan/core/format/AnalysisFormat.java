package dev.mofan.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.analysis.AhpResult;
import dev.mofan.core.analysis.EntropyInput;
import dev.mofan.core.analysis.EntropyResult;
import dev.mofan.core.analysis.FuzzyEvaluation;
import dev.mofan.core.analysis.FuzzyInput;
import dev.mofan.core.analysis.PairwiseMatrix;
import dev.mofan.core.analysis.TopsisInput;
import dev.mofan.core.analysis.TopsisResult;
import dev.mofan.core.format.internal.AnalysisDocumentReader;
import dev.mofan.core.format.internal.TreeReader;
import dev.mofan.model.internal.Violations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads the inputs of the analysis methods and writes their results as JSON (docs/analysis.md).
 * Inputs report every problem at once, each at its JSON path, in English and Chinese. Figures other
 * than weights are written with {@link #SCALE} decimals, rounded half up; weights as
 * {@link dev.mofan.core.analysis.Weights#shown} gives them, summing to exactly 1; full-precision
 * values stay in {@code unrounded}.
 */
public final class AnalysisFormat {

    /** Decimals of λmax, CI, CR, entropies, closeness and fuzzy results as written. */
    public static final int SCALE = 4;

    private static final TreeReader READER = new TreeReader(ReadLimits.ofDefaults());

    private AnalysisFormat() {
    }

    /**
     * {@code {"matrix": [[1, "1/3", 5], …]}} in {@code file} (YAML by its name, else JSON).
     *
     * @param file the file, YAML when its name ends in {@code .yaml} or {@code .yml}, else JSON
     * @return the pairwise comparison matrix the file holds
     */
    public static PairwiseMatrix readMatrix(Path file) {
        return read(file, AnalysisDocumentReader::pairwise);
    }

    /**
     * {@code {"matrix": […], "criteria": […]?}} in {@code file}.
     *
     * @param file the file, YAML when its name ends in {@code .yaml} or {@code .yml}, else JSON
     * @return the decision matrix and criteria the file holds
     */
    public static EntropyInput readEntropy(Path file) {
        return read(file, AnalysisDocumentReader::entropy);
    }

    /**
     * {@code {"matrix": […], "weights": […], "criteria": […]}} in {@code file}.
     *
     * @param file the file, YAML when its name ends in {@code .yaml} or {@code .yml}, else JSON
     * @return the decision matrix, weights and criteria the file holds
     */
    public static TopsisInput readTopsis(Path file) {
        return read(file, AnalysisDocumentReader::topsis);
    }

    /**
     * {@code {"weights": […], "membership": [[…]], "operator": …, "normalize"?, "gradeScores"?}} in {@code file}.
     *
     * @param file the file, YAML when its name ends in {@code .yaml} or {@code .yml}, else JSON
     * @return the weights, membership matrix and options the file holds
     */
    public static FuzzyInput readFuzzy(Path file) {
        return read(file, AnalysisDocumentReader::fuzzy);
    }

    /**
     * The same inputs given as text.
     *
     * @param <T> what the input holds
     * @param text the document
     * @param syntax JSON or YAML
     * @param reader the reader of the input, such as {@code AnalysisDocumentReader::pairwise}
     * @return what the document holds
     */
    public static <T> T read(String text, Syntax syntax, BiFunction<JsonNode, Violations, Optional<T>> reader) {
        Violations out = new Violations(AnalysisDocumentReader.SECTIONS, Violations.DEFAULT_LIMIT);
        Optional<T> value = READER.read(text, syntax, out).flatMap(root -> reader.apply(root, out));
        out.throwIfAny();
        return value.orElseThrow();
    }

    private static <T> T read(Path file, BiFunction<JsonNode, Violations, Optional<T>> reader) {
        Violations out = new Violations(AnalysisDocumentReader.SECTIONS, Violations.DEFAULT_LIMIT);
        try (var in = Files.newInputStream(file)) {
            Optional<T> value = READER.read(in, Syntax.of(file), out).flatMap(root -> reader.apply(root, out));
            out.throwIfAny();
            return value.orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * {@code {method, table, weights, lambdaMax, ci, ri, cr, threshold, consistent, unrounded}}.
     *
     * @param result the AHP result
     * @return the result as JSON text
     */
    public static String json(AhpResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("method", result.method().id());
        node.put("table", result.table().id());
        numbers(node.putArray("weights"), result.weights(), -1);
        node.put("lambdaMax", shown(result.lambdaMax()));
        node.put("ci", shown(result.ci()));
        node.put("ri", result.table().of(result.unrounded().size()));
        node.put("cr", shown(result.cr()));
        node.put("threshold", result.threshold());
        node.put("consistent", result.consistent());
        numbers(node.putArray("unrounded"), result.unrounded(), -1);
        return DocumentFormat.text(node, Syntax.JSON, "AHP result");
    }

    /**
     * {@code {normalization, weights, entropy, degenerate (1-based), unrounded}}.
     *
     * @param result the entropy weights
     * @return the result as JSON text
     */
    public static String json(EntropyResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("normalization", result.normalization().id());
        numbers(node.putArray("weights"), result.weights(), -1);
        numbers(node.putArray("entropy"), result.entropy(), SCALE);
        ArrayNode degenerate = node.putArray("degenerate");
        result.degenerate().forEach(j -> degenerate.add(j + 1));
        numbers(node.putArray("unrounded"), result.unrounded(), -1);
        return DocumentFormat.text(node, Syntax.JSON, "entropy result");
    }

    /**
     * {@code {closeness, ranking (1-based, best first), degenerate (1-based)}}.
     *
     * @param result the TOPSIS result
     * @return the result as JSON text
     */
    public static String json(TopsisResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        numbers(node.putArray("closeness"), result.closeness(), SCALE);
        ArrayNode ranking = node.putArray("ranking");
        result.ranking().forEach(ranking::add);
        ArrayNode degenerate = node.putArray("degenerate");
        result.degenerate().forEach(j -> degenerate.add(j + 1));
        return DocumentFormat.text(node, Syntax.JSON, "TOPSIS result");
    }

    /**
     * {@code {operator, result, normalized?, maxMembership (1-based grade), score?}}: {@code normalized}
     * when the input asks for it, {@code score} when it gives grade scores.
     *
     * @param input the evaluation's input
     * @param result the composed vector B, raw
     * @return the result as JSON text
     */
    public static String json(FuzzyInput input, List<BigDecimal> result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("operator", input.operator().id());
        numbers(node.putArray("result"), result, SCALE);
        if (input.normalize()) {
            Optional<List<BigDecimal>> normalized = FuzzyEvaluation.normalized(result);
            if (normalized.isPresent()) {
                numbers(node.putArray("normalized"), normalized.get(), SCALE);
            } else {
                node.putNull("normalized");
            }
        }
        node.put("maxMembership", FuzzyEvaluation.maxMembership(result) + 1);
        if (!input.gradeScores().isEmpty()) {
            Optional<BigDecimal> score = FuzzyEvaluation.score(result, input.gradeScores());
            if (score.isPresent()) {
                node.put("score", shown(score.get()));
            } else {
                node.putNull("score");
            }
        }
        return DocumentFormat.text(node, Syntax.JSON, "fuzzy result");
    }

    private static BigDecimal shown(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Adds {@code values}, rounded to {@code scale} (as they are when negative). */
    private static void numbers(ArrayNode array, List<BigDecimal> values, int scale) {
        values.forEach(v -> array.add(scale < 0 ? (v.signum() == 0 ? BigDecimal.ZERO : v)
                : v.setScale(scale, RoundingMode.HALF_UP)));
    }
}
