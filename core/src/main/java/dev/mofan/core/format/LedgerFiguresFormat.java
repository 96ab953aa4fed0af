package dev.mofan.core.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.ledger.ProblemFigures;
import dev.mofan.core.ledger.TaskFigures;
import dev.mofan.model.error.Violation;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Rate;
import dev.mofan.model.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes ledger figures as JSON, each rate exact ({@code "357/566"}) beside its percentage: a problem
 * ledger's (docs/problem-ledger.md) {@code {period, asOf, figures: [{org, found, closed, rate,
 * percent, open, overdue}], unknown: [{path, code, message}]}}, and a task ledger's
 * (docs/task-ledger.md) {@code {period, asOf, type, figures: [{org, assignments, completed, rate,
 * percent, onTime, overdue, closedLoops}], unknown: [...]}}.
 */
public final class LedgerFiguresFormat {

    private LedgerFiguresFormat() {
    }

    /**
     * {@return the figures, and the problems at orgs the directory does not hold, as JSON}
     *
     * @param period the period the problems were found in
     * @param asOf the day judged on
     * @param figures the figures, one per org
     * @param unknown the problems at orgs the directory does not hold
     * @param language the language of the problems' messages
     */
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
            rate(entry, row.resolved());
            entry.put("open", row.open());
            entry.put("overdue", row.overdue());
        }
        unknown(document, unknown, language);
        return DocumentFormat.text(document, Syntax.JSON, "ledger figures");
    }

    /**
     * {@return a task ledger's figures, for tasks of {@code type} (all when empty), and the assignments at
     * unknown orgs, as JSON}
     *
     * @param period the period the rounds lie in
     * @param asOf the day judged on
     * @param type the task type counted; empty for all
     * @param figures the figures, one per org
     * @param unknown the assignments at orgs the directory does not hold
     * @param language the language of the problems' messages
     */
    public static String tasksJson(Period period, LocalDate asOf, Optional<String> type, List<TaskFigures> figures,
            List<Violation> unknown, Language language) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("period", period.text());
        document.put("asOf", asOf.toString());
        if (type.isPresent()) {
            document.put("type", type.get());
        } else {
            document.putNull("type");
        }
        ArrayNode rows = document.putArray("figures");
        for (TaskFigures row : figures) {
            ObjectNode entry = rows.addObject();
            entry.put("org", row.org());
            entry.put("assignments", row.completed().denominator());
            entry.put("completed", row.completed().numerator());
            rate(entry, row.completed());
            entry.put("onTime", row.onTime());
            entry.put("overdue", row.overdue());
            entry.put("closedLoops", row.closedLoops());
        }
        unknown(document, unknown, language);
        return DocumentFormat.text(document, Syntax.JSON, "ledger figures");
    }

    static void rate(ObjectNode entry, Rate rate) {
        entry.put("rate", rate.text());
        if (rate.percent().isPresent()) {
            entry.put("percent", rate.percent().get());
        } else {
            entry.putNull("percent");
        }
    }

    static void unknown(ObjectNode document, List<Violation> unknown, Language language) {
        problems(document, "unknown", unknown, language);
    }

    static void problems(ObjectNode document, String name, List<Violation> unknown, Language language) {
        ArrayNode unknowns = document.putArray(name);
        for (Violation problem : unknown) {
            unknowns.addObject().put("path", problem.path()).put("code", problem.code())
                    .put("message", problem.message(language));
        }
    }
}
