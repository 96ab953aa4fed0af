package dev.mofan.core.spi;

/** A promise a rule makes about its behaviour, checked by the test kit's contract. */
public enum RuleCapability {
    /** More positive evidence (a larger number, true instead of false) never lowers the points. */
    MONOTONE,
    /**
     * The points depend only on the combined value of the item's one key, and on whether it has a
     * record at all: not on the records one by one, their ids, cases or order. The engine may then
     * score evidence held in columns ({@code EvidenceColumns}), calling the rule once for each
     * distinct value and remembering the points.
     */
    COMBINED_VALUE,
    /**
     * For a rule over one category key combined by {@code distinct-cases}: the points depend only on
     * the cases and the set of the key's values each case's records name, not on record ids, case
     * ids or order. The engine may then score evidence held in columns, where each case is kept as
     * the set of levels it names.
     */
    CASE_LEVELS,
    /**
     * For a rule over one graded key (a category or a graded rating): the points depend only on how
     * many of the key's records name each of its values, not on record ids, cases, order or which
     * is latest. A graded rating that averages every rater's grade is one. The engine may then score
     * evidence held in columns, where each value's record count is kept.
     */
    VALUE_COUNTS
}
