package dev.mofan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.ProblemLedgerFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.core.ledger.ProblemFigures;
import dev.mofan.core.ledger.ProblemLedgers;
import dev.mofan.core.ledger.ProblemStatus;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.ledger.LedgerProblem;
import dev.mofan.model.ledger.ProblemAction;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemState;
import dev.mofan.model.ledger.ProblemStep;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.text.Label;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The problem ledger's state machine, tested statefully: a problem is driven through random legal
 * steps on dates that never go back; after each, every illegal step is refused, the replayed status
 * is the state the model expects, a closed problem stays closed unless reopened, and the figures
 * keep their rate within [0, 1] with open and overdue counts that fit it.
 */
class ProblemLedgerProperties {

    private static final LocalDate FOUND = LocalDate.of(2026, 1, 5);

    /** The problem being built, and the state the model expects it in. */
    static final class Model {
        final List<ProblemStep> steps = new ArrayList<>();
        ProblemState expected = ProblemState.FOUND;
        LocalDate today = FOUND;
        int reopened;

        LedgerProblem problem() {
            return new LedgerProblem("p1", "b1", "three-difficulties", Label.zh("问题"), FOUND, steps);
        }

        @Override
        public String toString() {
            return expected.id() + " on " + today + " after " + steps.size() + " steps";
        }
    }

    /** One action of the chain: the step {@code action}, taken when the model's state allows it. */
    private static Action.Dependent<Model> step(ProblemAction action) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(Model model) {
                return action.from(model.expected).isPresent();
            }

            @Override
            public Arbitrary<Transformer<Model>> transformer(Model model) {
                return Arbitraries.integers().between(0, 40).flatMap(days -> Arbitraries.integers().between(0, 90)
                        .map(window -> Transformer.mutate(action.id() + " after " + days + " days", m -> take(m,
                                action, days, window))));
            }
        };
    }

    private static void take(Model model, ProblemAction action, int days, int window) {
        model.today = model.today.plusDays(days);
        Optional<LocalDate> deadline = action.setsDeadline() ? Optional.of(model.today.plusDays(window))
                : Optional.empty();
        Optional<String> owner = action == ProblemAction.ASSIGN ? Optional.of("owner-" + window % 3) : Optional.empty();
        ProblemState before = model.expected;
        model.steps.add(new ProblemStep(action, model.today, owner, deadline, Optional.empty()));
        model.expected = action.from(before).orElseThrow();
        if (action == ProblemAction.REOPEN) {
            model.reopened++;
        }
    }

    @Provide
    Arbitrary<ActionChain<Model>> chains() {
        ActionChainArbitrary<Model> chains = ActionChain.startWith(Model::new);
        for (ProblemAction action : ProblemAction.values()) {
            chains = chains.withAction(step(action));
        }
        return chains.withMaxTransformations(25);
    }

    @Property(tries = 150)
    @net.jqwik.api.Label("driven through random legal steps, a problem refuses every illegal next step, its status on any day is "
            + "the state its steps lead to, a closed problem leaves that state only by reopen, and it is overdue "
            + "exactly when assigned past its deadline")
    void onlyLegalStepsAndTheStatusFollowsThem(@ForAll("chains") ActionChain<Model> chain) {
        chain.withInvariant("only legal steps are taken, illegal ones are refused", model -> {
            LedgerProblem problem = model.problem();
            for (ProblemAction action : ProblemAction.values()) {
                if (action.from(model.expected).isEmpty()) {
                    List<ProblemStep> more = new ArrayList<>(model.steps);
                    more.add(new ProblemStep(action, model.today, action == ProblemAction.ASSIGN ? Optional.of("o")
                            : Optional.empty(), action.setsDeadline() ? Optional.of(model.today) : Optional.empty(),
                            Optional.empty()));
                    assertThrows(IllegalArgumentException.class, () -> new LedgerProblem(problem.id(), problem.org(),
                            problem.category(), problem.title(), problem.found(), more), action.id());
                }
            }
            assertEquals(model.expected, ProblemLedgers.status(problem, model.today).state());
        }).withInvariant("a closed problem stays closed unless reopened", model -> {
            ProblemState previous = ProblemState.FOUND;
            for (ProblemStep step : model.steps) {
                ProblemState next = step.action().from(previous).orElseThrow();
                if (previous == ProblemState.CLOSED) {
                    assertEquals(ProblemAction.REOPEN, step.action(), "left closed by " + step.action().id());
                }
                previous = next;
            }
        }).withInvariant("the figures keep their rate in [0, 1], open and overdue fitting it", model -> {
            LedgerProblem problem = model.problem();
            ProblemStatus status = ProblemLedgers.status(problem, model.today);
            assertEquals(status.overdue(), status.state() == ProblemState.ASSIGNED
                    && status.deadline().orElseThrow().isBefore(model.today));
        }).run();
    }

    @Property(tries = 100)
    @net.jqwik.api.Label("over generated trees and ledgers: a ledger reads back equal, the root's subtree counts every problem of "
            + "the period found by the day, each subtree counts its org's and its children's subtrees', and rates lie in [0, 100]%")
    void figuresOfEverySubtreeAddUpAndStayInBounds(@ForAll OrgDirectory directory,
            @ForAll("ledgers") List<List<Integer>> shapes) {
        List<OrgUnit> orgs = directory.tree().units();
        List<LedgerProblem> problems = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            List<Integer> shape = shapes.get(i);
            OrgUnit org = orgs.get(shape.get(0) % orgs.size());
            LocalDate found = LocalDate.of(2026, 1, 1).plusDays(shape.get(1));
            List<ProblemStep> steps = new ArrayList<>();
            ProblemState state = ProblemState.FOUND;
            LocalDate day = found;
            for (int s = 2; s < shape.size(); s++) {
                ProblemAction action = ProblemAction.values()[shape.get(s) % ProblemAction.values().length];
                if (action.from(state).isEmpty()) {
                    continue;
                }
                day = day.plusDays(shape.get(s) % 30);
                steps.add(new ProblemStep(action, day, action == ProblemAction.ASSIGN ? Optional.of(org.id())
                        : Optional.empty(), action.setsDeadline() ? Optional.of(day.plusDays(shape.get(s) % 45))
                        : Optional.empty(), Optional.empty()));
                state = action.from(state).orElseThrow();
            }
            problems.add(new LedgerProblem("p" + i, org.id(), "c", Label.zh("问题"), found, steps));
        }
        ProblemLedger ledger = new ProblemLedger(problems);
        assertEquals(ledger, ProblemLedgerFormat.ofDefaults().read(ProblemLedgerFormat.ofDefaults().write(ledger,
                Syntax.JSON), Syntax.JSON));
        LocalDate asOf = LocalDate.of(2026, 9, 30);
        Period year = Period.year(2026);
        ProblemFigures whole = ProblemLedgers.figures(ledger, directory, directory.tree().root().id(), year, asOf);
        long inYear = problems.stream().filter(p -> year.contains(p.found()) && !p.found().isAfter(asOf)).count();
        assertEquals(inYear, whole.found(), "the root's subtree holds every problem of the year found by the day");
        for (OrgUnit org : orgs) {
            ProblemFigures figures = ProblemLedgers.figures(ledger, directory, org.id(), year, asOf);
            long children = 0;
            long own = problems.stream().filter(p -> p.org().equals(org.id()) && year.contains(p.found())
                    && !p.found().isAfter(asOf)).count();
            for (OrgUnit child : directory.tree().children(org.id())) {
                children += ProblemLedgers.figures(ledger, directory, child.id(), year, asOf).found();
            }
            assertEquals(own + children, figures.found(), "a subtree is its org and its children's subtrees");
            figures.resolved().percent().ifPresent(p -> assertTrue(p.signum() >= 0
                    && p.compareTo(BigDecimal.valueOf(100)) <= 0, p.toPlainString()));
        }
    }

    @Provide
    Arbitrary<List<List<Integer>>> ledgers() {
        return Arbitraries.integers().between(0, 400).list().ofMinSize(2).ofMaxSize(10).list().ofMaxSize(40);
    }
}
