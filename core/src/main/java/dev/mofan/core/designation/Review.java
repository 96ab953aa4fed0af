package dev.mofan.core.designation;

import dev.mofan.model.designation.Register;
import dev.mofan.model.designation.RegisterAction;
import dev.mofan.model.designation.RegisterEntry;
import dev.mofan.model.designation.RegisterState;
import dev.mofan.model.designation.RegisterStep;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.result.VetoHit;
import dev.mofan.model.scheme.Designation;
import dev.mofan.model.scheme.DesignationRule;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.scheme.WeakOrganisationRule;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews a population for a period (docs/designations.md): for each designation and
 * weak-organisation rule of the scheme, in declaration order, and each subject of its kinds, takes
 * the steps the rule calls for and records them in the register with their reasons.
 *
 * <ul>
 *   <li>A designation: an eligible subject without an open entry is nominated (and named at once when
 *       naming is automatic); a candidate no longer eligible is dropped. A named subject is
 *       re-examined (复查): its term may have run out (expire); else revoked when {@code revokeIf}
 *       holds, warned with a deadline when {@code warnIf} holds (by default: when not eligible), and
 *       retained otherwise. A warned subject is revoked when {@code revokeIf} holds or its deadline
 *       passed unrectified, and back to named once the warning no longer holds. A subject vetoed with
 *       effect {@code ineligible} in the period is not eligible.</li>
 *   <li>A weak-organisation rule: a subject for which {@code identifyIf} holds is identified and
 *       given a rectification deadline; later it is accepted and closed when {@code closeIf} holds, and
 *       past its deadline without that, rectification is extended to a new deadline.</li>
 * </ul>
 *
 * <p>An entry is stepped at most once per period: one whose last step rests on the reviewed period is
 * left alone, and a subject whose entry of a kind was closed in the reviewed period (expired,
 * revoked, dropped, accepted) gets no new one before the next period's review; so reviewing again
 * with the same inputs changes nothing. A named subject without a
 * complete result for the period stays under review. The register a rule's {@code designated} tests
 * read is the one the review has built so far (a scheme may only read designations declared before
 * the rule, or by other schemes).
 */
public final class Review {

    private final Judge judge;
    private final Report reviewed;
    private final LocalDate asOf;
    private final List<ReviewAction> actions = new ArrayList<>();
    private final Map<String, RegisterEntry> entries = new LinkedHashMap<>();
    /** The open entries by kind, then subject: what the rules and the {@code designated} tests read. */
    private final Map<String, Map<String, RegisterEntry>> open = new HashMap<>();
    /** Kind and subject of the entries closed in the reviewed period: no new entry for them until the next. */
    private final Set<String> closedNow = new HashSet<>();

    private Review(Scheme scheme, OrgDirectory directory, List<Report> reports, Register register, LocalDate asOf) {
        this.reviewed = reports.get(reports.size() - 1);
        this.asOf = asOf;
        register.entries().forEach(this::index);
        this.judge = new Judge(scheme, directory, reports, this::openOf);
    }

    private void index(RegisterEntry entry) {
        entries.put(entry.id(), entry);
        Map<String, RegisterEntry> ofKind = open.computeIfAbsent(entry.kind(), k -> new HashMap<>());
        if (entry.state().open()) {
            ofKind.put(entry.subject(), entry);
        } else {
            ofKind.computeIfPresent(entry.subject(), (subject, was) -> was.id().equals(entry.id()) ? null : was);
            if (rested(entry)) {
                closedNow.add(entry.kind() + '\u0000' + entry.subject());
            }
        }
    }

    private Map<String, RegisterEntry> openOf(String kind) {
        return open.getOrDefault(kind, Map.of());
    }

    /**
     * Reviews the subjects of {@code reports} — the reviewed period's and the ones before it, of
     * {@code scheme}, in any order — against the scheme's rules, on {@code asOf}.
     *
     * @param scheme the scheme whose designations and weak-organisation rules are applied
     * @param directory the org directory the reports were made for
     * @param reports the reviewed period's report and the earlier ones the rules look back on
     * @param register the register before the review
     * @param asOf the day the review is dated and judged on
     * @return the steps taken, with their reasons, and the register after them
     * @throws IllegalArgumentException if there is no report, one is of another scheme, or two are
     *     of the same period
     */
    public static ReviewResult of(Scheme scheme, OrgDirectory directory, List<Report> reports, Register register,
            LocalDate asOf) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("A review reads at least the reviewed period's report");
        }
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(r -> Period.parse(r.period()).end()));
        Set<String> periods = new LinkedHashSet<>();
        for (Report report : ordered) {
            if (!report.schemeId().equals(scheme.id())) {
                throw new IllegalArgumentException("Report of " + report.period() + " is of scheme " + report.schemeId()
                        + ", not " + scheme.id());
            }
            if (!periods.add(report.period())) {
                throw new IllegalArgumentException("Two reports of " + report.period());
            }
        }
        Review review = new Review(scheme, directory, ordered, register, asOf);
        for (DesignationRule rule : scheme.designations()) {
            for (String subject : review.subjects(rule)) {
                if (rule instanceof Designation designation) {
                    review.designation(designation, subject);
                } else {
                    review.weak((WeakOrganisationRule) rule, subject);
                }
            }
        }
        return new ReviewResult(review.reviewed.period(), asOf, review.actions,
                new Register(List.copyOf(review.entries.values())));
    }

    /** The subjects of the rule's kinds with a scorecard this period, then those with an open entry, by id. */
    private List<String> subjects(DesignationRule rule) {
        Set<String> subjects = new LinkedHashSet<>();
        for (Scorecard card : reviewed.scorecards()) {
            if (rule.subjects().contains(card.kind())) {
                subjects.add(card.subject());
            }
        }
        openOf(rule.id()).keySet().stream().sorted().forEach(subjects::add);
        return List.copyOf(subjects);
    }

    private void designation(Designation rule, String subject) {
        Optional<RegisterEntry> open = open(subject, rule.id());
        if (open.isPresent() && rested(open.get())) {
            return;
        }
        if (open.isEmpty() && closedNow.contains(rule.id() + '\u0000' + subject)) {
            return;
        }
        if (open.isEmpty()) {
            Judge.Verdict eligible = eligible(rule, subject);
            if (eligible.holds()) {
                RegisterEntry entry = step(null, subject, rule.id(), RegisterAction.NOMINATE, eligible.labels());
                if (rule.naming() == Designation.Naming.AUTOMATIC) {
                    step(entry, subject, rule.id(), RegisterAction.NAME, eligible.labels());
                }
            }
            return;
        }
        RegisterEntry entry = open.get();
        switch (entry.state()) {
            case CANDIDATE -> {
                Judge.Verdict eligible = eligible(rule, subject);
                if (!eligible.holds()) {
                    step(entry, subject, rule.id(), RegisterAction.DROP, eligible.labels());
                } else if (rule.naming() == Designation.Naming.AUTOMATIC) {
                    step(entry, subject, rule.id(), RegisterAction.NAME, eligible.labels());
                }
            }
            case NAMED, UNDER_REVIEW, WARNED -> reexamine(rule, entry);
            default -> throw new IllegalStateException(entry.state() + " is not open");
        }
    }

    /** 复查评估 of a named, under-review or warned entry. */
    private void reexamine(Designation rule, RegisterEntry entry) {
        String subject = entry.subject();
        Optional<LocalDate> named = entry.history().stream().filter(s -> s.action() == RegisterAction.NAME)
                .map(RegisterStep::date).reduce((a, b) -> b);
        if (rule.validYears().isPresent() && named.isPresent()
                && !asOf.isBefore(named.get().plusYears(rule.validYears().get()))) {
            step(entry, subject, rule.id(), RegisterAction.EXPIRE, List.of(Label.of(
                    "命名于 " + named.get() + "，有效期 " + rule.validYears().get() + " 年，截至 " + asOf + " 已期满",
                    "named on " + named.get() + " for " + rule.validYears().get() + " years: the term ran out by "
                            + asOf)));
            return;
        }
        if (entry.state() == RegisterState.NAMED) {
            entry = step(entry, subject, rule.id(), RegisterAction.OPEN_REVIEW, List.of(Label.of(
                    reviewed.period() + " 年度复查", "re-examination for " + reviewed.period())));
        }
        if (judge.reviewed(subject).isEmpty()) {
            // No complete result for the period: nothing to decide on, the entry stays as it is.
            return;
        }
        Optional<Judge.Verdict> revoke = rule.revokeIf().map(p -> judge.test(p, subject));
        Judge.Verdict warn = rule.warnIf().map(p -> judge.test(p, subject)).orElseGet(() -> {
            Judge.Verdict eligible = eligible(rule, subject);
            // Its reasons also explain a retention, so the heading says which way it went.
            return eligible.holds() ? Judge.headed(false, "still eligible:", "仍符合条件：", List.of(eligible))
                    : Judge.headed(true, "no longer eligible:", "不再符合条件：", List.of(eligible));
        });
        if (revoke.isPresent() && revoke.get().holds()) {
            step(entry, subject, rule.id(), RegisterAction.REVOKE, revoke.get().labels());
            return;
        }
        // A retention or rectification shows the warning's test marked as not met, not as a bare statement.
        List<Label> cleared = rule.warnIf().isEmpty() ? warn.labels()
                : Judge.headed(false, "warning not called for:", "未触发限期整改：", List.of(warn)).labels();
        if (entry.state() == RegisterState.UNDER_REVIEW) {
            if (warn.holds()) {
                warn(entry, rule, warn.labels());
            } else {
                step(entry, subject, rule.id(), RegisterAction.RETAIN, cleared);
            }
            return;
        }
        // Warned in an earlier period.
        LocalDate deadline = entry.deadline().orElseThrow();
        if (!warn.holds()) {
            step(entry, subject, rule.id(), RegisterAction.RECTIFIED, cleared);
        } else if (asOf.isAfter(deadline)) {
            step(entry, subject, rule.id(), RegisterAction.REVOKE, Judge.headed(true, "not rectified by the deadline "
                    + deadline + ":", "整改期限 " + deadline + " 已过，仍未整改到位：", List.of(warn)).labels());
        }
    }

    private void warn(RegisterEntry entry, DesignationRule rule, List<Label> reasons) {
        add(entry.then(new RegisterStep(RegisterAction.WARN, asOf, Optional.of(reviewed.period()),
                Optional.of(asOf.plusDays(rule.rectificationDays())), reasons)), entry, RegisterAction.WARN);
    }

    private void weak(WeakOrganisationRule rule, String subject) {
        Optional<RegisterEntry> open = open(subject, rule.id());
        if (open.isPresent() && rested(open.get())) {
            return;
        }
        if (open.isEmpty() && closedNow.contains(rule.id() + '\u0000' + subject)) {
            return;
        }
        if (open.isEmpty()) {
            Judge.Verdict identify = judge.test(rule.identifyIf(), subject);
            if (identify.holds()) {
                RegisterEntry entry = step(null, subject, rule.id(), RegisterAction.IDENTIFY, identify.labels());
                assign(entry, rule, RegisterAction.ASSIGN, identify.labels());
            }
            return;
        }
        RegisterEntry entry = open.get();
        if (entry.state() == RegisterState.IDENTIFIED) {
            assign(entry, rule, RegisterAction.ASSIGN, List.of(Label.of("整改提升", "rectification assigned")));
            return;
        }
        Judge.Verdict close = judge.test(rule.closeIf(), subject);
        if (close.holds()) {
            step(entry, subject, rule.id(), RegisterAction.ACCEPT, close.labels());
        } else if (asOf.isAfter(entry.deadline().orElseThrow())) {
            assign(entry, rule, RegisterAction.EXTEND, Judge.headed(false, "past the deadline " + entry.deadline().get()
                    + " and not accepted:", "期限 " + entry.deadline().get() + " 已过，验收未通过：", List.of(close)).labels());
        }
    }

    private void assign(RegisterEntry entry, DesignationRule rule, RegisterAction action, List<Label> reasons) {
        add(entry.then(new RegisterStep(action, asOf, Optional.of(reviewed.period()),
                Optional.of(asOf.plusDays(rule.rectificationDays())), reasons)), entry, action);
    }

    /** Nominate or identify when the subject has no entry, or take {@code action} on the entry. */
    private RegisterEntry step(RegisterEntry entry, String subject, String kind, RegisterAction action,
            List<Label> reasons) {
        RegisterStep step = new RegisterStep(action, asOf, Optional.of(reviewed.period()), Optional.empty(), reasons);
        if (entry == null) {
            RegisterEntry created = new RegisterEntry(kind + ":" + subject + ":" + reviewed.period(), subject, kind,
                    List.of(step));
            return add(created, null, action);
        }
        return add(entry.then(step), entry, action);
    }

    private RegisterEntry add(RegisterEntry after, RegisterEntry before, RegisterAction action) {
        if (before == null && entries.containsKey(after.id())) {
            throw new IllegalStateException("Entry " + after.id() + " is already in the register");
        }
        index(after);
        RegisterStep step = after.last();
        actions.add(new ReviewAction(after.id(), after.subject(), after.kind(), action,
                before == null ? Optional.empty() : Optional.of(before.state()), after.state(), step.deadline(),
                step.reasons()));
        return after;
    }

    /** The eligibility of {@code subject}: the rule's conditions, and no veto with effect {@code ineligible}. */
    private Judge.Verdict eligible(Designation rule, String subject) {
        Judge.Verdict conditions = judge.test(rule.eligible(), subject);
        Optional<VetoHit> veto = judge.ineligible(subject);
        if (veto.isEmpty()) {
            return conditions;
        }
        List<String> en = new ArrayList<>(conditions.en());
        List<String> zh = new ArrayList<>(conditions.zh());
        en.add("vetoed in " + reviewed.period() + ": " + veto.get().id() + " (not eligible for designation)");
        zh.add(reviewed.period() + " 年度触发否决：" + veto.get().id() + "（不得评选命名）");
        return new Judge.Verdict(false, en, zh);
    }

    private Optional<RegisterEntry> open(String subject, String kind) {
        return Optional.ofNullable(openOf(kind).get(subject));
    }

    /** Whether the entry's last step already rests on the reviewed period. */
    private boolean rested(RegisterEntry entry) {
        return entry.last().period().equals(Optional.of(reviewed.period()));
    }
}
