package dev.mofan.benchmarks.national;

/**
 * The eight built-in rules, as the synthetic scheme uses them: each with the key type it reads and
 * how a raw value is stored in the primitive columns ({@link Population}).
 */
enum ItemKind {
    /** {@code check}: a flag, stored 0 or 1; full points when true. */
    CHECK("check", "flag", "{}"),
    /** {@code count}: a count n; {@code min(max, n × 0.5)}. */
    COUNT("count", "count", "{per: 0.5}"),
    /** {@code ratio}: a ratio stored in thousandths; 0 below 0.6, else {@code max × r}. */
    RATIO("ratio", "ratio", "{threshold: 0.6}"),
    /** {@code tiers}: a count; full at 8, half at 4, else 0. */
    TIERS("tiers", "count", null),
    /** {@code deduct}: shortfalls n; {@code max(0, max − n × 0.5)}, full points without a record. */
    DEDUCT("deduct", "count", "{per: 0.5}"),
    /** {@code rating}: one rating out of 100; {@code max × rating / 100}. */
    RATING("rating", "rating", "{outOf: 100}"),
    /** {@code direct}: points given, stored in cents. */
    DIRECT("direct", "points", "{}"),
    /**
     * {@code occurrences}: up to three cases, each at a level (branch, unit, city, province), stored
     * packed 3 bits a case (0 none, 1 + level index); 0.5 per case, +1 from the city, +2 more at the
     * province; capped at the maximum.
     */
    OCCURRENCES("occurrences", "category", "{per: 0.5, levels: {city: 1, province: 2}}");

    final String rule;
    final String keyType;
    private final String params;

    ItemKind(String rule, String keyType, String params) {
        this.rule = rule;
        this.keyType = keyType;
        this.params = params;
    }

    /** The item's {@code params} in YAML flow style, for an item of {@code maxCents}. */
    String params(int maxCents) {
        if (this == TIERS) {
            return "{tiers: [{atLeast: 8, points: " + Cents.text(maxCents) + "}, {atLeast: 4, points: "
                    + Cents.text(maxCents / 2) + "}]}";
        }
        return params;
    }
}
