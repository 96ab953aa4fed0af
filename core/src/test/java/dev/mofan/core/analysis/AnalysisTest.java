package dev.mofan.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.AnalysisFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.format.internal.AnalysisDocumentReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each method against a published worked example, to the decimals the source prints; where the
 * source rounded its intermediate figures, the tolerance says so. Sources are cited per test; where
 * a figure was read from a secondary transcription (a library's test of the paper), that is said too.
 */
class AnalysisTest {

    private static PairwiseMatrix matrix(String json) {
        return AnalysisFormat.read(json, Syntax.JSON, AnalysisDocumentReader::pairwise);
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static void sameTo(int decimals, List<BigDecimal> published, List<BigDecimal> computed) {
        assertEquals(published.size(), computed.size());
        for (int i = 0; i < published.size(); i++) {
            assertEquals(published.get(i).setScale(decimals, RoundingMode.HALF_UP),
                    computed.get(i).setScale(decimals, RoundingMode.HALF_UP), "entry " + i + " of " + computed);
        }
    }

    @Test
    void ahpSaatysDrinksExample() {
        // Saaty, T.L. (2008). Decision making with the analytic hierarchy process. Int. J. Services Sciences
        // 1(1), 83–98: relative consumption of drinks in the US, principal eigenvector; priorities printed to
        // 3 decimals (coffee .177, wine .019, tea .042, beer .116, soda .190, milk .129, water .327), CR .022
        // (as transcribed in the AHPy library's documentation).
        PairwiseMatrix drinks = matrix("""
                {"matrix": [[1, 9, 5, 2, 1, 1, "1/2"], ["1/9", 1, "1/3", "1/9", "1/9", "1/9", "1/9"],
                  ["1/5", 3, 1, "1/3", "1/4", "1/3", "1/9"], ["1/2", 9, 3, 1, "1/2", 1, "1/3"],
                  [1, 9, 4, 2, 1, 2, "1/2"], [1, 9, 3, 1, "1/2", 1, "1/3"], [2, 9, 9, 3, 2, 3, 1]]}""");
        AhpResult result = Ahp.weights(drinks, AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980);
        sameTo(3, decimals("0.177", "0.019", "0.042", "0.116", "0.190", "0.129", "0.327"), result.unrounded());
        assertEquals(new BigDecimal("0.022"), result.cr().setScale(3, RoundingMode.HALF_UP));
        assertTrue(result.consistent());
        // Shown to 4 decimals, they add up to exactly 1.
        assertEquals(decimals("0.1775", "0.0191", "0.0418", "0.1164", "0.1896", "0.1288", "0.3268"), result.weights());
    }

    @Test
    void ahpAnInconsistentMatrixIsReportedInconsistent() {
        // Esri, ArcGIS Pro 3.5 documentation, "Calculate the consistency ratio for pairwise comparison", table 1:
        // five site criteria whose weights are printed to 3 decimals — 0.235, 0.089, 0.136, 0.247, 0.294 —
        // computed as the mean of the normalised columns (our arithmetic-mean method); 0.333 there is 1/3.
        // The matrix is far from consistent (Dist_to_Road ≻ Dist_to_Elect 5 : 1, yet Dist_to_Elect ≻
        // Solar_Gain ≻ Dist_to_Road): λmax 6.4617, CR 0.3263 > 0.1.
        PairwiseMatrix site = matrix("""
                {"matrix": [[1, 3, 2, 2, "1/3"], ["1/3", 1, "1/2", 1, "1/5"], ["1/2", 2, 1, 1, "1/2"],
                  ["1/2", 1, 1, 1, 5], [3, 5, 2, "1/5", 1]]}""");
        AhpResult result = Ahp.weights(site, AhpMethod.ARITHMETIC_MEAN, RandomIndex.SAATY_1980);
        sameTo(3, decimals("0.235", "0.089", "0.136", "0.247", "0.294"), result.unrounded());
        assertEquals(new BigDecimal("0.3263"), result.cr().setScale(4, RoundingMode.HALF_UP));
        assertFalse(result.consistent());
        // Every method and every table agrees it is inconsistent.
        for (AhpMethod method : AhpMethod.values()) {
            for (RandomIndex table : RandomIndex.values()) {
                assertFalse(Ahp.weights(site, method, table).consistent(), method + " " + table);
            }
        }
    }

    @Test
    void ahpTheClassicThreeByThreeAndGlobalWeights() {
        // The matrix [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]] of many AHP introductions: eigenvector weights
        // 0.6370, 0.2583, 0.1047, λmax 3.0385, CI 0.0193, CR 0.0193 / 0.58 = 0.0332. Two levels: the second
        // criterion splits 0.5 : 0.5 between two sub-criteria, whose global weights are then 0.1291, 0.1291.
        AhpResult result = Ahp.weights(matrix("{\"matrix\": [[1, 3, 5], [\"1/3\", 1, 3], [\"1/5\", \"1/3\", 1]]}"),
                AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980);
        assertEquals(decimals("0.6370", "0.2583", "0.1047"), result.weights());
        assertEquals(new BigDecimal("3.0385"), result.lambdaMax().setScale(4, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.0332"), result.cr().setScale(4, RoundingMode.HALF_UP));
        List<BigDecimal> global = Ahp.global(result.unrounded(), List.of(List.of(BigDecimal.ONE),
                decimals("0.5", "0.5"), List.of(BigDecimal.ONE)));
        sameTo(4, decimals("0.6370", "0.1291", "0.1291", "0.1047"), global);
    }

    @Test
    void entropyWeightsOfPublishedMatrices() {
        // Xu, X. (2004). A note on the subjective and objective integrated approach to determine attribute
        // weights. EJOR 156(2), 530–532: weights 0.4630, 0.3992, 0.1378, 0.0000 (as transcribed in the
        // pyrepo-mcda library's tests); shares of the column sums. The fourth criterion barely varies.
        EntropyResult xu = EntropyWeights.of(List.of(decimals("30", "30", "38", "29"), decimals("19", "54", "86", "29"),
                decimals("19", "15", "85", "28.9"), decimals("68", "70", "60", "29")), Normalization.SUM,
                List.of(Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT));
        assertEquals(decimals("0.4630", "0.3992", "0.1378", "0.0000"), xu.weights());
        assertEquals(List.of(), xu.degenerate(), "nearly constant is not constant");
        // Zavadskas, E.K. and Podvezko, V. (2016). Integrated determination of objective criteria weights in
        // MCDM. IJITDM 15(2), 267–283: 0.1146, 0.1981, 0.4185, 0.2689 (same transcription, same variant).
        EntropyResult zp = EntropyWeights.of(List.of(decimals("3.0", "100", "10", "7"), decimals("2.5", "80", "8", "5"),
                decimals("1.8", "50", "20", "11"), decimals("2.2", "70", "12", "9")), Normalization.SUM,
                List.of(Direction.COST, Direction.BENEFIT, Direction.COST, Direction.BENEFIT));
        sameTo(4, decimals("0.1146", "0.1981", "0.4185", "0.2689"), zp.unrounded());
        // Rounded one by one the four would sum to 1.0001; shown, the largest-remainder rule takes the unit off
        // the smallest remainder (0.41845… → 0.4184) so that they sum to exactly 1.
        assertEquals(decimals("0.1146", "0.1981", "0.4184", "0.2689"), zp.weights());
    }

    @Test
    void entropyDegenerateCriteriaGetWeightZero() {
        // A constant criterion carries no information, by either normalisation; an all-zero one cannot be
        // normalised. Both get weight 0 and are named; the others share the whole weight.
        List<List<BigDecimal>> matrix = List.of(decimals("1", "5", "0", "2"), decimals("2", "5", "0", "7"),
                decimals("4", "5", "0", "3"));
        List<Direction> directions = List.of(Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT, Direction.COST);
        for (Normalization normalization : Normalization.values()) {
            EntropyResult result = EntropyWeights.of(matrix, normalization, directions);
            assertEquals(List.of(1, 2), result.degenerate(), normalization.id());
            assertEquals(new BigDecimal("0.0000"), result.weights().get(1));
            assertEquals(new BigDecimal("0.0000"), result.weights().get(2));
            assertEquals(0, BigDecimal.ONE.compareTo(result.weights().stream().reduce(BigDecimal.ZERO,
                    BigDecimal::add)));
        }
        assertThrows(IllegalArgumentException.class, () -> EntropyWeights.of(List.of(decimals("5"), decimals("5")),
                Normalization.SUM, List.of(Direction.BENEFIT)));
    }

    @Test
    void topsisErsoysExample() {
        // Ersoy, Y. (2021). Equipment selection for an e-commerce company using entropy-based TOPSIS, EDAS and
        // CODAS methods. LogForum 17(3): vector normalisation, Euclidean distances, entropy weights 0.405,
        // 0.221, 0.134, 0.199, 0.007, 0.034, the last two criteria costs (as transcribed in pyrepo-mcda's
        // tests). Published closeness 0.308, 0.254, 0.327, 0.263, 0.857, 0.192, ranking A5 > A3 > A1 > A4 >
        // A2 > A6. The paper rounded its intermediate figures: ours agree to within 0.001.
        List<List<BigDecimal>> matrix = List.of(decimals("256", "8", "41", "1.6", "1.77", "7347.16"),
                decimals("256", "8", "32", "1.0", "1.8", "6919.99"), decimals("256", "8", "53", "1.6", "1.9", "8400"),
                decimals("256", "8", "41", "1.0", "1.75", "6808.9"), decimals("512", "8", "35", "1.6", "1.7", "8479.99"),
                decimals("256", "4", "35", "1.6", "1.7", "7499.99"));
        TopsisResult result = Topsis.of(matrix, decimals("0.405", "0.221", "0.134", "0.199", "0.007", "0.034"),
                List.of(Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT, Direction.COST,
                        Direction.COST));
        List<BigDecimal> published = decimals("0.308", "0.254", "0.327", "0.263", "0.857", "0.192");
        for (int i = 0; i < 6; i++) {
            assertTrue(published.get(i).subtract(result.closeness().get(i)).abs()
                    .compareTo(new BigDecimal("0.001")) <= 0, "A" + (i + 1) + ": " + result.closeness().get(i));
        }
        assertEquals(List.of(5, 3, 1, 4, 2, 6), result.ranking());
    }

    @Test
    void topsisCanReverseRanksWhenAnAlternativeIsAdded() {
        // Two criteria, both benefits, equal weights. A = (5, 2), B = (8, 1): A is closer to the ideal,
        // C_A 0.5844 > C_B 0.4156. Add C = (6, 9): the ideals move (the second criterion's best is now 9),
        // and B overtakes A: C_A 0.1186 < C_B 0.2373 (C itself 0.8290). TOPSIS compares alternatives through
        // the set they are in; add one, and the others' order can change.
        List<BigDecimal> weights = decimals("0.5", "0.5");
        List<Direction> benefit = List.of(Direction.BENEFIT, Direction.BENEFIT);
        TopsisResult two = Topsis.of(List.of(decimals("5", "2"), decimals("8", "1")), weights, benefit);
        assertEquals(List.of(1, 2), two.ranking());
        sameTo(4, decimals("0.5844", "0.4156"), two.closeness());
        TopsisResult three = Topsis.of(List.of(decimals("5", "2"), decimals("8", "1"), decimals("6", "9")), weights,
                benefit);
        assertEquals(List.of(3, 2, 1), three.ranking());
        sameTo(4, decimals("0.1186", "0.2373", "0.8290"), three.closeness());
    }

    @Test
    void fuzzyMinMaxClothingExample() {
        // A textbook example of M(∧,∨) (主因素决定型) reproduced with its MATLAB run: clothing judged on colour,
        // style, durability and price into very popular … unpopular. For the first class of customers,
        // A1 = (0.1, 0.2, 0.3, 0.4): B1 = (0.2, 0.3, 0.4, 0.1) → 不太欢迎 (the third grade); for the second,
        // A2 = (0.4, 0.35, 0.15, 0.1): B2 = (0.35, 0.4, 0.2, 0.1) → 比较欢迎 (the second).
        List<List<BigDecimal>> r = List.of(decimals("0.2", "0.5", "0.2", "0.1"), decimals("0.7", "0.2", "0.1", "0"),
                decimals("0", "0.4", "0.5", "0.1"), decimals("0.2", "0.3", "0.5", "0"));
        List<BigDecimal> b1 = FuzzyEvaluation.compose(decimals("0.1", "0.2", "0.3", "0.4"), r, FuzzyOperator.MIN_MAX);
        sameTo(4, decimals("0.2", "0.3", "0.4", "0.1"), b1);
        assertEquals(2, FuzzyEvaluation.maxMembership(b1));
        List<BigDecimal> b2 = FuzzyEvaluation.compose(decimals("0.4", "0.35", "0.15", "0.1"), r, FuzzyOperator.MIN_MAX);
        sameTo(4, decimals("0.35", "0.4", "0.2", "0.1"), b2);
        assertEquals(1, FuzzyEvaluation.maxMembership(b2));
    }

    @Test
    void fuzzyWeightedAverageStaffExample() {
        // 司守奎《数学建模算法与应用》例14.2, an annual staff evaluation on 政治表现, 工作能力, 工作态度, 工作成绩
        // into 优秀, 良好, 一般, 较差, 差 with M(·,+); B = (0.175, 0.53, 0.275, 0.02, 0) → 良好 (as computed in
        // a transcription of the example; each entry checks by hand: b1 = 0.25 × 0.1 + 0.2 × 0.2 + 0.25 × 0.2
        // + 0.3 × 0.2 = 0.175).
        List<BigDecimal> b = FuzzyEvaluation.compose(decimals("0.25", "0.2", "0.25", "0.3"), List.of(
                decimals("0.1", "0.5", "0.4", "0.0", "0.0"), decimals("0.2", "0.5", "0.2", "0.1", "0.0"),
                decimals("0.2", "0.5", "0.3", "0.0", "0.0"), decimals("0.2", "0.6", "0.2", "0.0", "0.0")),
                FuzzyOperator.PRODUCT_SUM);
        sameTo(3, decimals("0.175", "0.53", "0.275", "0.02", "0"), b);
        assertEquals(1, FuzzyEvaluation.maxMembership(b));
        // With grade scores 95, 85, 75, 65, 50: 16.625 + 45.05 + 20.625 + 1.3 = 83.6 (B sums to 1).
        assertEquals(new BigDecimal("83.6000"), FuzzyEvaluation.score(b, decimals("95", "85", "75", "65", "50"))
                .orElseThrow().setScale(4, RoundingMode.HALF_UP));
        // M(∧,⊕) adds the minima and caps at 1: the second grade 0.25 + 0.2 + 0.25 + 0.3 = 1.0; the third
        // 0.25 + 0.2 + 0.25 + 0.2 = 0.9.
        sameTo(3, decimals("0.7", "1", "0.9", "0.1", "0"), FuzzyEvaluation.compose(decimals("0.25", "0.2", "0.25",
                "0.3"), List.of(decimals("0.1", "0.5", "0.4", "0.0", "0.0"), decimals("0.2", "0.5", "0.2", "0.1", "0.0"),
                decimals("0.2", "0.5", "0.3", "0.0", "0.0"), decimals("0.2", "0.6", "0.2", "0.0", "0.0")),
                FuzzyOperator.MIN_BOUNDEDSUM));
    }

    @Test
    void combinedWeightsAndShownWeights() {
        // Linear with α = 0.6: 0.6 × (0.5, 0.3, 0.2) + 0.4 × (0.2, 0.2, 0.6) = (0.38, 0.26, 0.36); multiplicative:
        // (0.10, 0.06, 0.12) / 0.28 = (0.357142…, 0.214285…, 0.428571…): cut to 0.3571, 0.2142, 0.4285, two
        // units short, which go to the two largest remainders (0.2142|857…, 0.4285|714…): 0.3571, 0.2143, 0.4286.
        List<BigDecimal> s = decimals("0.5", "0.3", "0.2");
        List<BigDecimal> o = decimals("0.2", "0.2", "0.6");
        sameTo(4, decimals("0.38", "0.26", "0.36"), CombinedWeights.of(s, o, CombinedWeights.Rule.LINEAR,
                new BigDecimal("0.6")));
        assertEquals(decimals("0.3571", "0.2143", "0.4286"), Weights.shown(CombinedWeights.of(s, o,
                CombinedWeights.Rule.MULTIPLICATIVE, BigDecimal.ONE), 4));
        // Thirds: each 0.3333 plus one unit to the first (ties go to the earlier), summing to exactly 1.
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), BigMath.MC);
        assertEquals(decimals("0.3334", "0.3333", "0.3333"), Weights.shown(List.of(third, third, third), 4));
    }
}
