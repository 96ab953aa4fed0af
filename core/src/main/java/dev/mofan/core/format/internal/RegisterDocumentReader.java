package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.designation.Register;
import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterEntry;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.designation.RegisterStep;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the tree of a register document into a {@link Register}, replaying every entry's history
 * through the state machine and reporting every problem at its path.
 */
public final class RegisterDocumentReader {

    /** Top-level array sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("register");
    static final List<String> ENTRY_FIELDS = List.of("id", "subject", "kind", "state", "history");
    static final List<String> STEP_FIELDS = List.of("action", "date", "period", "deadline", "reasons");
    private static final Label ACTION = Label.of("台账步骤", "register action");
    private static final Label STATE = Label.of("台账状态", "register state");

    private final Violations out;
    private final IdClaims ids;
    private final Map<String, String> openAt = new HashMap<>();

    private RegisterDocumentReader(Violations out) {
        this.out = out;
        this.ids = new IdClaims(out);
    }

    /**
     * {@return the register the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<Register> read(JsonNode root, Violations out) {
        return new RegisterDocumentReader(out).read(root);
    }

    private Optional<Register> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(SECTIONS);
        List<RegisterEntry> entries = new ArrayList<>();
        doc.each("register", true, (node, at) -> NodeReader.object(node, at, out).flatMap(this::entry)
                .ifPresent(entries::add));
        return out.isEmpty() ? Optional.of(new Register(entries)) : Optional.empty();
    }

    private Optional<RegisterEntry> entry(NodeReader object) {
        NodeReader entry = object.allowOnly(ENTRY_FIELDS);
        Read<String> id = entry.id("id", true);
        ids.claim(id, entry.at("id"));
        Read<String> subject = entry.id("subject", true);
        Read<String> kind = entry.id("kind", true);
        Read<RegisterState> state = entry.term("state", RegisterState.class, STATE, true);
        List<RegisterStep> history = new ArrayList<>();
        RegisterState[] reached = {null};
        LocalDate[] last = {null};
        JsonNode steps = entry.raw("history");
        if (steps != null && steps.isArray() && steps.isEmpty()) {
            out.add(entry.at("history").path(), SchemeProblems.LIST_EMPTY);
        }
        entry.each("history", true, (node, at) -> NodeReader.object(node, at, out)
                .flatMap(step -> step(step, reached, last)).ifPresent(history::add));
        if (reached[0] != null && state.ok() && state.present() && reached[0] != state.value()) {
            out.add(entry.at("state").path(), DesignationProblems.STATE, reached[0], state.value());
        }
        if (reached[0] != null && reached[0].open() && subject.ok() && subject.present() && kind.ok() && kind.present()) {
            String first = openAt.putIfAbsent(subject.value() + '\u0000' + kind.value(), entry.where().path());
            if (first != null) {
                out.add(entry.where().path(), DesignationProblems.OPEN_TWICE, subject.value(), kind.value(),
                        new Verbatim(first));
            }
        }
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegisterEntry(id.value(), subject.value(), kind.value(), history));
    }

    /** One step, checked against the state and date the steps before it reached (which it moves on). */
    private Optional<RegisterStep> step(NodeReader object, RegisterState[] state, LocalDate[] last) {
        NodeReader step = object.allowOnly(STEP_FIELDS);
        Read<RegisterAction> action = step.term("action", RegisterAction.class, ACTION, true);
        LocalDate date = step.date("date", true).orElse(null);
        Read<String> period = step.string("period", false);
        if (period.ok() && period.present() && Period.tryParse(period.value()).isEmpty()) {
            out.add(step.at("period").path(), SchemeProblems.PERIOD_INVALID, period.value());
        }
        LocalDate deadline = step.date("deadline", false).orElse(null);
        List<Label> reasons = new ArrayList<>();
        step.each("reasons", false, (node, at) -> {
            Read<Label> reason = NodeReader.label(node, at, out);
            if (reason.ok() && reason.present()) {
                reasons.add(reason.value());
            }
        });
        if (action.ok() && action.present()) {
            RegisterAction taken = action.value();
            Optional<RegisterState> next = state[0] == null ? taken.starts() : taken.from(state[0]);
            if (next.isEmpty() && state[0] == null) {
                out.add(step.at("action").path(), DesignationProblems.START, taken);
            } else if (next.isEmpty()) {
                RegisterState from = state[0];
                String allowed = Arrays.stream(RegisterAction.values()).filter(a -> a.from(from).isPresent())
                        .map(Term::id).collect(Collectors.joining(", "));
                out.add(step.at("action").path(), DesignationProblems.STEP, taken.id(), from,
                        new Verbatim(allowed.isEmpty() ? "nothing (the entry is closed)" : allowed));
            } else {
                state[0] = next.get();
            }
            if (taken.setsDeadline() && !step.has("deadline")) {
                out.add(step.at("deadline").path(), DesignationProblems.DEADLINE_MISSING, taken);
            } else if (!taken.setsDeadline() && step.has("deadline")) {
                out.add(step.at("deadline").path(), DesignationProblems.DEADLINE_UNEXPECTED);
            }
        }
        if (deadline != null && date != null && deadline.isBefore(date)) {
            out.add(step.at("deadline").path(), DesignationProblems.DEADLINE_EARLY, deadline, date);
        }
        if (date != null && last[0] != null && date.isBefore(last[0])) {
            out.add(step.at("date").path(), DesignationProblems.DATE, date, last[0]);
        } else if (date != null) {
            last[0] = date;
        }
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegisterStep(action.value(), date, Optional.ofNullable(period.value()),
                Optional.ofNullable(deadline), reasons));
    }
}
