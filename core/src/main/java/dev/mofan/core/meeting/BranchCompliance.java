package dev.mofan.core.meeting;

import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.result.Rate;
import java.util.List;
import java.util.Objects;

/**
 * A branch's organisational life in a period: one {@link TypeCompliance} per meeting type, in the
 * order of {@link MeetingType}.
 *
 * @param branch the branch
 * @param types one per meeting type
 */
public record BranchCompliance(String branch, List<TypeCompliance> types) {

    /**
     * Copies the list and checks there is one entry per type, in type order.
     *
     * @param branch the branch
     * @param types one per meeting type
     */
    public BranchCompliance {
        Objects.requireNonNull(branch, "branch");
        types = List.copyOf(types);
        for (int i = 0; i < types.size(); i++) {
            if (i >= MeetingType.values().length || types.get(i).cadence().type() != MeetingType.values()[i]) {
                throw new IllegalArgumentException("One entry per meeting type, in type order");
            }
        }
        if (types.size() != MeetingType.values().length) {
            throw new IllegalArgumentException("One entry per meeting type, in type order");
        }
    }

    /**
     * {@return the entry of {@code type}}
     *
     * @param type the meeting type
     */
    public TypeCompliance of(MeetingType type) {
        return types.get(type.ordinal());
    }

    /** {@return all types together: every cadence period held over every one due} */
    public Rate compliance() {
        return new Rate(types.stream().mapToLong(TypeCompliance::held).sum(),
                types.stream().mapToLong(TypeCompliance::due).sum());
    }
}
