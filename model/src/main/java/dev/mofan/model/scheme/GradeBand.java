package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A grade band (等次), such as 优秀: reached by a total of at least {@code min} when every gate holds.
 *
 * @param id the band's id, unique in the scheme
 * @param name the band's name, such as 优秀 (excellent)
 * @param min the total needed to reach the band, at least 0; the bands' minima strictly decrease
 * @param gates predicates that must all hold for the band (门槛条件); often none
 */
public record GradeBand(String id, Label name, BigDecimal min, List<Predicate> gates) {

    /**
     * Checks every part.
     *
     * @param id the band's id, unique in the scheme
     * @param name the band's name, such as 优秀 (excellent)
     * @param min the total needed to reach the band, at least 0; the bands' minima strictly decrease
     * @param gates predicates that must all hold for the band (门槛条件); often none
     */
    public GradeBand {
        Identifiers.require(id, "grade id");
        Objects.requireNonNull(name, "name");
        if (min == null || min.signum() < 0) {
            throw new IllegalArgumentException("min of grade " + id + " must be >= 0 but was " + min);
        }
        gates = List.copyOf(gates);
        gates.forEach(gate -> SchemeChecks.decidedHere(gate, "A gate of band " + id));
    }
}
