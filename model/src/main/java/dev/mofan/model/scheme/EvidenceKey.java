package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An evidence key a scheme declares: what records under it hold and how several of them combine.
 * Items, adjustments, vetoes and gates read keys, and one key may feed several of them.
 *
 * @param id the key's id, which evidence records name
 * @param name the key's name, in both languages
 * @param type what a record's value is
 * @param combine how several records of one subject, key and period combine into one value
 * @param values allowed text values (a category's values, or a rating's grades, best first); may be empty
 * @param trim for {@link Combination#TRIMMED_MEAN}: how many highest and how many lowest values are dropped
 * @param derived where the key's records come from when a ledger or the activity log gives them; empty
 *     for records entered as they are
 */
public record EvidenceKey(String id, Label name, KeyType type, Combination combine, List<String> values, int trim,
        Optional<Derivation> derived) {

    /**
     * Checks every part.
     *
     * @param id the key's id, which evidence records name
     * @param name the key's name, in both languages
     * @param type what a record's value is
     * @param combine how several records of one subject, key and period combine into one value
     * @param values allowed text values (a category's values, or a rating's grades, best first); may be empty
     * @param trim for {@link Combination#TRIMMED_MEAN}: how many highest and how many lowest values are dropped
     * @param derived where the key's records come from when a ledger or the activity log gives them; empty for records
     *     entered as they are
     */
    public EvidenceKey {
        Identifiers.require(id, "key id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(combine, "combine");
        values = SchemeChecks.ids(values, "key value");
        if (trim < 0) {
            throw new IllegalArgumentException("trim must be >= 0 but was " + trim);
        }
        Objects.requireNonNull(derived, "derived");
        if (derived.isPresent() && derived.get().figure().keyType() != type) {
            throw new IllegalArgumentException("Key " + id + " of type " + type.id() + " cannot hold the figure "
                    + derived.get().figure().id() + ", a " + derived.get().figure().keyType().id());
        }
        if (!allowedCombinations(type, values).contains(combine)) {
            throw new IllegalArgumentException("Key " + id + " of type " + type.id() + " cannot combine by "
                    + combine.id() + "; allowed: " + allowedCombinations(type, values));
        }
    }

    /**
     * A key whose records are entered as they are, not derived.
     *
     * @param id the key's id, which evidence records name
     * @param name the key's name, in both languages
     * @param type what a record's value is
     * @param combine how several records of one subject, key and period combine into one value
     * @param values allowed text values (a category's values, or a rating's grades, best first); may be empty
     * @param trim for {@link Combination#TRIMMED_MEAN}: how many highest and how many lowest values are dropped
     */
    public EvidenceKey(String id, Label name, KeyType type, Combination combine, List<String> values, int trim) {
        this(id, name, type, combine, values, trim, Optional.empty());
    }

    /**
     * {@return the combinations a key of {@code type} with these {@code values} allows, its default first}
     *
     * @param type the key's type
     * @param values the key's values; empty for none
     */
    public static List<Combination> allowedCombinations(KeyType type, List<String> values) {
        return type == KeyType.RATING && !values.isEmpty() ? List.of(Combination.LATEST) : type.combinations();
    }

    /** {@return whether values are texts from {@link #values()} rather than numbers or flags} */
    public boolean isGraded() {
        return type == KeyType.CATEGORY || (type == KeyType.RATING && !values.isEmpty());
    }
}
