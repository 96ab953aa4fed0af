package dev.mofan.core.engine.internal;

import dev.mofan.core.engine.internal.EvidenceIndex.Counted;
import dev.mofan.core.internal.Decimals;
import dev.mofan.core.spi.Fraction;
import dev.mofan.core.spi.KeyEvidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.scheme.Combination;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.KeyType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Combines one subject's records of one key under the key's combination (docs/scheme-format.md, Keys). */
final class Combiner {

    private Combiner() {
    }

    /** The latest record: latest {@code recordedAt} (none counts earliest), then latest period end, then greatest id. */
    static Comparator<Counted> latestLast(ZoneId zone) {
        return Comparator.comparing((Counted c) -> c.record().recordedAt().map(t -> t.toInstant(zone)).orElse(Instant.MIN))
                .thenComparing(c -> c.record().period().end())
                .thenComparing(c -> c.record().id());
    }

    static KeyEvidence combine(EvidenceKey key, List<Counted> records, ZoneId zone) {
        List<KeyEvidence.Recorded> seen = new ArrayList<>(records.size());
        List<Fraction> numbers = new ArrayList<>(records.size());
        for (Counted counted : records) {
            EvidenceRecord record = counted.record();
            seen.add(new KeyEvidence.Recorded(record.id(), record.value(), record.caseId(), counted.exact()));
            counted.exact().ifPresent(numbers::add);
        }
        if (records.isEmpty()) {
            boolean zero = key.type() == KeyType.COUNT || key.type() == KeyType.AMOUNT || key.type() == KeyType.POINTS;
            boolean flag = key.type() == KeyType.FLAG;
            return new KeyEvidence(key, seen, zero || flag ? Optional.of(Fraction.ZERO) : Optional.empty(),
                    flag ? Optional.of(false) : Optional.empty(), Optional.empty());
        }
        // Finding the latest record sorts by instant; only a latest value or a text needs it.
        Counted latest = key.combine() == Combination.LATEST || key.isGraded()
                ? records.stream().max(latestLast(zone)).orElseThrow() : null;
        Optional<String> text = latest != null && latest.record().value() instanceof Value.Text t
                ? Optional.of(t.value()) : Optional.empty();
        Optional<Fraction> number = numbers.isEmpty() && key.combine() != Combination.DISTINCT_CASES
                ? Optional.empty() : switch (key.combine()) {
            case SUM -> Optional.of(Decimals.sum(numbers));
            case MAX -> numbers.stream().max(Fraction::compareTo);
            case MIN -> numbers.stream().min(Fraction::compareTo);
            case LATEST -> latest.exact();
            case MEAN -> Optional.of(Decimals.mean(numbers));
            case MEDIAN -> Optional.of(Decimals.median(numbers));
            case TRIMMED_MEAN -> Optional.of(Decimals.trimmedMean(numbers, key.trim()));
            case DISTINCT_CASES -> Optional.of(Fraction.of(BigDecimal.valueOf(cases(records))));
        };
        if (key.isGraded() && key.combine() != Combination.DISTINCT_CASES) {
            number = Optional.empty();
        } else {
            text = Optional.empty();
        }
        Optional<Boolean> flag = key.type() == KeyType.FLAG ? number.map(n -> n.signum() > 0) : Optional.empty();
        return new KeyEvidence(key, seen, number, flag, text);
    }

    /** The number of distinct cases: a record's case id, or its own id without one. */
    static int cases(List<Counted> records) {
        Set<String> cases = new HashSet<>();
        for (Counted counted : records) {
            cases.add(caseOf(counted));
        }
        return cases.size();
    }

    /** The case a record belongs to: its case id, or its own id (marked, so it never meets a case id). */
    static String caseOf(Counted counted) {
        return counted.record().caseId().orElse("\u0000" + counted.record().id());
    }

    /** Each distinct case's latest record ({@link #latestLast}), cases in the order they first appear. */
    static List<Counted> latestByCase(List<Counted> records, ZoneId zone) {
        Comparator<Counted> order = latestLast(zone);
        Map<String, Counted> latest = new LinkedHashMap<>();
        for (Counted counted : records) {
            latest.merge(caseOf(counted), counted, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        return List.copyOf(latest.values());
    }
}
