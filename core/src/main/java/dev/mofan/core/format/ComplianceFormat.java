package dev.mofan.core.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.meeting.BranchCompliance;
import dev.mofan.core.meeting.ComplianceReport;
import dev.mofan.core.meeting.LeaderAttendance;
import dev.mofan.core.meeting.Slot;
import dev.mofan.core.meeting.TypeCompliance;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Language;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes organisational-life compliance (docs/organisational-life.md) as JSON, each ratio exact
 * ({@code "11/12"}) beside its percentage: {@code {period, asOf, rules, branches: [{branch, held, due,
 * rate, percent, types: [{type, every, quorum, due, held, rate, percent, missed, exempt, quorumFailures}]}],
 * unused: [{path, code, message}], unknownExemptions: [...]}}; and leading cadres' attendance:
 * {@code {period, asOf, leaders: [{member, branch, level, expected, attended, rate, percent, unrecorded,
 * types: [{type, expected, attended}]}]}}.
 */
public final class ComplianceFormat {

    private ComplianceFormat() {
    }

    /**
     * {@return the report as JSON; problems in {@code language}, reasons in both languages}
     *
     * @param report the compliance report
     * @param language the language of the problems' messages
     */
    public static String json(ComplianceReport report, Language language) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("period", report.period());
        document.put("asOf", report.asOf().toString());
        document.put("rules", report.rules().id());
        ArrayNode branches = document.putArray("branches");
        for (BranchCompliance branch : report.branches()) {
            ObjectNode entry = branches.addObject();
            entry.put("branch", branch.branch());
            entry.put("held", branch.compliance().numerator());
            entry.put("due", branch.compliance().denominator());
            LedgerFiguresFormat.rate(entry, branch.compliance());
            ArrayNode types = entry.putArray("types");
            for (TypeCompliance type : branch.types()) {
                ObjectNode row = types.addObject();
                row.put("type", type.cadence().type().id());
                row.put("every", type.cadence().every().id());
                if (type.cadence().quorum().isPresent()) {
                    row.put("quorum", type.cadence().quorum().get().text());
                } else {
                    row.putNull("quorum");
                }
                row.put("due", type.due());
                row.put("held", type.held());
                LedgerFiguresFormat.rate(row, type.compliance());
                ArrayNode missed = row.putArray("missed");
                type.missed().stream().map(Slot::text).forEach(missed::add);
                ArrayNode exempt = row.putArray("exempt");
                for (TypeCompliance.Exempt slot : type.exempt()) {
                    exempt.addObject().put("slot", slot.slot().text()).put("reason", slot.reason().text(language));
                }
                ArrayNode failures = row.putArray("quorumFailures");
                for (TypeCompliance.QuorumFailure failure : type.quorumFailures()) {
                    ObjectNode node = failures.addObject().put("meeting", failure.meeting())
                            .put("date", failure.date().toString());
                    if (failure.recorded()) {
                        node.put("present", failure.present()).put("expected", failure.expected());
                    } else {
                        node.putNull("present").putNull("expected");
                    }
                }
            }
        }
        LedgerFiguresFormat.problems(document, "unused", report.unusedMeetings(), language);
        LedgerFiguresFormat.problems(document, "unknownExemptions", report.unknownExemptions(), language);
        return DocumentFormat.text(document, Syntax.JSON, "compliance");
    }

    /**
     * {@return leading cadres' attendance as JSON}
     *
     * @param period the period reported
     * @param asOf the day judged on
     * @param leaders each leading cadre's attendance, in member order
     */
    public static String leadersJson(Period period, LocalDate asOf, List<LeaderAttendance> leaders) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("period", period.text());
        document.put("asOf", asOf.toString());
        ArrayNode rows = document.putArray("leaders");
        for (LeaderAttendance leader : leaders) {
            ObjectNode entry = rows.addObject();
            entry.put("member", leader.member());
            entry.put("branch", leader.branch());
            entry.put("level", leader.level().id());
            entry.put("expected", leader.attendance().denominator());
            entry.put("attended", leader.attendance().numerator());
            LedgerFiguresFormat.rate(entry, leader.attendance());
            entry.put("unrecorded", leader.unrecorded());
            ArrayNode types = entry.putArray("types");
            for (LeaderAttendance.TypeAttendance type : leader.types()) {
                types.addObject().put("type", type.type().id()).put("expected", type.expected())
                        .put("attended", type.attended());
            }
        }
        return DocumentFormat.text(document, Syntax.JSON, "leaders' attendance");
    }
}
