package dev.mofan.core.derive;

import dev.mofan.model.error.Violation;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.scheme.DerivedSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The records {@link Derivations#derive} gives, and what it could not use: the derived keys whose
 * source was not given, and the entries of each source counted nowhere (at orgs the directory does
 * not hold, or a meeting recorded twice), reported rather than dropped.
 *
 * @param records one record per org whose kind reads a derived key, in tree order, then key order;
 *     ids {@code SOURCE:ORG:KEY}
 * @param notDerived the derived keys, in declaration order, whose source was not given
 * @param unused by source, each entry counted nowhere, at its path: at an org the directory does not
 *     hold ({@code $.problems[3].org}), or a meeting recorded twice
 */
public record DerivedEvidence(List<EvidenceRecord> records, List<String> notDerived,
        Map<DerivedSource, List<Violation>> unused) {

    /**
     * Copies the lists; a source without unknown orgs has no entry.
     *
     * @param records one record per org whose kind reads a derived key, in tree order, then key order; ids
     *     {@code SOURCE:ORG:KEY}
     * @param notDerived the derived keys, in declaration order, whose source was not given
     * @param unused by source, each entry counted nowhere, at its path: at an org the directory does not hold
     *     ({@code $.problems[3].org}), or a meeting recorded twice
     */
    public DerivedEvidence {
        records = List.copyOf(records);
        notDerived = List.copyOf(notDerived);
        Map<DerivedSource, List<Violation>> copy = new EnumMap<>(DerivedSource.class);
        Objects.requireNonNull(unused, "unused").forEach((source, list) -> {
            if (!list.isEmpty()) {
                copy.put(source, List.copyOf(list));
            }
        });
        unused = Collections.unmodifiableMap(copy);
    }

    /** {@return the records as evidence, to evaluate alone} */
    public Evidence evidence() {
        return Evidence.of(records);
    }

    /**
     * {@return {@code entered}'s records followed by these: the evidence of one evaluation}
     *
     * @param entered the evidence entered as it is
     */
    public Evidence addedTo(Evidence entered) {
        List<EvidenceRecord> all = new ArrayList<>(entered.records());
        all.addAll(records);
        return Evidence.of(all);
    }
}
