package dev.mofan.core.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.SchemeFormat;
import dev.mofan.model.scheme.Scheme;
import org.junit.jupiter.api.Test;

class BundledSchemesTest {

    @Test
    void fiveTypeOrganLoads() {
        Scheme scheme = BundledSchemes.get("five-type-organ");
        assertEquals(5, scheme.dimensions().size());
        System.out.println(SchemeFormat.ofDefaults().lint(scheme));
    }
}
