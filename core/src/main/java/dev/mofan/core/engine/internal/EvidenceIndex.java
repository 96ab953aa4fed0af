package dev.mofan.core.engine.internal;

import dev.mofan.core.engine.internal.CompiledScheme.KindPlan;
import dev.mofan.core.spi.Fraction;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.evidence.Stage;
import dev.mofan.model.evidence.Value;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.Subject;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.UnusedRecord;
import dev.mofan.model.scheme.EvidenceKey;
import dev.mofan.model.scheme.KeyType;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Screens every evidence record against the scheme, the subjects and the period (SCORING.md,
 * "Unused input is reported, not fatal"), resolves corrections, and indexes the records that
 * count by subject and key. Order-independent: the same records in any order give the same index
 * and the same reasons (only which of two equal ids is "the second" follows the order given).
 */
public final class EvidenceIndex {

    /** A record that counts, with its value read exactly as a number where it is one. */
    public record Counted(EvidenceRecord record, Optional<Fraction> exact) {
    }

    private static final Comparator<Counted> BY_ID = Comparator.comparing(c -> c.record().id());

    private final Map<String, Map<String, List<Counted>>> bySubject = new HashMap<>();
    private final List<Unused> unused = new ArrayList<>();

    private record Unused(String id, int position, Messages why) {
    }

    private EvidenceIndex() {
    }

    /**
     * Screens and indexes {@code evidence} for one evaluation.
     *
     * @param scheme the compiled scheme
     * @param directory the org directory
     * @param evidence the evidence records
     * @param period the evaluated period
     * @param asOf the day records made later are not used
     * @return the index of the records that count, with the unused ones and why
     */
    public static EvidenceIndex build(CompiledScheme scheme, OrgDirectory directory, Evidence evidence, Period period,
            LocalDate asOf) {
        EvidenceIndex index = new EvidenceIndex();
        index.screen(scheme, directory, evidence.records(), period, asOf);
        return index;
    }

    private void screen(CompiledScheme scheme, OrgDirectory directory, List<EvidenceRecord> records, Period period,
            LocalDate asOf) {
        ZoneId zone = scheme.scheme().timeZone();
        Map<String, Integer> firstById = new HashMap<>();
        Counted[] counted = new Counted[records.size()];
        for (int i = 0; i < records.size(); i++) {
            EvidenceRecord record = records.get(i);
            Integer first = firstById.putIfAbsent(record.id(), i);
            Messages why = first != null ? Messages.of(EngineProblems.DUPLICATE, first)
                    : screen(scheme, directory, record, period, asOf, zone);
            if (why != null) {
                unused.add(new Unused(record.id(), i, why));
            } else {
                counted[i] = new Counted(record, number(scheme.key(record.key()).orElseThrow(), record.value()));
            }
        }
        resolveCorrections(records, counted, firstById);
        for (int i = 0; i < records.size(); i++) {
            if (counted[i] == null) {
                continue;
            }
            EvidenceRecord record = counted[i].record();
            Subject subject = directory.subject(record.subject()).orElseThrow();
            if (!scheme.plan(subject.kindId()).orElseThrow().readKeys().contains(record.key())) {
                unused.add(new Unused(record.id(), i, Messages.of(EngineProblems.NOT_READ, record.key(),
                        kindLabel(subject.kindId()))));
                continue;
            }
            bySubject.computeIfAbsent(record.subject(), s -> new TreeMap<>())
                    .computeIfAbsent(record.key(), k -> new ArrayList<>()).add(counted[i]);
        }
        for (Map<String, List<Counted>> byKey : bySubject.values()) {
            byKey.values().forEach(list -> list.sort(BY_ID));
        }
        unused.sort(Comparator.comparing(Unused::id).thenComparingInt(Unused::position));
    }

    private static Messages screen(CompiledScheme scheme, OrgDirectory directory, EvidenceRecord record,
            Period period, LocalDate asOf, ZoneId zone) {
        Optional<Subject> subject = directory.subject(record.subject());
        if (subject.isEmpty()) {
            return Messages.of(EngineProblems.SUBJECT_UNKNOWN, record.subject());
        }
        if (scheme.plan(subject.get().kindId()).isEmpty()) {
            return Messages.of(EngineProblems.KIND_NOT_ASSESSED, record.subject(), kindLabel(subject.get().kindId()));
        }
        Optional<EvidenceKey> key = scheme.key(record.key());
        if (key.isEmpty()) {
            return Messages.of(EngineProblems.KEY_UNKNOWN, record.key());
        }
        if (!period.contains(record.period())) {
            return Messages.of(EngineProblems.OUTSIDE_PERIOD, record.period().text(), period.text());
        }
        KindPlan plan = scheme.plan(subject.get().kindId()).orElseThrow();
        // A key nothing reads is reported as such below, whatever the stage.
        if (record.stage() == Stage.SELF && plan.readKeys().contains(record.key())
                && !plan.itemKeys().contains(record.key())) {
            return Messages.of(EngineProblems.SELF_ASSESSMENT, record.key(), kindLabel(subject.get().kindId()));
        }
        Optional<Label> misfit = misfit(key.get(), record.value());
        if (misfit.isPresent()) {
            return Messages.of(EngineProblems.VALUE_MISFIT, shown(record.value()), key.get().id(), key.get().type(),
                    misfit.get());
        }
        if (record.recordedAt().isPresent()) {
            LocalDate day = record.recordedAt().get().toInstant(zone).atZone(zone).toLocalDate();
            if (day.isAfter(asOf)) {
                return Messages.of(EngineProblems.AFTER_AS_OF, record.recordedAt().get().text(), asOf.toString());
            }
        }
        return null;
    }

    private void resolveCorrections(List<EvidenceRecord> records, Counted[] counted, Map<String, Integer> firstById) {
        List<Integer> corrections = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (counted[i] != null && records.get(i).supersedes().isPresent()) {
                corrections.add(i);
            }
        }
        // The smallest id wins a contested correction, whatever the order of the file.
        corrections.sort(Comparator.comparing(i -> records.get(i).id()));
        Map<String, String> correctedBy = new HashMap<>();
        Map<Integer, Integer> accepted = new java.util.LinkedHashMap<>();
        java.util.Set<Integer> rejected = new java.util.HashSet<>();
        for (int i : corrections) {
            EvidenceRecord record = records.get(i);
            String target = record.supersedes().get();
            Integer t = firstById.get(target);
            Messages why = null;
            if (target.equals(record.id())) {
                why = Messages.of(EngineProblems.SUPERSEDES_SELF);
            } else if (t == null) {
                why = Messages.of(EngineProblems.SUPERSEDES_UNKNOWN, target);
            } else if (!records.get(t).subject().equals(record.subject()) || !records.get(t).key().equals(record.key())
                    || records.get(t).stage() != record.stage()) {
                why = Messages.of(EngineProblems.SUPERSEDES_OTHER, target);
            } else if (correctedBy.containsKey(target)) {
                why = Messages.of(EngineProblems.ALREADY_CORRECTED, target, correctedBy.get(target));
            }
            if (why != null) {
                unused.add(new Unused(record.id(), i, why));
                counted[i] = null;
                rejected.add(i);
                continue;
            }
            correctedBy.put(target, record.id());
            accepted.put(i, t);
        }
        // A correction of a correction that was refused does not count either, down the chain.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (java.util.Iterator<Map.Entry<Integer, Integer>> it = accepted.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Integer, Integer> correction = it.next();
                if (rejected.contains(correction.getValue())) {
                    int i = correction.getKey();
                    unused.add(new Unused(records.get(i).id(), i, Messages.of(EngineProblems.SUPERSEDES_REFUSED,
                            records.get(correction.getValue()).id())));
                    counted[i] = null;
                    rejected.add(i);
                    it.remove();
                    changed = true;
                }
            }
        }
        for (Map.Entry<Integer, Integer> correction : accepted.entrySet()) {
            int t = correction.getValue();
            if (counted[t] != null) {
                unused.add(new Unused(records.get(t).id(), t,
                        Messages.of(EngineProblems.SUPERSEDED, records.get(correction.getKey()).id())));
                counted[t] = null;
            }
        }
    }

    /** Why {@code value} does not fit {@code key}, if it does not. */
    static Optional<Label> misfit(EvidenceKey key, Value value) {
        return switch (key.type()) {
            case FLAG -> value instanceof Value.Flag ? Optional.empty() : Optional.of(Label.of("须为 true 或 false", "must be true or false"));
            case COUNT -> value instanceof Value.Number n && n.value().signum() >= 0
                    && n.value().stripTrailingZeros().scale() <= 0 ? Optional.empty()
                    : Optional.of(Label.of("须为不小于 0 的整数", "must be a whole number, 0 or more"));
            case AMOUNT -> value instanceof Value.Number ? Optional.empty() : Optional.of(Label.of("须为数字", "must be a number"));
            case POINTS -> value instanceof Value.Number n && n.value().signum() >= 0 ? Optional.empty()
                    : Optional.of(Label.of("须为不小于 0 的数字", "must be a number, 0 or more"));
            case RATIO -> ratio(value).isPresent() ? Optional.empty()
                    : Optional.of(Label.of("须为 [0, 1] 之间的数字或 “完成数/应完成数” 文本", "must be a number in [0, 1] or a text such as \"357/566\""));
            case RATING -> key.isGraded() ? graded(key, value)
                    : value instanceof Value.Number n && n.value().signum() >= 0 ? Optional.empty()
                    : Optional.of(Label.of("须为不小于 0 的数字", "must be a number, 0 or more"));
            case CATEGORY -> graded(key, value);
        };
    }

    private static Optional<Label> graded(EvidenceKey key, Value value) {
        return value instanceof Value.Text t && key.values().contains(t.value()) ? Optional.empty()
                : Optional.of(Label.of("须为以下之一：" + String.join(", ", key.values()),
                        "must be one of " + String.join(", ", key.values())));
    }

    /** The value as a number for combining: a flag as 1 or 0, a ratio text as its fraction. */
    private static Optional<Fraction> number(EvidenceKey key, Value value) {
        if (value instanceof Value.Flag flag) {
            return Optional.of(flag.value() ? Fraction.ONE : Fraction.ZERO);
        }
        if (value instanceof Value.Number number) {
            return Optional.of(Fraction.of(number.value()));
        }
        return key.type() == KeyType.RATIO ? ratio(value) : Optional.empty();
    }

    private static Optional<Fraction> ratio(Value value) {
        if (value instanceof Value.Number n) {
            return n.value().signum() >= 0 && n.value().compareTo(BigDecimal.ONE) <= 0
                    ? Optional.of(Fraction.of(n.value())) : Optional.empty();
        }
        if (value instanceof Value.Text t) {
            String[] parts = t.value().split("/", -1);
            if (parts.length == 2 && parts[0].matches("[0-9]{1,18}") && parts[1].matches("[0-9]{1,18}")) {
                BigInteger done = new BigInteger(parts[0]);
                BigInteger due = new BigInteger(parts[1]);
                if (due.signum() > 0 && done.compareTo(due) <= 0) {
                    return Optional.of(Fraction.of(new BigDecimal(done), new BigDecimal(due)));
                }
            }
        }
        return Optional.empty();
    }

    private static String shown(Value value) {
        if (value instanceof Value.Flag flag) {
            return String.valueOf(flag.value());
        }
        if (value instanceof Value.Number number) {
            return number.value().toPlainString();
        }
        return "'" + ((Value.Text) value).value() + "'";
    }

    private static Label kindLabel(String kindId) {
        return Term.find(OrgKind.class, kindId).map(OrgKind::label)
                .orElse(Label.of("处室", "division"));
    }

    /**
     * {@return the counted records of {@code subject}, by key (sorted), each list by record id}
     *
     * @param subject the subject's id
     */
    public Map<String, List<Counted>> of(String subject) {
        return bySubject.getOrDefault(subject, Map.of());
    }

    /** {@return the records not used, by record id then position} */
    public List<UnusedRecord> unused() {
        List<UnusedRecord> list = new ArrayList<>(unused.size());
        for (Unused u : unused) {
            list.add(new UnusedRecord(u.id(), u.why().code(), u.why().en(), u.why().zh()));
        }
        return list;
    }
}
