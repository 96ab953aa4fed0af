package dev.mofan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the medians of a JMH JSON result ({@code benchmarks/run} writes {@code
 * benchmarks/target/jmh.json}) as a table, with the ratios the national-scale issue sets goals for.
 * A ratio whose benchmark did not run is shown as {@code –}.
 */
public final class ResultsTable {

    private ResultsTable() {
    }

    /** Reads {@code args[0]} and prints the table. */
    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText().replaceFirst("^dev\\.mofan\\.benchmarks\\.", "");
            List<Double> samples = new ArrayList<>();
            for (JsonNode fork : result.at("/primaryMetric/rawData")) {
                fork.forEach(sample -> samples.add(sample.asDouble()));
            }
            Collections.sort(samples);
            int n = samples.size();
            medians.put(name, n % 2 == 1 ? samples.get(n / 2) : (samples.get(n / 2 - 1) + samples.get(n / 2)) / 2);
            units.put(name, result.at("/primaryMetric/scoreUnit").asText());
        }
        System.out.printf(Locale.ROOT, "%-48s %18s  %s%n", "benchmark", "median", "unit");
        medians.forEach((name, median) -> System.out.printf(Locale.ROOT, "%-48s %,18.1f  %s%n", name, median,
                units.get(name)));
        System.out.println();
        ratio(medians, "mofanLean / aviatorBaseline (goal ≥ 20)", "mofanLean", "aviatorBaseline");
        ratio(medians, "mofan / aviatorBaseline (goal ≥ 2)", "mofan", "aviatorBaseline");
        ratio(medians, "mofanLean / easyRulesBaseline (goal ≥ 100)", "mofanLean", "easyRulesBaseline");
        ratio(medians, "plainLoopFloor / mofanLean (goal ≤ 5)", "plainLoopFloor", "mofanLean");
        ratio(medians, "plainLoopFloor / mofan", "plainLoopFloor", "mofan");
    }

    private static void ratio(Map<String, Double> medians, String label, String top, String bottom) {
        Double a = medians.get("EvaluateBenchmark." + top);
        Double b = medians.get("EvaluateBenchmark." + bottom);
        System.out.printf(Locale.ROOT, "%-48s %18s%n", label,
                a == null || b == null ? "–" : String.format(Locale.ROOT, "%.2f", a / b));
    }
}
