package dev.mofan.core.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.designation.ReviewAction;
import dev.mofan.core.designation.ReviewResult;
import dev.mofan.core.format.internal.RegisterDocumentWriter;
import dev.mofan.model.text.Label;

/**
 * Writes what a review did (docs/designations.md) as JSON: {@code {period, asOf, actions: [{entry,
 * subject, kind, action, from, to, deadline, reasons: [{zh, en}]}], register}}, the register as
 * {@link RegisterFormat} writes it.
 */
public final class ReviewFormat {

    private ReviewFormat() {
    }

    /**
     * {@return the review's actions and the register after it, as JSON}
     *
     * @param result the review's result
     */
    public static String json(ReviewResult result) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("period", result.period());
        document.put("asOf", result.asOf().toString());
        ArrayNode actions = document.putArray("actions");
        for (ReviewAction action : result.actions()) {
            ObjectNode node = actions.addObject();
            node.put("entry", action.entry());
            node.put("subject", action.subject());
            node.put("kind", action.kind());
            node.put("action", action.action().id());
            if (action.from().isPresent()) {
                node.put("from", action.from().get().id());
            } else {
                node.putNull("from");
            }
            node.put("to", action.to().id());
            if (action.deadline().isPresent()) {
                node.put("deadline", action.deadline().get().toString());
            } else {
                node.putNull("deadline");
            }
            ArrayNode reasons = node.putArray("reasons");
            for (Label reason : action.reasons()) {
                ObjectNode label = reasons.addObject();
                reason.zh().ifPresent(zh -> label.put("zh", zh));
                reason.en().ifPresent(en -> label.put("en", en));
            }
        }
        document.set("register", RegisterDocumentWriter.toTree(result.register()).get("register"));
        return DocumentFormat.text(document, Syntax.JSON, "review");
    }
}
