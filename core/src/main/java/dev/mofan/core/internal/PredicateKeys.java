package dev.mofan.core.internal;

import dev.mofan.model.scheme.Predicate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/** The evidence keys a predicate reads. */
public final class PredicateKeys {

    private PredicateKeys() {
    }

    /**
     * {@return the keys {@code predicate} reads, in the order it names them}
     *
     * @param predicate the predicate
     */
    public static Set<String> of(Predicate predicate) {
        Set<String> keys = new LinkedHashSet<>();
        Deque<Predicate> todo = new ArrayDeque<>();
        todo.push(predicate);
        while (!todo.isEmpty()) {
            Predicate next = todo.pop();
            if (next instanceof Predicate.KeyTest test) {
                keys.add(test.key());
            } else if (next instanceof Predicate.AllOf all) {
                all.all().forEach(todo::addLast);
            } else if (next instanceof Predicate.AnyOf any) {
                any.any().forEach(todo::addLast);
            } else if (next instanceof Predicate.Not not) {
                todo.push(not.negated());
            }
        }
        return keys;
    }
}
