package dev.mofan.model.meeting;

import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of organisational life a working committee checks branches against (组织生活制度): one
 * cadence for each meeting type, and the exemptions it has granted. {@link #STANDARD} holds the usual
 * cadences; a portal's rules list only what differs ({@link #with}).
 *
 * @param id the rules' id
 * @param name the rules' name, in both languages
 * @param cadences one per meeting type, in the order of {@link MeetingType}
 * @param exemptions the exemptions granted, in the order given
 */
public record MeetingRules(String id, Label name, List<MeetingCadence> cadences, List<Exemption> exemptions) {

    /**
     * The usual cadences (《中国共产党支部工作条例（试行）》 in common practice): 支部党员大会 each quarter and
     * 支部委员会 each month, both with more than half of those expected present; 党小组会 each month in each
     * party cell; 党课 each quarter; 主题党日 each month; 组织生活会 and 民主评议党员 each year. No exemption.
     */
    public static final MeetingRules STANDARD = new MeetingRules("standard", Label.of("组织生活基本制度", "Standard cadences"),
            List.of(new MeetingCadence(MeetingType.GENERAL_MEETING, PeriodKind.QUARTER, Optional.of(Quorum.MORE_THAN_HALF)),
                    new MeetingCadence(MeetingType.COMMITTEE_MEETING, PeriodKind.MONTH, Optional.of(Quorum.MORE_THAN_HALF)),
                    new MeetingCadence(MeetingType.GROUP_MEETING, PeriodKind.MONTH, Optional.empty()),
                    new MeetingCadence(MeetingType.PARTY_LECTURE, PeriodKind.QUARTER, Optional.empty()),
                    new MeetingCadence(MeetingType.THEMED_PARTY_DAY, PeriodKind.MONTH, Optional.empty()),
                    new MeetingCadence(MeetingType.LIFE_MEETING, PeriodKind.YEAR, Optional.empty()),
                    new MeetingCadence(MeetingType.MEMBER_APPRAISAL, PeriodKind.YEAR, Optional.empty())),
            List.of());

    /**
     * Checks there is exactly one cadence per type and keeps them in type order.
     *
     * @param id the rules' id
     * @param name the rules' name, in both languages
     * @param cadences one per meeting type, in the order of {@link MeetingType}
     * @param exemptions the exemptions granted, in the order given
     */
    public MeetingRules {
        Identifiers.require(id, "rules id");
        Objects.requireNonNull(name, "name");
        Map<MeetingType, MeetingCadence> byType = new EnumMap<>(MeetingType.class);
        for (MeetingCadence cadence : cadences) {
            if (byType.put(cadence.type(), cadence) != null) {
                throw new IllegalArgumentException("Two cadences for " + cadence.type().id());
            }
        }
        if (byType.size() != MeetingType.values().length) {
            throw new IllegalArgumentException("A cadence is needed for every meeting type; given for " + byType.keySet());
        }
        cadences = List.copyOf(byType.values());
        exemptions = List.copyOf(exemptions);
    }

    /**
     * {@return the cadence of {@code type}}
     *
     * @param type the meeting type
     */
    public MeetingCadence cadence(MeetingType type) {
        return cadences.get(type.ordinal());
    }

    /**
     * {@return these rules with {@code changed} cadences in place of those of the same types and
     * {@code added} exemptions after these, under another id and name}
     *
     * @param newId the id of the new rules
     * @param newName the name of the new rules
     * @param changed cadences that replace those of their types
     * @param added exemptions granted in addition to these rules' ones
     */
    public MeetingRules with(String newId, Label newName, List<MeetingCadence> changed, List<Exemption> added) {
        List<MeetingCadence> merged = new ArrayList<>(cadences);
        for (MeetingCadence cadence : changed) {
            merged.set(cadence.type().ordinal(), cadence);
        }
        List<Exemption> all = new ArrayList<>(exemptions);
        all.addAll(added);
        return new MeetingRules(newId, newName, merged, all);
    }
}
