package dev.mofan.core.engine.internal;

import dev.mofan.core.internal.PredicateKeys;
import dev.mofan.core.spi.ScoringRule;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.result.DerivedMaximum;
import dev.mofan.model.scheme.Adjustment;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.GradeBand;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Part;
import dev.mofan.model.scheme.Predicate;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checked scheme laid out for scoring: for each assessed kind, the dimensions, indicators and
 * items that apply to it with their maxima for that kind, the adjustments and vetoes that apply,
 * and the keys something reads. Immutable.
 */
public final class CompiledScheme {

    /**
     * The plan for one kind.
     *
     * @param parts the parts of a composite scheme with the deductions that apply; empty otherwise
     * @param readKeys the keys something reads for this kind
     * @param itemKeys the keys items read for this kind: the only ones self-assessment scores
     */
    public record KindPlan(String kind, List<DimensionPlan> dimensions, List<PartPlan> parts,
            List<Adjustment> deductions, List<Adjustment> bonuses, List<Veto> vetoes, Set<String> readKeys,
            Set<String> itemKeys) {
    }

    /** A part of a composite scheme as it applies to one kind. */
    public record PartPlan(Part part, List<Adjustment> deductions) {
    }

    /** A dimension as it applies to one kind; no maximum in an open-ended scheme. */
    public record DimensionPlan(Dimension dimension, Optional<BigDecimal> maxPoints, List<IndicatorPlan> indicators,
            List<Adjustment> deductions, List<Adjustment> bonuses) {
    }

    /** An indicator as it applies to one kind; no maximum in an open-ended scheme. */
    public record IndicatorPlan(Indicator indicator, Optional<BigDecimal> maxPoints, List<Item> items,
            List<Adjustment> deductions, List<Adjustment> bonuses) {
    }

    private final Scheme scheme;
    private final Map<String, ScoringRule> rules;
    private final Map<String, EvidenceKey> keys = new HashMap<>();
    private final Map<String, KindPlan> plans = new HashMap<>();
    private final Set<String> gateKeys;
    private final List<DerivedMaximum> derivedMaxima;
    private final byte[] schemeJson;
    private ColumnarPlan columnar;

    /**
     * Lays out {@code scheme}, whose items' rules are {@code rules} (by item id).
     *
     * @param scheme the scheme, checked
     * @param rules each item's configured rule, by item id
     */
    public CompiledScheme(Scheme scheme, Map<String, ScoringRule> rules) {
        this.scheme = scheme;
        this.rules = Map.copyOf(rules);
        scheme.keys().forEach(key -> keys.put(key.id(), key));
        Set<String> gateKeys = new HashSet<>();
        for (GradeBand band : scheme.grades()) {
            for (Predicate gate : band.gates()) {
                gateKeys.addAll(PredicateKeys.of(gate));
            }
        }
        this.gateKeys = Set.copyOf(gateKeys);
        this.derivedMaxima = DerivedMaxima.of(scheme);
        this.schemeJson = Fingerprint.schemeJson(scheme);
        for (String kind : scheme.subjects()) {
            Set<String> read = new HashSet<>(gateKeys);
            Set<String> itemKeys = new HashSet<>();
            List<DimensionPlan> dimensions = new ArrayList<>();
            for (Dimension dimension : scheme.dimensions()) {
                List<IndicatorPlan> indicators = new ArrayList<>();
                BigDecimal dimensionSum = BigDecimal.ZERO;
                for (Indicator indicator : dimension.indicators()) {
                    List<Item> items = new ArrayList<>();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Item item : indicator.items()) {
                        if (applies(item.subjects(), kind)) {
                            items.add(item);
                            sum = item.maxPoints().map(sum::add).orElse(sum);
                            read.addAll(item.keys());
                            itemKeys.addAll(item.keys());
                        }
                    }
                    if (!items.isEmpty()) {
                        List<Adjustment> deductions = applying(indicator.deductions(), kind, read);
                        List<Adjustment> bonuses = applying(indicator.bonuses(), kind, read);
                        Optional<BigDecimal> max = scheme.openEnded() ? Optional.empty()
                                : Optional.of(indicator.maxPoints().orElse(sum));
                        indicators.add(new IndicatorPlan(indicator, max, List.copyOf(items), deductions, bonuses));
                        dimensionSum = max.map(dimensionSum::add).orElse(dimensionSum);
                    }
                }
                if (!indicators.isEmpty()) {
                    dimensions.add(new DimensionPlan(dimension, scheme.openEnded() ? Optional.empty()
                            : Optional.of(dimension.maxPoints().orElse(dimensionSum)),
                            List.copyOf(indicators), applying(dimension.deductions(), kind, read),
                            applying(dimension.bonuses(), kind, read)));
                }
            }
            List<Veto> vetoes = new ArrayList<>();
            for (Veto veto : scheme.vetoes()) {
                if (applies(veto.subjects(), kind)) {
                    vetoes.add(veto);
                    read.addAll(PredicateKeys.of(veto.when()));
                }
            }
            List<PartPlan> parts = new ArrayList<>();
            for (Part part : scheme.parts()) {
                parts.add(new PartPlan(part, applying(part.deductions(), kind, read)));
            }
            plans.put(kind, new KindPlan(kind, List.copyOf(dimensions), List.copyOf(parts),
                    applying(scheme.deductions(), kind, read), applying(scheme.bonuses(), kind, read),
                    List.copyOf(vetoes), Set.copyOf(read), Set.copyOf(itemKeys)));
        }
    }

    private static boolean applies(List<String> subjects, String kind) {
        return subjects.isEmpty() || subjects.contains(kind);
    }

    private static List<Adjustment> applying(List<Adjustment> adjustments, String kind, Set<String> read) {
        List<Adjustment> applying = new ArrayList<>();
        for (Adjustment adjustment : adjustments) {
            if (applies(adjustment.subjects(), kind)) {
                applying.add(adjustment);
                read.add(adjustment.key());
            }
        }
        return List.copyOf(applying);
    }

    /** {@return the scheme laid out for scoring from columns, built on first use} */
    public synchronized ColumnarPlan columnar() {
        if (columnar == null) {
            columnar = new ColumnarPlan(this);
        }
        return columnar;
    }

    /** {@return the scheme} */
    public Scheme scheme() {
        return scheme;
    }

    /** {@return the maxima the scheme gave as weights, for the report} */
    public List<DerivedMaximum> derivedMaxima() {
        return derivedMaxima;
    }

    /**
     * {@return the configured rule of item {@code id}}
     *
     * @param itemId the item's id
     */
    public ScoringRule rule(String itemId) {
        return rules.get(itemId);
    }

    /**
     * {@return the declared key {@code id}, if any}
     *
     * @param id the key's id
     */
    public Optional<EvidenceKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** {@return the keys an item, a veto or a grade gate reads, for any kind} */
    public Set<String> readByItemsOrPredicates() {
        Set<String> read = new HashSet<>(gateKeys);
        for (KindPlan plan : plans.values()) {
            read.addAll(plan.itemKeys());
            plan.vetoes().forEach(veto -> read.addAll(PredicateKeys.of(veto.when())));
        }
        return Set.copyOf(read);
    }

    /** {@return the keys grade gates read} */
    public Set<String> gateKeys() {
        return gateKeys;
    }

    /**
     * {@return the plan for {@code kind}, if the scheme assesses it}
     *
     * @param kind the subject kind's id
     */
    public Optional<KindPlan> plan(String kind) {
        return Optional.ofNullable(plans.get(kind));
    }

    /**
     * {@return the fingerprint of this scheme with these inputs ({@link Fingerprint}), the scheme's part
     * written once, when it was compiled}
     *
     * @param directory the org directory
     * @param evidence the evidence
     */
    public String fingerprint(OrgDirectory directory, Evidence evidence) {
        return Fingerprint.of(schemeJson, directory, evidence);
    }
}
