package dev.mofan.core.engine.internal;

import dev.mofan.model.result.DimensionScore;
import dev.mofan.model.result.IndicatorScore;
import dev.mofan.model.result.ItemScore;
import dev.mofan.model.result.PartScore;
import dev.mofan.model.result.Scorecard;
import java.math.BigDecimal;
import java.util.Optional;

/** A scorecard's figures by the names predicates and tie-breaks use: total, base, part:ID, dimension:ID, … */
final class Figures {

    private Figures() {
    }

    /** The figure {@code name} of {@code card}; empty when it is excluded, failed or not there. */
    static Optional<BigDecimal> of(Scorecard card, String name) {
        if (name.equals("total")) {
            return Optional.of(card.total());
        }
        if (name.equals("base")) {
            return Optional.of(card.base());
        }
        int colon = name.indexOf(':');
        String id = colon < 0 ? "" : name.substring(colon + 1);
        return switch (colon < 0 ? "" : name.substring(0, colon)) {
            case "part" -> card.parts().stream().filter(p -> p.id().equals(id)).findFirst().map(PartScore::points);
            case "dimension" -> card.dimensions().stream().filter(d -> d.id().equals(id)).findFirst()
                    .flatMap(DimensionScore::points);
            case "indicator" -> card.indicators().stream().filter(i -> i.id().equals(id)).findFirst()
                    .flatMap(IndicatorScore::points);
            case "item" -> card.item(id).flatMap(ItemScore::points);
            default -> Optional.empty();
        };
    }
}
