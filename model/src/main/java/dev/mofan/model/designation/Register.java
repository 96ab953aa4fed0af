package dev.mofan.model.designation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The register of designations and weak-organisation cases (命名及动态管理台账), in the order entered:
 * ids unique, and at most one open entry per subject and kind. Format: docs/designations.md.
 *
 * @param entries the entries, in the order entered
 */
public record Register(List<RegisterEntry> entries) {

    /** An empty register. */
    public static final Register EMPTY = new Register(List.of());

    /**
     * Copies the list and checks ids and open entries.
     *
     * @param entries the entries, in the order entered
     */
    public Register {
        entries = List.copyOf(entries);
        Set<String> ids = new HashSet<>();
        Set<String> open = new HashSet<>();
        for (RegisterEntry entry : entries) {
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("Entry " + entry.id() + " is listed twice");
            }
            if (entry.state().open() && !open.add(entry.subject() + '\u0000' + entry.kind())) {
                throw new IllegalArgumentException("Two open entries of " + entry.kind() + " for " + entry.subject());
            }
        }
    }

    /**
     * This register with {@code step} appended to the history of entry {@code id}: how a portal
     * records the committee's own decisions, such as naming a candidate (命名授牌).
     *
     * @param id the id of the entry
     * @param step the step to append
     * @return a new register with the longer history; this one is unchanged
     * @throws IllegalArgumentException if there is no such entry, or the step is not legal from its state
     */
    public Register step(String id, RegisterStep step) {
        List<RegisterEntry> changed = new ArrayList<>(entries);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).id().equals(id)) {
                changed.set(i, changed.get(i).then(step));
                return new Register(changed);
            }
        }
        throw new IllegalArgumentException("No entry " + id);
    }

    /**
     * {@return the open entry of {@code kind} for {@code subject}, if any}
     *
     * @param subject the subject's id
     * @param kind the designation or weak-organisation rule's id
     */
    public Optional<RegisterEntry> open(String subject, String kind) {
        return entries.stream().filter(e -> e.subject().equals(subject) && e.kind().equals(kind) && e.state().open())
                .findFirst();
    }

    /**
     * {@return the open entries by subject, for one kind}
     *
     * @param kind the designation or weak-organisation rule's id
     */
    public Map<String, RegisterEntry> openOf(String kind) {
        Map<String, RegisterEntry> bySubject = new HashMap<>();
        for (RegisterEntry entry : entries) {
            if (entry.kind().equals(kind) && entry.state().open()) {
                bySubject.put(entry.subject(), entry);
            }
        }
        return bySubject;
    }
}
