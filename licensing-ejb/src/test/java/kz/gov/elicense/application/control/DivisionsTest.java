package kz.gov.elicense.application.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DivisionsTest {

    @TempDir
    Path folder;

    @Test
    void theProcedureNamesItsDivisionElseItsProviderElseTheProviderIsTheDivision() throws Exception {
        Path file = Files.writeString(folder.resolve("divisions.properties"),
                "MVD=MVD-ASTANA\nWEAPON_REGISTRATION=MVD-ALMATY\n");
        Divisions divisions = new Divisions(file);
        assertEquals("MVD-ALMATY", divisions.of("WEAPON_REGISTRATION", "MVD"));
        assertEquals("MVD-ASTANA", divisions.of("SECURITY_ACTIVITY_ISSUE", "MVD"));
        assertEquals("MJ", divisions.of("FORENSIC_EXPERT_ISSUE", "MJ"));
    }

    @Test
    void withoutTheFileEachProviderIsOneDivision() {
        assertEquals("MVD", new Divisions(folder.resolve("absent.properties")).of("SECURITY_ACTIVITY_ISSUE", "MVD"));
    }
}
