package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.designation.Register;
import dev.mofan.model.designation.RegisterEntry;
import dev.mofan.model.designation.RegisterStep;
import dev.mofan.model.text.Label;

/** Builds the tree of a register document: entries in their order, each with its state and history. */
public final class RegisterDocumentWriter {

    private RegisterDocumentWriter() {
    }

    /**
     * {@return the document tree of {@code register}}
     *
     * @param register the register
     */
    public static ObjectNode toTree(Register register) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        ArrayNode entries = document.putArray("register");
        for (RegisterEntry entry : register.entries()) {
            ObjectNode node = entries.addObject();
            node.put("id", entry.id());
            node.put("subject", entry.subject());
            node.put("kind", entry.kind());
            node.put("state", entry.state().id());
            ArrayNode history = node.putArray("history");
            for (RegisterStep step : entry.history()) {
                ObjectNode at = history.addObject();
                at.put("action", step.action().id());
                at.put("date", step.date().toString());
                step.period().ifPresent(period -> at.put("period", period));
                step.deadline().ifPresent(deadline -> at.put("deadline", deadline.toString()));
                if (!step.reasons().isEmpty()) {
                    ArrayNode reasons = at.putArray("reasons");
                    for (Label reason : step.reasons()) {
                        ObjectNode label = reasons.addObject();
                        reason.zh().ifPresent(zh -> label.put("zh", zh));
                        reason.en().ifPresent(en -> label.put("en", en));
                    }
                }
            }
        }
        return document;
    }
}
