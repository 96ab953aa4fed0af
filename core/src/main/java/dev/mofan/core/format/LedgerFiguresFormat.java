package dev.mofan.core.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.ledger.ProblemFigures;
import dev.mofan.model.error.Violation;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Language;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a problem ledger's figures as JSON (docs/problem-ledger.md): {@code {period, asOf,
 * figures: [{org, found, closed, rate, percent, open, overdue}], unknown: [{path, code, message}]}},
 * the rate exact ({@code "357/566"}) beside its percentage.
 */
public final class LedgerFiguresFormat {

    private LedgerFiguresFormat() {
    }

    /** The figures, and the problems at orgs the directory does not hold, as JSON. */
    public static String json(Period period, LocalDate asOf, List<ProblemFigures> figures, List<Violation> unknown,
            Language language) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("period", period.text());
        document.put("asOf", asOf.toString());
        ArrayNode rows = document.putArray("figures");
        for (ProblemFigures row : figures) {
            ObjectNode entry = rows.addObject();
            entry.put("org", row.org());
            entry.put("found", row.found());
            entry.put("closed", row.resolved().numerator());
            entry.put("rate", row.resolved().text());
            if (row.resolved().percent().isPresent()) {
                entry.put("percent", row.resolved().percent().get());
            } else {
                entry.putNull("percent");
            }
            entry.put("open", row.open());
            entry.put("overdue", row.overdue());
        }
        ArrayNode unknowns = document.putArray("unknown");
        for (Violation problem : unknown) {
            unknowns.addObject().put("path", problem.path()).put("code", problem.code())
                    .put("message", problem.message(language));
        }
        return Documents.text(document, Syntax.JSON, "ledger figures");
    }
}
