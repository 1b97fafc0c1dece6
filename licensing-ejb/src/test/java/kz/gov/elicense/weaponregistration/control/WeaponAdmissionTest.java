package kz.gov.elicense.weaponregistration.control;

import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;
import kz.gov.elicense.weaponregistration.boundary.WeaponForms;
import kz.gov.elicense.weaponregistration.entity.PermitKind;
import kz.gov.elicense.weaponregistration.entity.PermitNumber;
import kz.gov.elicense.weaponregistration.entity.WeaponPermit;
import kz.gov.elicense.weaponregistration.entity.WeaponType;
import kz.gov.elicense.weaponregistration.entity.WeaponUnit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the register lets an application ask. */
class WeaponAdmissionTest {

    @Test
    void aWeaponNobodyHoldsIsRegistered() {
        assertDoesNotThrow(() -> WeaponAdmission.admitRegistration(
                WeaponForms.registration(WeaponForms.INDIVIDUAL, "STORE"), Optional.empty()));
    }

    @Test
    void aWeaponSomeoneHoldsIsNotRegisteredAgain() {
        Rejection twice = assertThrows(Rejection.class, () -> WeaponAdmission.admitRegistration(
                WeaponForms.registration(WeaponForms.INDIVIDUAL, "STORE"), Optional.of(heldBy("691115302343"))));
        assertEquals(RejectionKind.CONFLICT, twice.kind());
        assertEquals("weapon-already-registered", twice.type());
    }

    @Test
    void anUnknownWeaponIsNotReregistered() {
        Rejection unknown = assertThrows(Rejection.class, () -> WeaponAdmission.admitReregistration(
                WeaponForms.reregistration(WeaponForms.INDIVIDUAL, "NEW_HOLDER"), Optional.empty()));
        assertEquals(RejectionKind.CONFLICT, unknown.kind());
        assertEquals("weapon-not-registered", unknown.type());
    }

    @Test
    void aNewHolderIsSomeoneElseAndARenewalIsTheHolders() {
        WeaponUnit unit = heldBy("691115302343");
        assertEquals("WP-2026-000001", WeaponAdmission.admitReregistration(
                WeaponForms.reregistration(WeaponForms.INDIVIDUAL, "NEW_HOLDER"), Optional.of(unit)).number());
        assertEquals("weapon-held-by-another", assertThrows(Rejection.class, () -> WeaponAdmission.admitReregistration(
                WeaponForms.reregistration(WeaponForms.INDIVIDUAL, "RENEWAL"), Optional.of(unit))).type());
        WeaponUnit mine = heldBy(WeaponForms.INDIVIDUAL);
        assertDoesNotThrow(() -> WeaponAdmission.admitReregistration(
                WeaponForms.reregistration(WeaponForms.INDIVIDUAL, "RENEWAL"), Optional.of(mine)));
        assertEquals("weapon-holder-unchanged", assertThrows(Rejection.class, () -> WeaponAdmission.admitReregistration(
                WeaponForms.reregistration(WeaponForms.INDIVIDUAL, "NEW_HOLDER"), Optional.of(mine))).type());
    }

    private static WeaponUnit heldBy(String holder) {
        WeaponUnit unit = new WeaponUnit(WeaponType.SMOOTHBORE_HUNTING, "ИЖ", "27М", "12", "1234567", 2019, Instant.EPOCH);
        LocalDate day = LocalDate.of(2026, 1, 15);
        unit.enterPermit(new WeaponPermit.Issue(PermitNumber.of(2026, 1), holder, "Holder", "Астана", PermitKind.STORE,
                day, PermitTerm.validUntil(day), "MVD", 1L, "WPR-2026-000001", 1L, 2L, Instant.EPOCH, "head"), false);
        return unit;
    }
}
