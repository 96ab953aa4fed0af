package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.designation.Review;
import dev.mofan.core.designation.ReviewResult;
import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.format.RegisterFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.designation.Register;
import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterEntry;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.designation.RegisterStep;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The register of designations (docs/designations.md): stateful, an entry only ever takes the
 * steps its state machine allows and keeps its history; and over generated trees and years of
 * results, reviews only append to histories, never lose an entry, keep at most one open entry per
 * subject and kind, and change nothing when run again with the same inputs.
 */
class DesignationProperties {

    /** The entry being driven, and the day. */
    static final class Model {
        RegisterEntry entry = new RegisterEntry("e1", "b1", "kind", List.of(step(RegisterAction.NOMINATE,
                LocalDate.of(2026, 1, 1))));
        LocalDate today = LocalDate.of(2026, 1, 1);

        @Override
        public String toString() {
            return entry.state().id() + " after " + entry.history().size() + " steps";
        }
    }

    private static RegisterStep step(RegisterAction action, LocalDate date) {
        return new RegisterStep(action, date, Optional.empty(),
                action.setsDeadline() ? Optional.of(date.plusDays(90)) : Optional.empty(), List.of());
    }

    private static Action.Dependent<Model> take(RegisterAction action) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(Model model) {
                return action.from(model.entry.state()).isPresent();
            }

            @Override
            public Arbitrary<Transformer<Model>> transformer(Model model) {
                return Arbitraries.integers().between(0, 400).map(days -> Transformer.mutate(action.id() + " after "
                        + days + " days", m -> {
                            m.today = m.today.plusDays(days);
                            RegisterEntry before = m.entry;
                            m.entry = m.entry.then(step(action, m.today));
                            assertEquals(action.from(before.state()).orElseThrow(), m.entry.state());
                            assertEquals(before.history(), m.entry.history().subList(0, before.history().size()));
                        }));
            }
        };
    }

    /** Once an entry is closed, a new one starts (a designation or a weak-organisation case). */
    private static Action.Dependent<Model> startAnew() {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(Model model) {
                return !model.entry.state().open();
            }

            @Override
            public Arbitrary<Transformer<Model>> transformer(Model model) {
                return Arbitraries.of(RegisterAction.NOMINATE, RegisterAction.IDENTIFY).map(first -> Transformer.mutate(
                        "start with " + first.id(), m -> {
                            m.entry = new RegisterEntry("e" + (m.entry.history().size() + 1), "b1", "kind",
                                    List.of(step(first, m.today)));
                            assertEquals(first.starts().orElseThrow(), m.entry.state());
                        }));
            }
        };
    }

    @Provide
    Arbitrary<ActionChain<Model>> chains() {
        var chains = ActionChain.startWith(Model::new).withAction(startAnew());
        for (RegisterAction action : RegisterAction.values()) {
            chains = chains.withAction(take(action));
        }
        return chains.withMaxTransformations(12);
    }

    @Property(tries = 150)
    @Label("driven through legal steps, an entry refuses every step its state does not allow, and any step dated before "
            + "the last; its history only grows and reads back equal")
    void noTransitionOutsideTheMachine(@ForAll("chains") ActionChain<Model> chain) {
        chain.withInvariant("outside the machine", model -> {
            RegisterState state = model.entry.state();
            for (RegisterAction action : RegisterAction.values()) {
                if (action.from(state).isEmpty()) {
                    assertThrows(IllegalArgumentException.class, () -> model.entry.then(step(action, model.today)),
                            action.id() + " from " + state.id());
                }
                if (action.from(state).isPresent()) {
                    assertThrows(IllegalArgumentException.class, () -> model.entry.then(step(action,
                            model.today.minusDays(1))), "a day back");
                }
            }
            Register register = new Register(List.of(model.entry));
            assertEquals(register, RegisterFormat.ofDefaults().read(RegisterFormat.ofDefaults().write(register,
                    Syntax.YAML), Syntax.YAML));
        }).run();
    }

    static final Scheme SCHEME = SchemeFormat.ofDefaults().read("""
            id: small
            version: "1"
            name: Small
            period: year
            maxPoints: 100
            subjects: [unit, branch]
            keys:
              - {id: points, type: points, name: 得分}
              - {id: incident, type: flag, name: 重大事件}
            dimensions:
              - id: d
                name: D
                indicators:
                  - id: i
                    name: I
                    items:
                      - {id: score, name: 得分, maxPoints: 100, missing: fail, rule: {id: direct, params: {}}, keys: [points]}
            vetoes:
              - {id: incident-veto, name: 重大事件, when: {key: incident, op: "==", value: true}, effect: zero}
            grades:
              - {id: excellent, name: 优秀, min: 90}
              - {id: good, name: 良好, min: 80}
              - {id: qualified, name: 合格, min: 60}
              - {id: fail, name: 不合格, min: 0}
            designations:
              - id: strong-branch
                name: 先进党支部
                subjects: [branch]
                naming: automatic
                eligible: {result: grade, op: is, value: excellent}
                revokeIf: {vetoed: any}
                rectificationDays: 120
                validYears: 2
              - id: model-unit
                name: 模范单位
                subjects: [unit]
                eligible:
                  allOf:
                    - {result: grade, op: atLeast, value: good, periods: 2}
                    - not: {vetoed: any, periods: 2}
                    - {designated: strong-branch, of: branch, op: ">=", value: 0.3}
                warnIf: {result: grade, op: below, value: good}
                revokeIf: {result: grade, op: is, value: fail}
                rectificationDays: 200
            weakOrganisations:
              - id: weak-branch
                name: 软弱涣散党支部
                subjects: [branch]
                identifyIf: {result: grade, op: is, value: fail}
                closeIf: {result: total, op: ">=", value: 70}
                rectificationDays: 180
            """, Syntax.YAML);

    @Provide
    Arbitrary<List<List<Integer>>> years() {
        return Arbitraries.integers().between(0, 1_000).list().ofSize(40).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 40)
    @Label("over generated trees and years of results, each review only appends to histories, keeps every entry, at most "
            + "one open entry per subject and kind, and reviewing again with the same inputs changes nothing")
    void reviewsOnlyAppendAndAreIdempotent(@ForAll OrgDirectory directory, @ForAll("years") List<List<Integer>> years) {
        List<Report> reports = new ArrayList<>();
        Register register = Register.EMPTY;
        List<OrgUnit> orgs = directory.tree().units();
        for (int y = 0; y < years.size(); y++) {
            Period year = Period.year(2024 + y);
            List<EvidenceRecord> records = new ArrayList<>();
            for (int o = 0; o < orgs.size(); o++) {
                int draw = years.get(y).get(o % years.get(y).size());
                if (draw % 17 == 0) {
                    continue;
                }
                records.add(EvidenceRecord.of("p" + o, orgs.get(o).id(), "points", year, Value.of(draw % 101)));
                if (draw % 29 == 0) {
                    records.add(EvidenceRecord.of("i" + o, orgs.get(o).id(), "incident", year, Value.of(true)));
                }
            }
            reports.add(Evaluator.of(SCHEME).evaluate(directory, Evidence.of(records), year));
            LocalDate asOf = year.end();
            ReviewResult result = Review.of(SCHEME, directory, reports, register, asOf);
            Map<String, RegisterEntry> before = new HashMap<>();
            register.entries().forEach(entry -> before.put(entry.id(), entry));
            Map<String, Integer> open = new HashMap<>();
            for (RegisterEntry entry : result.register().entries()) {
                RegisterEntry old = before.remove(entry.id());
                if (old != null) {
                    assertEquals(old.history(), entry.history().subList(0, old.history().size()), "history only grows");
                }
                if (entry.state().open()) {
                    assertTrue(open.merge(entry.subject() + "/" + entry.kind(), 1, Integer::sum) == 1);
                }
            }
            assertTrue(before.isEmpty(), "no entry is lost: " + before.keySet());
            ReviewResult again = Review.of(SCHEME, directory, reports, result.register(), asOf);
            assertEquals(List.of(), again.actions(), "the same inputs change nothing");
            assertEquals(result.register(), again.register());
            register = result.register();
        }
    }
}
