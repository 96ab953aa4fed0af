package dev.mofan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mofan.core.campaign.Campaign;
import dev.mofan.core.campaign.Committee;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One scenario of {@code mofan demo --scenario}, read from the bundled {@code scenarios.yaml}: a
 * working system of the source documents as a campaign of bundled schemes over consecutive
 * periods, with the committee's naming limits, the scheme shown and its task catalogues.
 *
 * @param id the scenario's id, such as {@code henan}
 * @param name its name
 * @param source the source document it follows
 * @param schemes the bundled schemes, in review order
 * @param periods the consecutive periods, oldest first
 * @param committee the most named per period, by manual designation
 * @param show the scheme whose race, roll-ups and scorecard are shown
 * @param catalogues the bundled task catalogues that go with it
 * @param strongUnits the percentage of the sample's units that lean to full marks every period
 *     ({@link SampleEvidence#generate(dev.mofan.model.scheme.Scheme, dev.mofan.model.directory.OrgDirectory,
 *     Period, long, int)})
 */
record Scenario(String id, Label name, Label source, List<String> schemes, List<Period> periods,
        Map<String, Integer> committee, String show, List<String> catalogues, int strongUnits) {

    private static final Set<String> FIELDS = Set.of("id", "name", "source", "schemes", "periods", "committee", "show",
            "catalogues", "strongUnits");

    Scenario {
        schemes = List.copyOf(schemes);
        periods = List.copyOf(periods);
        committee = Map.copyOf(committee);
        catalogues = List.copyOf(catalogues);
    }

    /**
     * {@return the sample evidence of {@code scheme} for {@code period} on {@code province}, with
     * this scenario's strong units}
     *
     * @param scheme the scheme
     * @param province the org directory
     * @param period the period
     */
    Evidence sample(Scheme scheme, OrgDirectory province, Period period) {
        return SampleEvidence.generate(scheme, province, period,
                SampleEvidence.seed(period), strongUnits);
    }

    /** {@return the campaign this scenario runs} */
    Campaign campaign() {
        return Campaign.of(schemes.stream().map(BundledSchemes::get).toList()).committee(Committee.limited(committee));
    }

    /** {@return the ids of the bundled scenarios, in file order} */
    static List<String> ids() {
        return all().stream().map(Scenario::id).toList();
    }

    /**
     * {@return the bundled scenario {@code id}, if there is one}
     *
     * @param id the scenario's id
     */
    static Optional<Scenario> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The bundled scenarios. The file ships inside the jar and a test reads every scenario, so a
     * mistake in it is a bug of the build, reported as one.
     */
    static List<Scenario> all() {
        try (InputStream in = Scenario.class.getResourceAsStream("scenarios.yaml")) {
            if (in == null) {
                throw new IllegalStateException("scenarios.yaml is missing from the jar");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Scenario> scenarios = new ArrayList<>();
            for (JsonNode node : root.path("scenarios")) {
                scenarios.add(read(node));
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenarios.yaml", e);
        }
    }

    private static Scenario read(JsonNode node) {
        String id = node.path("id").asText();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new IllegalStateException("scenarios.yaml, scenario " + id + ": unknown field " + field.getKey());
            }
        }
        List<Period> periods = new ArrayList<>();
        Period period = Period.parse(node.path("periods").path("from").asText());
        Period last = Period.parse(node.path("periods").path("to").asText());
        while (period.compareTo(last) <= 0) {
            periods.add(period);
            period = period.next();
        }
        Map<String, Integer> committee = new LinkedHashMap<>();
        node.path("committee").properties().forEach(e -> committee.put(e.getKey(), e.getValue().intValue()));
        return new Scenario(id, label(node.path("name")), label(node.path("source")), texts(node.path("schemes")),
                periods, committee, node.path("show").asText(), texts(node.path("catalogues")),
                node.path("strongUnits").asInt(0));
    }

    private static Label label(JsonNode node) {
        return Label.of(node.path("zh").asText(), node.path("en").asText());
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        node.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
