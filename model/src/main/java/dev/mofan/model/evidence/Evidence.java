package dev.mofan.model.evidence;

import java.util.List;

/**
 * The evidence records of one file or feed, in the order given. Ids should be unique, but a
 * repeated id is not refused here: evaluation reports the second occurrence as unused, naming the
 * first, so that nothing is lost silently (SCORING.md).
 *
 * @param records the records, in the order the file or feed gave them
 */
public record Evidence(List<EvidenceRecord> records) {

    /** No records. */
    public static final Evidence EMPTY = new Evidence(List.of());

    /**
     * Copies the list.
     *
     * @param records the records, in the order the file or feed gave them
     */
    public Evidence {
        records = List.copyOf(records);
    }

    /**
     * {@return evidence of these records}
     *
     * @param records the records, in the order given
     */
    public static Evidence of(List<EvidenceRecord> records) {
        return new Evidence(records);
    }
}
