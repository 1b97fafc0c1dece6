package kz.gov.elicense.activitylicence.control;

import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;
import kz.gov.elicense.register.boundary.LicenceRegister.AnnexView;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceFacts;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeldLicenceTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    private static final LicenceFacts LICENCE = new LicenceFacts("KZ26WPN0000001", "150440001011", "ТОО «Мерген»",
            "Астана", Activity.WEAPONS_AND_CARTRIDGES, LicenceStatus.ACTIVE, ISSUED, List.of(
            new AnnexView(1, "WEAPONS_SALE", "сату", "Торговля", "ACTIVE", ISSUED),
            new AnnexView(2, "WEAPONS_REPAIR", "жөндеу", "Ремонт", "ACTIVE", ISSUED),
            new AnnexView(3, "WEAPONS_COLLECTION", "коллекцияға жинау", "Коллекционирование", "TERMINATED", ISSUED)),
            List.of());

    @Test
    void annexesTheLicenceHasMayBeReissuedOrDuplicated() {
        assertDoesNotThrow(() -> HeldLicence.requireAnnexes(LICENCE, List.of(2, 1)));
        assertDoesNotThrow(() -> HeldLicence.requireAnnexes(LICENCE, List.of()));
    }

    @Test
    void anAnnexTheLicenceDoesNotHaveIsAConflict() {
        Rejection rejection = assertThrows(Rejection.class, () -> HeldLicence.requireAnnexes(LICENCE, List.of(1, 4)));
        assertEquals(RejectionKind.CONFLICT, rejection.kind());
        assertEquals("annex-unknown", rejection.type());
        assertTrue(rejection.detail().contains("no annex 4"), rejection.detail());
    }

    @Test
    void aTerminatedAnnexIsAConflict() {
        Rejection rejection = assertThrows(Rejection.class, () -> HeldLicence.requireAnnexes(LICENCE, List.of(3)));
        assertEquals("annex-terminated", rejection.type());
    }

    @Test
    void aSubTypeAnActiveAnnexCoversIsAConflict() {
        Rejection rejection = assertThrows(Rejection.class,
                () -> HeldLicence.requireUncovered(LICENCE, List.of("WEAPONS_PRODUCTION", "WEAPONS_REPAIR")));
        assertEquals(RejectionKind.CONFLICT, rejection.kind());
        assertEquals("subtype-already-covered", rejection.type());
        assertTrue(rejection.detail().startsWith("Annex 2 of licence KZ26WPN0000001 already covers WEAPONS_REPAIR"),
                rejection.detail());
    }

    @Test
    void aSubTypeWhoseAnnexWasTerminatedMayBeGrantedAgain() {
        assertDoesNotThrow(() -> HeldLicence.requireUncovered(LICENCE, List.of("WEAPONS_COLLECTION", "WEAPONS_PRODUCTION")));
    }
}
