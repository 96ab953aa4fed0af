package dev.mofan.testkit;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.Dimension;
import dev.mofan.model.scheme.Indicator;
import dev.mofan.model.scheme.Item;
import dev.mofan.model.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence that earns every item of a scheme its maximum, for every subject the scheme assesses
 * in a directory: the starting point of a worked example, from which a test takes records away
 * (an item then scores what its missing policy gives) or adds deductions, bonuses and vetoes, so
 * that each subject's total is computed by hand as 100 minus what was taken. It knows the
 * built-in rules {@code check} (a true flag), {@code count} ({@code ⌈max ÷ per⌉}), {@code ratio}
 * (1), {@code tiers} (the top tier's threshold), {@code rating} (three ratings of {@code outOf},
 * or of the grade worth most, so that a trimmed mean keeps one), {@code direct} (the maximum) and
 * {@code deduct} (no record: no shortfall); an item of any other rule gets no record. A count of
 * distinct cases is given as that many records, each its own case.
 *
 * <p>Full marks are earned as long as the scheme allows them: a key read by two items of a kind gets
 * the first item's records only, a {@code count} capped below {@code max ÷ per} and a trimmed mean
 * trimming more than one rating at each end fall short, and an open-ended item has no maximum
 * ({@code IllegalArgumentException}). {@code FullMarksTest} checks the bundled schemes the
 * scenarios run, which earn 100.00 for every subject.
 *
 * <p>Record ids are {@code SUBJECT:KEY:N}; a key read by several items of a kind gets records once.
 */
public final class FullMarks {

    private FullMarks() {
    }

    /**
     * {@return records earning every item's maximum for every subject {@code scheme} assesses in
     * {@code directory}: orgs in tree order, then divisions by id}
     *
     * @param scheme the scheme
     * @param directory the org directory
     * @param period the period the records are of
     */
    public static List<EvidenceRecord> of(Scheme scheme, OrgDirectory directory, Period period) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (OrgUnit org : directory.tree().units()) {
            if (scheme.subjects().contains(org.kindId())) {
                records.addAll(of(scheme, org.id(), org.kindId(), period));
            }
        }
        if (scheme.subjects().contains(Division.KIND_ID)) {
            for (Division division : directory.divisions()) {
                records.addAll(of(scheme, division.id(), Division.KIND_ID, period));
            }
        }
        return records;
    }

    /**
     * {@return records earning every item's maximum for one subject of kind {@code kind}}
     *
     * @param scheme the scheme
     * @param subject the subject's id
     * @param kind its kind, one the scheme assesses
     * @param period the period the records are of
     */
    public static List<EvidenceRecord> of(Scheme scheme, String subject, String kind, Period period) {
        List<EvidenceRecord> records = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Dimension dimension : scheme.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                for (Item item : indicator.items()) {
                    String key = item.keys().get(0);
                    if ((item.subjects().isEmpty() || item.subjects().contains(kind)) && keys.add(key)) {
                        boolean cases = scheme.key(key).orElseThrow().combine() == Combination.DISTINCT_CASES;
                        List<Value> values = best(item);
                        if (cases && values.size() == 1) {
                            // Each case is one record: n cases of one each.
                            values = Collections.nCopies(((Value.Number) values.get(0)).value().intValueExact(),
                                    Value.of(1));
                        }
                        for (int n = 0; n < values.size(); n++) {
                            String id = subject + ":" + key + ":" + (n + 1);
                            EvidenceRecord record = EvidenceRecord.of(id, subject, key, period, values.get(n));
                            records.add(cases ? record.withCaseId(id) : record);
                        }
                    }
                }
            }
        }
        return records;
    }

    private static List<Value> best(Item item) {
        Map<String, Object> params = item.rule().params();
        BigDecimal max = item.maxPoints().orElseThrow(() -> new IllegalArgumentException(
                "The item " + item.id() + " is open-ended: it has no maximum to earn"));
        return switch (item.rule().id()) {
            case "check" -> List.of(Value.of(true));
            case "count" -> List.of(Value.of(max.divide(number(params.get("per")), 0, RoundingMode.CEILING)));
            case "ratio" -> List.of(Value.of(BigDecimal.ONE));
            case "tiers" -> List.of(Value.of(number(((Map<?, ?>) ((List<?>) params.get("tiers")).get(0)).get("atLeast"))));
            case "rating" -> Collections.nCopies(3, params.containsKey("outOf") ? Value.of(number(params.get("outOf")))
                    : Value.of(bestGrade((Map<?, ?>) params.get("grades"))));
            case "direct" -> List.of(Value.of(max));
            default -> List.of();
        };
    }

    private static String bestGrade(Map<?, ?> grades) {
        return grades.entrySet().stream().max(Comparator.comparing((Map.Entry<?, ?> e) -> number(e.getValue())))
                .orElseThrow().getKey().toString();
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
