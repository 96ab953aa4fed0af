package dev.mofan.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.ProblemLedgerFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.ledger.ProblemLedger;
import dev.mofan.model.ledger.ProblemState;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Rate;
import dev.mofan.model.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The problem ledger (问题台账) worked by hand: each state a problem passes through, overdue on a day,
 * the figures of a subtree and a period, the rate 357/566 = 63.07% of the source documents, and
 * every mistake of a ledger document at its path.
 */
class ProblemLedgerTest {

    static final OrgDirectory ORGS = LedgerFixtures.ORGS;

    static final ProblemLedger LEDGER = ProblemLedgerFormat.ofDefaults().read("""
            problems:
              - id: p1
                org: b1
                category: three-difficulties
                title: {zh: 审批“中梗阻”, en: Approvals stuck in the middle}
                found: 2026-02-10
                steps:
                  - {action: assign, date: 2026-02-12, owner: b1, deadline: 2026-04-30}
                  - {action: rectify, date: 2026-04-20}
                  - {action: close, date: 2026-05-05, note: 验收通过}
              - id: p2
                org: b2
                category: three-difficulties
                title: 推进难
                found: 2026-03-01
                steps:
                  - {action: assign, date: 2026-03-02, owner: b2, deadline: 2026-06-30}
              - id: p3
                org: u1
                category: style
                title: 文风会风
                found: 2026-04-01
                steps:
                  - {action: assign, date: 2026-04-02, owner: u1, deadline: 2026-05-31}
                  - {action: rectify, date: 2026-05-20}
                  - {action: reject, date: 2026-05-25}
                  - {action: rectify, date: 2026-06-10}
                  - {action: close, date: 2026-06-15}
                  - {action: reopen, date: 2026-08-01, deadline: 2026-08-31}
              - id: p4
                org: u2
                category: style
                title: 落地难
                found: 2025-11-20
                steps:
                  - {action: assign, date: 2025-11-25, owner: u2, deadline: 2025-12-31}
            """, Syntax.YAML);

    @Test
    void eachProblemOnADay() {
        var p1 = LEDGER.problems().get(0);
        assertEquals(ProblemState.FOUND, ProblemLedgers.status(p1, LocalDate.of(2026, 2, 11)).state());
        assertEquals(ProblemState.ASSIGNED, ProblemLedgers.status(p1, LocalDate.of(2026, 4, 19)).state());
        assertEquals(ProblemState.RECTIFIED, ProblemLedgers.status(p1, LocalDate.of(2026, 5, 1)).state());
        assertEquals(ProblemState.CLOSED, ProblemLedgers.status(p1, LocalDate.of(2026, 5, 5)).state());
        // p2 is due 2026-06-30: on 06-30 not yet overdue, on 07-01 overdue.
        var p2 = LEDGER.problems().get(1);
        assertEquals(false, ProblemLedgers.status(p2, LocalDate.of(2026, 6, 30)).overdue());
        assertEquals(true, ProblemLedgers.status(p2, LocalDate.of(2026, 7, 1)).overdue());
        // p3: rejected once, closed on 06-15, reopened on 08-01 with a new deadline; the owner stays u1.
        ProblemStatus p3 = ProblemLedgers.status(LEDGER.problems().get(2), LocalDate.of(2026, 9, 1));
        assertEquals(ProblemState.ASSIGNED, p3.state());
        assertEquals(Optional.of("u1"), p3.owner());
        assertEquals(Optional.of(LocalDate.of(2026, 8, 31)), p3.deadline());
        assertEquals(true, p3.overdue());
    }

    @Test
    void figuresOfASubtreeAndAPeriod() {
        Period year = Period.year(2026);
        // On 2026-07-31, u1's subtree holds p1 (closed), p2 (assigned, overdue since 07-01), p3 (closed on
        // 06-15); p4 was found in 2025. Resolved 2/3 = 66.67%, 1 open, 1 overdue.
        ProblemFigures u1 = ProblemLedgers.figures(LEDGER, ORGS, "u1", year, LocalDate.of(2026, 7, 31));
        assertEquals(new Rate(2, 3), u1.resolved());
        assertEquals(Optional.of(new BigDecimal("66.67")), u1.resolved().percent());
        assertEquals(1, u1.open());
        assertEquals(1, u1.overdue());
        // On 2026-09-01 p3 is open again (reopened, past its new deadline): 1/3, 2 open, 2 overdue.
        ProblemFigures later = ProblemLedgers.figures(LEDGER, ORGS, "u1", year, LocalDate.of(2026, 9, 1));
        assertEquals("1/3", later.resolved().text());
        assertEquals(2, later.overdue());
        assertEquals("0/1", ProblemLedgers.figures(LEDGER, ORGS, "b2", year, LocalDate.of(2026, 9, 1)).resolved()
                .text());
        assertEquals(Optional.empty(), ProblemLedgers.figures(LEDGER, ORGS, "u2", year, LocalDate.of(2026, 9, 1))
                .resolved().percent(), "nothing found in 2026: no rate, not 0%");
        assertEquals(1, ProblemLedgers.figures(LEDGER, ORGS, "u2", Period.year(2025), LocalDate.of(2026, 9, 1))
                .overdue());
    }

    @Test
    void theRateOfTheSourceDocuments() {
        // “共梳理问题566个、破解357个”: 357/566 = 0.630742… → 63.07%.
        assertEquals(Optional.of(new BigDecimal("63.07")), new Rate(357, 566).percent());
        assertEquals("357/566", new Rate(357, 566).text());
        assertThrows(IllegalArgumentException.class, () -> new Rate(567, 566));
    }

    @Test
    void ledgersRoundTripAndUnknownOrgsAreReported() {
        ProblemLedgerFormat format = ProblemLedgerFormat.ofDefaults();
        assertEquals(LEDGER, format.read(format.write(LEDGER, Syntax.YAML), Syntax.YAML));
        OrgDirectory small = OrgDirectoryFormat.ofDefaults().read("orgs:\n  - {id: wc, kind: working-committee}\n"
                + "  - {id: u1, kind: unit, parent: wc}\n  - {id: b1, kind: branch, parent: u1}\n", Syntax.YAML);
        assertEquals(List.of("$.problems[1].org: 'b2' is not in the org file: this entry counts in no subtree",
                "$.problems[3].org: 'u2' is not in the org file: this entry counts in no subtree"),
                ProblemLedgers.unknownOrgs(LEDGER, small).stream().map(v -> v.line(Language.EN)).toList());
    }

    @Test
    void everyMistakeOfALedgerIsReportedAtItsPath() {
        String broken = """
                problems:
                  - id: p1
                    org: b1
                    category: c
                    found: 2026-02-10
                    steps:
                      - {action: rectify, date: 2026-02-11}
                      - {action: assign, date: 2026-02-09, deadline: 2026-03-01}
                      - {action: rectify, date: 2026-02-20, owner: b2}
                      - {action: close, date: 2026-02-21}
                      - {action: reopen, date: 2026-02-22}
                      - {action: archive, date: 2026-02-23}
                  - id: p1
                    org: b1
                    category: c
                    found: 2026-02-30
                """;
        ValidationException e = assertThrows(ValidationException.class,
                () -> ProblemLedgerFormat.ofDefaults().read(broken, Syntax.YAML));
        assertEquals(List.of(
                "$.problems[0].steps[0].action: 'rectify' cannot follow state found; allowed there: assign",
                "$.problems[0].steps[1].owner: assign names the owner who is to rectify the problem",
                "$.problems[0].steps[1].date: dated 2026-02-09, before the step or finding before it (2026-02-11)",
                "$.problems[0].steps[2].owner: only assign and reopen give owner",
                "$.problems[0].steps[4].deadline: reopen gives the deadline for rectification",
                "$.problems[0].steps[5].action: unknown ledger step 'archive'; expected one of: assign, rectify, close, "
                        + "reject, reopen",
                "$.problems[1].id: duplicate id 'p1' (first at $.problems[0].id)",
                "$.problems[1].found: '2026-02-30' is not a date such as 2025-12-31"), e.lines(Language.EN));
        assertEquals("$.problems[0].steps[0].action: 状态为 已发现 时不能执行 'rectify'，可执行：assign",
                e.lines(Language.ZH).get(0));
    }


    @Test
    void valuesTheTreeReaderRefusesAreReportedNotBuilt() {
        // 001 and 0x1F are refused by the tree reader (leading zeros, hex) and read as absent afterwards.
        ValidationException e = assertThrows(ValidationException.class, () -> ProblemLedgerFormat.ofDefaults().read(
                "problems:\n  - {id: p1, org: 001, category: c, title: X, found: 2026-01-01}\n", Syntax.YAML));
        assertEquals(1, e.violations().size(), e.lines(Language.EN).toString());
        assertEquals("$.problems[0].org", e.violations().get(0).path());
    }

    @Test
    void aProblemFoundAfterTheDayIsNotCounted() {
        // p3 (found 04-01) is not yet found on 03-31: u1 counts p1 and p2 only.
        ProblemFigures march = ProblemLedgers.figures(LEDGER, ORGS, "u1", Period.year(2026), LocalDate.of(2026, 3, 31));
        assertEquals(2, march.found());
    }
}
