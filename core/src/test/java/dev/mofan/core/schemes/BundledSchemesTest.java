package dev.mofan.core.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mofan.core.format.SchemeFormat;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.scheme.Scheme;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BundledSchemesTest {

    @Test
    void everyBundledSchemeLoadsWithoutWarnings() {
        for (String id : BundledSchemes.IDS) {
            Scheme scheme = BundledSchemes.get(id);
            assertEquals(id, scheme.id());
            assertEquals(java.util.List.of(), SchemeFormat.ofDefaults().lint(scheme), id);
        }
        assertEquals(5, BundledSchemes.get("five-type-organ").dimensions().size());
    }

    @Test
    void anUnknownIdIsEmptyOrAClearError() {
        assertEquals(Optional.empty(), BundledSchemes.find("five-type"));
        assertThrows(UnknownIdException.class, () -> BundledSchemes.get("five-type"));
    }
}
