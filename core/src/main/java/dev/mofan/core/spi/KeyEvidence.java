package dev.mofan.core.spi;

import dev.mofan.model.evidence.Value;
import dev.mofan.model.scheme.EvidenceKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The records of one key for the subject being scored, and their combination under the key's
 * {@code combine}.
 *
 * @param key the key, as the scheme declares it
 * @param records the counted records, in a fixed order (by record id)
 * @param exact the combined number exactly (counts, amounts, points, ratios, numeric ratings; a
 *     flag as 1 or 0; a mean as sum / n); for a key without records, 0 where the scheme format
 *     says so, else empty
 * @param flag the combined flag for a flag key (false without records)
 * @param text the combined text for a category or graded rating key
 */
public record KeyEvidence(EvidenceKey key, List<Recorded> records, Optional<Fraction> exact,
        Optional<Boolean> flag, Optional<String> text) {

    /**
     * Copies the list.
     *
     * @param key the key, as the scheme declares it
     * @param records the counted records, in a fixed order (by record id)
     * @param exact the combined number exactly (counts, amounts, points, ratios, numeric ratings; a flag as 1 or 0; a
     *     mean as sum / n); for a key without records, 0 where the scheme format says so, else empty
     * @param flag the combined flag for a flag key (false without records)
     * @param text the combined text for a category or graded rating key
     */
    public KeyEvidence {
        Objects.requireNonNull(key, "key");
        records = List.copyOf(records);
    }

    /** {@return whether there is no record} */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /**
     * {@return the combined number as a decimal of at most 34 significant digits: exact for sums, counts
     * and written decimals, an approximation for a mean or a ratio such as 2/3} Rules that multiply
     * it into points should use {@link #exact()} and return a {@link Fraction}.
     */
    public Optional<BigDecimal> number() {
        return exact.map(Fraction::approximate);
    }

    /**
     * One counted record as a rule sees it.
     *
     * @param id the record's id
     * @param value the record's value as written
     * @param caseId the case it belongs to, if any
     * @param exact the value as a number, when it is one (a ratio text as its fraction, a flag as 1 or 0)
     */
    public record Recorded(String id, Value value, Optional<String> caseId, Optional<Fraction> exact) {

        /** {@return the value as a decimal of at most 34 significant digits, when it is a number} */
        public Optional<BigDecimal> number() {
            return exact.map(Fraction::approximate);
        }
    }
}
