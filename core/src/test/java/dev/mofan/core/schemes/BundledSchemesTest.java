package dev.mofan.core.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.scheme.Scheme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BundledSchemesTest {

    private static final SchemeFormat FORMAT = SchemeFormat.ofDefaults();

    @Test
    void theIdsAreListedWithFiveTypeOrganFirst() {
        assertEquals(List.of("five-type-organ", "four-strong-branch", "star-branch", "points-branch", "model-division",
                "three-atmospheres", "quzhou-index"),
                BundledSchemes.IDS);
    }

    @Test
    void everyBundledSchemeLoadsWithoutWarnings() {
        for (String id : BundledSchemes.IDS) {
            Scheme scheme = BundledSchemes.get(id);
            assertEquals(id, scheme.id());
            assertEquals(List.of(), FORMAT.lint(scheme), id);
        }
        assertEquals(5, BundledSchemes.get("five-type-organ").dimensions().size());
    }

    @Test
    void everyBundledSchemeSurvivesItsCanonicalRoundTripInBothSyntaxes() {
        for (String id : BundledSchemes.IDS) {
            Scheme scheme = BundledSchemes.get(id);
            for (Syntax syntax : Syntax.values()) {
                String text = FORMAT.write(scheme, syntax);
                Scheme again = FORMAT.read(text, syntax);
                assertEquals(scheme, again, id + " " + syntax);
                assertEquals(text, FORMAT.write(again, syntax), id + " " + syntax);
                assertEquals(List.of(), FORMAT.lint(again), id + " " + syntax);
            }
        }
    }

    @Test
    void anUnknownIdIsEmptyOrAClearError() {
        assertEquals(Optional.empty(), BundledSchemes.find("five-type"));
        assertThrows(UnknownIdException.class, () -> BundledSchemes.get("five-type"));
    }
}
