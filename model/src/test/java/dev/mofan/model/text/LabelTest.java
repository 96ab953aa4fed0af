package dev.mofan.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.model.org.OrgKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelTest {

    @Test
    void fallsBackToTheOtherLanguage() {
        Label both = Label.of("党支部", "branch");
        assertEquals("党支部", both.text(Language.ZH));
        assertEquals("branch", both.text(Language.EN));
        assertEquals("党支部", Label.zh("党支部").text(Language.EN));
        assertEquals("branch", Label.en("branch").text(Language.ZH));
        assertEquals("", Label.NONE.text(Language.EN));
        assertTrue(Label.NONE.isEmpty());
        assertFalse(both.isEmpty());
        assertEquals(Optional.empty(), Label.zh("党支部").in(Language.EN));
    }

    @Test
    void refusesBlankAndOverlongTexts() {
        assertThrows(IllegalArgumentException.class, () -> Label.zh(" "));
        assertThrows(IllegalArgumentException.class, () -> Label.en(""));
        assertThrows(IllegalArgumentException.class, () -> Label.zh("长".repeat(Label.MAX_LENGTH + 1)));
        assertEquals(Label.MAX_LENGTH, Label.zh("长".repeat(Label.MAX_LENGTH)).zh().orElseThrow().length());
    }

    @Test
    void languagesHaveCodes() {
        assertEquals(Optional.of(Language.ZH), Language.fromCode("zh"));
        assertEquals(Optional.of(Language.ZH), Language.fromCode("ZH-cn"));
        assertEquals(Optional.of(Language.ZH), Language.fromCode("zh_Hans"));
        assertEquals(Optional.of(Language.EN), Language.fromCode("en"));
        assertEquals(Optional.empty(), Language.fromCode("fr"));
        assertEquals(Optional.empty(), Language.fromCode(null));
    }

    @Test
    void termsHaveIdsFromTheirNames() {
        assertEquals("working-committee", OrgKind.WORKING_COMMITTEE.id());
        assertEquals(Optional.of(OrgKind.PARTY_CELL), Term.find(OrgKind.class, "party-cell"));
        assertEquals(Optional.empty(), Term.find(OrgKind.class, "PARTY_CELL"));
        assertEquals(Optional.empty(), Term.find(OrgKind.class, null));
        assertEquals("working-committee, unit, party-group, organ-committee, general-branch, branch, party-cell",
                Term.ids(OrgKind.class));
    }

    @Test
    void idsFollowOneRule() {
        for (String good : new String[] {"a", "0", "b17", "u001-b02", "gs.fgw_01", "x:y",
            "123e4567-e89b-12d3-a456-426614174000", "a".repeat(Identifiers.MAX_LENGTH)}) {
            assertTrue(Identifiers.isValid(good), good);
        }
        for (String bad : new String[] {"", "-a", ".a", "_a", "a b", "a/b", "支部", "a\n", "a".repeat(65), "İd"}) {
            assertFalse(Identifiers.isValid(bad), bad);
        }
        assertFalse(Identifiers.isValid(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Identifiers.require("a b", "org id"));
        assertTrue(e.getMessage().contains("org id 'a b' is not a valid id"), e.getMessage());
    }
}
