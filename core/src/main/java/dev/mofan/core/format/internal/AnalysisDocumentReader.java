package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.core.analysis.Direction;
import dev.mofan.core.analysis.EntropyInput;
import dev.mofan.core.analysis.FuzzyInput;
import dev.mofan.core.analysis.FuzzyOperator;
import dev.mofan.core.analysis.PairwiseMatrix;
import dev.mofan.core.analysis.TopsisInput;
import dev.mofan.core.spi.Fraction;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the trees of the analysis inputs (docs/analysis.md) into their values, reporting every
 * problem at its path: a pairwise matrix {@code {matrix}}, an entropy input {@code {matrix,
 * criteria?}}, a TOPSIS input {@code {matrix, weights, criteria}} and a fuzzy input {@code {weights,
 * membership, operator, normalize?, gradeScores?}}.
 */
public final class AnalysisDocumentReader {

    /** Top-level sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("matrix", "weights", "criteria", "membership", "gradeScores");
    private static final Pattern FRACTION = Pattern.compile("\\s*(-?\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");
    private static final Label CRITERION = Label.of("指标方向", "criterion");
    private static final Label OPERATOR = Label.of("合成算子", "operator");
    private static final String UNIT = "[0, 1]";
    private static final Label COLUMNS = Label.of("列（指标）", "columns");
    private static final Label ROWS = Label.of("行（因素）", "rows");
    private static final Label GRADES = Label.of("列（等级）", "grades");

    private final Violations out;

    private AnalysisDocumentReader(Violations out) {
        this.out = out;
    }

    /**
     * {@code {matrix: [[1, "1/3", 5], …]}} as a pairwise matrix.
     *
     * @param root the document's root
     * @param out where problems are reported
     * @return the matrix, or empty when the document has a problem (reported)
     */
    public static Optional<PairwiseMatrix> pairwise(JsonNode root, Violations out) {
        AnalysisDocumentReader reader = new AnalysisDocumentReader(out);
        return reader.document(root, List.of("matrix")).flatMap(doc -> {
            List<List<Fraction>> rows = reader.fractions(doc, "matrix");
            if (!out.isEmpty()) {
                return Optional.empty();
            }
            reader.checkPairwise(doc, rows);
            return out.isEmpty() ? Optional.of(new PairwiseMatrix(rows)) : Optional.empty();
        });
    }

    /**
     * {@code {matrix, criteria?}}.
     *
     * @param root the document's root
     * @param out where problems are reported
     * @return the input, or empty when the document has a problem (reported)
     */
    public static Optional<EntropyInput> entropy(JsonNode root, Violations out) {
        AnalysisDocumentReader reader = new AnalysisDocumentReader(out);
        return reader.document(root, List.of("matrix", "criteria")).flatMap(doc -> {
            List<List<BigDecimal>> matrix = reader.decimals(doc, "matrix", 2, false);
            int columns = matrix.isEmpty() ? 0 : matrix.get(0).size();
            List<Direction> directions = doc.has("criteria") ? reader.directions(doc, columns) : null;
            if (!out.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(directions == null ? EntropyInput.of(matrix) : new EntropyInput(matrix, directions));
        });
    }

    /**
     * {@code {matrix, weights, criteria}}.
     *
     * @param root the document's root
     * @param out where problems are reported
     * @return the input, or empty when the document has a problem (reported)
     */
    public static Optional<TopsisInput> topsis(JsonNode root, Violations out) {
        AnalysisDocumentReader reader = new AnalysisDocumentReader(out);
        return reader.document(root, List.of("matrix", "weights", "criteria")).flatMap(doc -> {
            List<List<BigDecimal>> matrix = reader.decimals(doc, "matrix", 1, false);
            int columns = matrix.isEmpty() ? 0 : matrix.get(0).size();
            List<BigDecimal> weights = reader.vector(doc, "weights", columns, COLUMNS, Bound.NON_NEGATIVE);
            List<Direction> directions = reader.directions(doc, columns);
            if (!out.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TopsisInput(matrix, weights, directions));
        });
    }

    /**
     * {@code {weights, membership, operator, normalize?, gradeScores?}}.
     *
     * @param root the document's root
     * @param out where problems are reported
     * @return the input, or empty when the document has a problem (reported)
     */
    public static Optional<FuzzyInput> fuzzy(JsonNode root, Violations out) {
        AnalysisDocumentReader reader = new AnalysisDocumentReader(out);
        return reader.document(root, List.of("weights", "membership", "operator", "normalize", "gradeScores"))
                .flatMap(doc -> {
                    List<List<BigDecimal>> membership = reader.decimals(doc, "membership", 1, true);
                    List<BigDecimal> weights = reader.vector(doc, "weights", membership.size(), ROWS, Bound.UNIT);
                    Read<FuzzyOperator> operator = doc.term("operator", FuzzyOperator.class, OPERATOR, true);
                    Read<Boolean> normalize = doc.bool("normalize");
                    List<BigDecimal> scores = doc.has("gradeScores") ? reader.vector(doc, "gradeScores",
                            membership.isEmpty() ? 0 : membership.get(0).size(), GRADES, Bound.ANY) : List.of();
                    if (!out.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new FuzzyInput(weights, membership, operator.value(),
                            normalize.orElse(false), scores));
                });
    }

    /**
     * The pairwise matrix in the field {@code matrix} of {@code object} (a scheme level's
     * {@code judgements}), every problem reported at its path; empty when any was.
     */
    static Optional<PairwiseMatrix> pairwise(NodeReader object, Violations out) {
        AnalysisDocumentReader reader = new AnalysisDocumentReader(out);
        int before = out.total();
        List<List<Fraction>> rows = reader.fractions(object, "matrix");
        if (out.total() != before) {
            return Optional.empty();
        }
        reader.checkPairwise(object, rows);
        return out.total() == before ? Optional.of(new PairwiseMatrix(rows)) : Optional.empty();
    }

    private Optional<NodeReader> document(JsonNode root, List<String> fields) {
        return NodeReader.object(root, Where.ROOT, out).map(doc -> doc.allowOnly(fields));
    }

    /** A list of rows of exact fractions; each entry a number or a text such as 1/3. */
    private List<List<Fraction>> fractions(NodeReader doc, String name) {
        List<List<Fraction>> rows = new ArrayList<>();
        doc.each(name, true, (node, at) -> NodeReader.array(node, at, out).ifPresent(entries -> {
            List<Fraction> row = new ArrayList<>();
            for (int j = 0; j < entries.size(); j++) {
                row.add(fraction(entries.get(j), at.index(j)));
            }
            rows.add(row);
        }));
        return rows;
    }

    private Fraction fraction(JsonNode value, Where at) {
        if (value.isNumber()) {
            return Fraction.of(value.decimalValue());
        }
        if (value.isTextual()) {
            Matcher m = FRACTION.matcher(value.textValue());
            if (m.matches() && !m.group(2).equals("0") && Long.parseLong(m.group(2)) > 0) {
                return Fraction.of(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
            }
        }
        out.add(at.path(), AnalysisProblems.ENTRY, new Verbatim(value.isTextual() ? value.textValue() : value.toString()));
        return null;
    }

    private void checkPairwise(NodeReader doc, List<List<Fraction>> rows) {
        int n = rows.size();
        Where matrix = doc.at("matrix");
        if (n < 1 || n > PairwiseMatrix.MAX_ORDER) {
            out.add(matrix.path(), AnalysisProblems.ORDER, PairwiseMatrix.MAX_ORDER, n);
            return;
        }
        boolean square = true;
        for (int i = 0; i < n; i++) {
            if (rows.get(i).size() != n) {
                out.add(matrix.index(i).path(), AnalysisProblems.NOT_SQUARE, rows.get(i).size(), n);
                square = false;
            }
        }
        if (!square) {
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Fraction a = rows.get(i).get(j);
                Where at = matrix.index(i).index(j);
                if (!PairwiseMatrix.onScale(a)) {
                    out.add(at.path(), AnalysisProblems.SCALE, new Verbatim(text(a)));
                } else if (i == j && !a.sameValue(Fraction.ONE)) {
                    out.add(at.path(), AnalysisProblems.DIAGONAL, new Verbatim(text(a)));
                } else if (j > i && PairwiseMatrix.onScale(rows.get(j).get(i))
                        && !a.multiply(rows.get(j).get(i)).sameValue(Fraction.ONE)) {
                    out.add(matrix.index(j).index(i).path(), AnalysisProblems.RECIPROCAL,
                            new Verbatim(text(rows.get(j).get(i))), new Verbatim(text(a)), new Verbatim(at.path()));
                }
            }
        }
    }

    private static String text(Fraction a) {
        return a.denominator().compareTo(BigDecimal.ONE) == 0 ? a.numerator().stripTrailingZeros().toPlainString()
                : a.numerator().stripTrailingZeros().toPlainString() + "/" + a.denominator().stripTrailingZeros()
                        .toPlainString();
    }

    /** Rows of numbers, at least {@code minRows}, all as long as the first; in [0, 1] when {@code unit}. */
    private List<List<BigDecimal>> decimals(NodeReader doc, String name, int minRows, boolean unit) {
        List<List<BigDecimal>> rows = new ArrayList<>();
        boolean present = doc.each(name, true, (node, at) -> NodeReader.array(node, at, out).ifPresent(entries -> {
            List<BigDecimal> row = new ArrayList<>();
            for (int j = 0; j < entries.size(); j++) {
                row.add(number(entries.get(j), at.index(j), unit));
            }
            if (!rows.isEmpty() && row.size() != rows.get(0).size()) {
                out.add(at.path(), AnalysisProblems.ROW_LENGTH, row.size(), rows.get(0).size());
            }
            rows.add(row);
        }));
        if (present && rows.size() < minRows) {
            out.add(doc.at(name).path(), AnalysisProblems.ROWS, minRows, rows.size());
        }
        if (present && !rows.isEmpty() && rows.get(0).isEmpty()) {
            out.add(doc.at(name).index(0).path(), AnalysisProblems.ROW_LENGTH, 0, 1);
        }
        return rows;
    }

    /** The bounds a number must keep. */
    private enum Bound { ANY, NON_NEGATIVE, UNIT }

    /** A list of {@code expected} numbers (any count when 0) within {@code bound}; {@code of} names what is counted. */
    private List<BigDecimal> vector(NodeReader doc, String name, int expected, Label of, Bound bound) {
        Read<List<JsonNode>> values = doc.array(name, true);
        if (!values.ok() || !values.present()) {
            return List.of();
        }
        List<BigDecimal> vector = new ArrayList<>();
        for (int i = 0; i < values.value().size(); i++) {
            Where at = doc.at(name).index(i);
            BigDecimal value = number(values.value().get(i), at, bound == Bound.UNIT);
            if (bound == Bound.NON_NEGATIVE && value != null && value.signum() < 0) {
                out.add(at.path(), AnalysisProblems.RANGE, new Verbatim(value.toPlainString()), new Verbatim("[0, ∞)"));
            }
            vector.add(value);
        }
        if (expected > 0 && vector.size() != expected) {
            out.add(doc.at(name).path(), AnalysisProblems.LENGTH, vector.size(), expected, of);
        }
        return vector;
    }

    private BigDecimal number(JsonNode value, Where at, boolean unit) {
        Read<BigDecimal> number = NodeReader.decimal(value, at, out);
        if (!number.ok() || !number.present()) {
            return null;
        }
        if (unit && (number.value().signum() < 0 || number.value().compareTo(BigDecimal.ONE) > 0)) {
            out.add(at.path(), AnalysisProblems.RANGE, new Verbatim(number.value().toPlainString()), new Verbatim(UNIT));
        }
        return number.value();
    }

    private List<Direction> directions(NodeReader doc, int columns) {
        Read<List<JsonNode>> values = doc.array("criteria", true);
        if (!values.ok() || !values.present()) {
            return List.of();
        }
        List<Direction> directions = new ArrayList<>();
        for (int i = 0; i < values.value().size(); i++) {
            JsonNode value = values.value().get(i);
            Optional<Direction> direction = value.isTextual() ? Term.find(Direction.class, value.textValue())
                    : Optional.empty();
            if (direction.isEmpty()) {
                out.add(doc.at("criteria").index(i).path(), FormatProblems.UNKNOWN_VALUE, CRITERION,
                        value.isTextual() ? value.textValue() : value.toString(), new Verbatim(Term.ids(Direction.class)));
            } else {
                directions.add(direction.get());
            }
        }
        if (columns > 0 && values.value().size() != columns) {
            out.add(doc.at("criteria").path(), AnalysisProblems.LENGTH, values.value().size(), columns, COLUMNS);
        }
        return directions;
    }
}
