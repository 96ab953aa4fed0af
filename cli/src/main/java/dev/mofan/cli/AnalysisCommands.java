package dev.mofan.cli;

import dev.mofan.core.analysis.Ahp;
import dev.mofan.core.analysis.AhpMethod;
import dev.mofan.core.analysis.EntropyInput;
import dev.mofan.core.analysis.EntropyWeights;
import dev.mofan.core.analysis.FuzzyEvaluation;
import dev.mofan.core.analysis.FuzzyInput;
import dev.mofan.core.analysis.Normalization;
import dev.mofan.core.analysis.PairwiseMatrix;
import dev.mofan.core.analysis.RandomIndex;
import dev.mofan.core.analysis.Topsis;
import dev.mofan.core.analysis.TopsisInput;
import dev.mofan.core.format.AnalysisFormat;
import dev.mofan.model.error.Violation;
import dev.mofan.model.text.Language;
import dev.mofan.model.text.Term;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The analysis commands (docs/analysis.md): JSON in, JSON out, exit 0 whenever a result is computed
 * (an inconsistent AHP matrix included: {@code consistent} says so), 2 for malformed input.
 */
final class AnalysisCommands {

    private AnalysisCommands() {
    }

    /**
     * Reads {@code file} with {@code reader} and prints what {@code compute} makes of it: exit 0, or 2
     * with every problem of the file at its path.
     */
    private static <T> int compute(CommandSpec spec, Path file, Language language, Function<Path, T> reader,
            Function<T, String> compute) {
        PrintWriter out = spec.commandLine().getOut();
        Optional<T> read = CliFiles.read(file, reader, language, out);
        if (read.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        out.print(compute.apply(read.get()));
        out.flush();
        return ExitCodes.OK;
    }

    /** The term of {@code type} named {@code id}, or the option's problem printed on {@code err}. */
    private static <E extends Enum<E> & Term> Optional<E> term(Class<E> type, String option, String id,
            Language language, PrintWriter err) {
        Optional<E> term = Term.find(type, id);
        if (term.isEmpty()) {
            CliProblems.option(err, language, CliProblems.OPTION_TERM, option, id, Term.ids(type));
        }
        return term;
    }

    /** {@code mofan ahp}. */
    @Command(name = "ahp", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "AHP (层次分析法) weights of a pairwise comparison matrix {\"matrix\": [[1, \"1/3\", 5], …]} on "
                    + "Saaty's 1–9 scale, with λmax, CI and CR: {method, weights, lambdaMax, ci, cr, consistent, …}.")
    static final class AhpCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--matrix", required = true, paramLabel = "FILE", description = "The pairwise matrix.")
        private Path matrix;

        @Option(names = "--method", paramLabel = "METHOD", defaultValue = "eigenvector",
                description = "eigenvector, geometric-mean or arithmetic-mean (default: ${DEFAULT-VALUE}).")
        private String method;

        @Option(names = "--ri", paramLabel = "TABLE", defaultValue = "saaty-1980",
                description = "The random-index table: saaty-1980, saaty-2005 or alonso-lamata-2006 (default: ${DEFAULT-VALUE}).")
        private String ri;

        @Option(names = "--threshold", paramLabel = "CR", defaultValue = "0.1",
                description = "The CR at or below which the matrix is consistent (default: ${DEFAULT-VALUE}).")
        private BigDecimal threshold;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<AhpMethod> how = term(AhpMethod.class, "--method", method, lang.language, err);
            Optional<RandomIndex> table = term(RandomIndex.class, "--ri", ri, lang.language, err);
            if (how.isEmpty() || table.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            return compute(spec, matrix, lang.language, AnalysisFormat::readMatrix, (PairwiseMatrix read) ->
                    AnalysisFormat.json(Ahp.weights(read, how.get(), table.get(), threshold)));
        }
    }

    /** {@code mofan entropy}. */
    @Command(name = "entropy", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "Entropy weights (熵权法) of the criteria of {\"matrix\": [[…], …]} (rows alternatives, columns "
                    + "criteria; optional \"criteria\": [\"benefit\", \"cost\", …] for min-max): {weights, …}.")
    static final class EntropyCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--matrix", required = true, paramLabel = "FILE", description = "The decision matrix.")
        private Path matrix;

        @Option(names = "--normalization", paramLabel = "HOW", defaultValue = "sum",
                description = "sum or min-max (default: ${DEFAULT-VALUE}).")
        private String normalization;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<Normalization> how = term(Normalization.class, "--normalization", normalization, lang.language,
                    err);
            if (how.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            Optional<EntropyInput> read = CliFiles.read(matrix, AnalysisFormat::readEntropy, lang.language, out);
            if (read.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            List<List<BigDecimal>> values = read.get().matrix();
            boolean negative = false;
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.get(i).size(); j++) {
                    if (how.get() == Normalization.SUM && values.get(i).get(j).signum() < 0) {
                        out.println(Violation.of("$.matrix[" + i + "][" + j + "]", CliProblems.ENTROPY_NEGATIVE,
                                new Violation.Verbatim(values.get(i).get(j).toPlainString())).line(lang.language));
                        negative = true;
                    }
                }
            }
            if (negative) {
                out.flush();
                return ExitCodes.INVALID_INPUT;
            }
            try {
                out.print(AnalysisFormat.json(EntropyWeights.of(values, how.get(), read.get().directions())));
            } catch (IllegalArgumentException e) {
                CliProblems.option(err, lang.language, CliProblems.ENTROPY_DEGENERATE);
                return ExitCodes.INVALID_INPUT;
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code mofan topsis}. */
    @Command(name = "topsis", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "TOPSIS ranking of {\"matrix\": […], \"weights\": […], \"criteria\": [\"benefit\", \"cost\", "
                    + "…]}: {closeness, ranking}, ranking the alternatives' 1-based indices, best first.")
    static final class TopsisCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--input", required = true, paramLabel = "FILE", description = "The input.")
        private Path input;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            return compute(spec, input, lang.language, AnalysisFormat::readTopsis, (TopsisInput read) ->
                    AnalysisFormat.json(Topsis.of(read.matrix(), read.weights(), read.directions())));
        }
    }

    /** {@code mofan fuzzy}. */
    @Command(name = "fuzzy", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
            description = "Fuzzy comprehensive evaluation (模糊综合评价) B = W ∘ R of {\"weights\": […], \"membership\": "
                    + "[[…]], \"operator\": \"min-max\"|\"product-max\"|\"min-boundedsum\"|\"product-sum\"}: {result}; "
                    + "with \"normalize\": true also {normalized}; with \"gradeScores\" also {score}.")
    static final class FuzzyCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--input", required = true, paramLabel = "FILE", description = "The input.")
        private Path input;

        @Mixin
        private LanguageOption lang;

        @Override
        public Integer call() {
            return compute(spec, input, lang.language, AnalysisFormat::readFuzzy, (FuzzyInput read) ->
                    AnalysisFormat.json(read, FuzzyEvaluation.compose(read.weights(), read.membership(),
                            read.operator())));
        }
    }
}
