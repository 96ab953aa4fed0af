package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.meeting.Exemption;
import dev.mofan.model.meeting.MeetingCadence;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.meeting.MeetingType;
import java.util.List;

/**
 * Builds the tree of an organisational-life rules document: every cadence (so that it reads back the
 * same whatever the standard), then the exemptions with their spans written out ({@code until}).
 */
public final class MeetingRulesDocumentWriter {

    private MeetingRulesDocumentWriter() {
    }

    /**
     * {@return the document tree of {@code rules}}
     *
     * @param rules the rules of organisational life
     */
    public static ObjectNode toTree(MeetingRules rules) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("id", rules.id());
        OrgDocumentWriter.putLabel(document, "name", rules.name());
        putCadences(document, "cadences", rules.cadences());
        if (!rules.exemptions().isEmpty()) {
            ArrayNode exemptions = document.putArray("exemptions");
            for (Exemption exemption : rules.exemptions()) {
                ObjectNode node = exemptions.addObject();
                node.put("branch", exemption.branch());
                OrgDocumentWriter.putIds(node, "types", exemption.types().stream().sorted().map(MeetingType::id)
                        .toList());
                exemption.from().ifPresent(from -> node.put("from", from.toString()));
                node.put("until", exemption.until().toString());
                OrgDocumentWriter.putLabel(node, "reason", exemption.reason());
            }
        }
        return document;
    }

    /** {@code cadences} as the array {@code name} of {@code node}: {@code [{type, every, quorum}]}. */
    static void putCadences(ObjectNode node, String name, List<MeetingCadence> cadences) {
        ArrayNode array = node.putArray(name);
        for (MeetingCadence cadence : cadences) {
            ObjectNode entry = array.addObject();
            entry.put("type", cadence.type().id());
            entry.put("every", cadence.every().id());
            cadence.quorum().ifPresent(quorum -> entry.putObject("quorum").put(quorum.strict() ? "moreThan" : "atLeast",
                    quorum.numerator() + "/" + quorum.denominator()));
        }
    }
}
