package kz.gov.elicense.weaponregistration.boundary;

import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.Year;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the weapon forms that their format cannot state (seed 003 annex 1, item 3). */
class WeaponFormRulesTest {

    private static final Year THIS_YEAR = Year.of(2026);

    @Test
    void anIndividualMayAskToStoreOrToStoreAndCarry() {
        assertDoesNotThrow(() -> WeaponForms.registration(WeaponForms.INDIVIDUAL, "STORE").checkRules(THIS_YEAR));
        assertDoesNotThrow(() -> WeaponForms.registration(WeaponForms.INDIVIDUAL, "STORE_AND_CARRY").checkRules(THIS_YEAR));
    }

    @Test
    void aLegalEntityMayAskToStoreOnly() {
        assertDoesNotThrow(() -> WeaponForms.registration(WeaponForms.LEGAL_ENTITY, "STORE").checkRules(THIS_YEAR));
        Rejection carry = assertThrows(Rejection.class,
                () -> WeaponForms.registration(WeaponForms.LEGAL_ENTITY, "STORE_AND_CARRY").checkRules(THIS_YEAR));
        assertEquals(RejectionKind.INVALID_INPUT, carry.kind());
        assertEquals("permit-kind-not-allowed", carry.type());
        assertTrue(carry.detail().startsWith("permitKind:"), carry.detail());
    }

    @Test
    void theSameRuleHoldsForARegistrationToANewHolder() {
        WeaponReregistrationForm carry = new WeaponReregistrationForm("WEAPON_REREGISTRATION",
                new WeaponApplicant(WeaponForms.LEGAL_ENTITY, "ТОО", "Астана", null), "STORE_AND_CARRY",
                new WeaponReference("ИЖ", "1"), "NEW_HOLDER", java.util.List.of());
        assertEquals("permit-kind-not-allowed", assertThrows(Rejection.class, carry::checkPermitRules).type());
    }

    @Test
    void aServiceWeaponIsALegalEntitysOnly() {
        assertDoesNotThrow(() -> WeaponForms.registration(WeaponForms.LEGAL_ENTITY, "STORE", "SERVICE", 2020)
                .checkRules(THIS_YEAR));
        assertEquals("weapon-type-not-allowed", assertThrows(Rejection.class,
                () -> WeaponForms.registration(WeaponForms.INDIVIDUAL, "STORE", "SERVICE", 2020).checkRules(THIS_YEAR))
                .type());
    }

    @Test
    void aWeaponIsNotMadeInTheFuture() {
        assertDoesNotThrow(() -> WeaponForms.registration(WeaponForms.INDIVIDUAL, "STORE", "GAS", 2026).checkRules(THIS_YEAR));
        Rejection future = assertThrows(Rejection.class,
                () -> WeaponForms.registration(WeaponForms.INDIVIDUAL, "STORE", "GAS", 2027).checkRules(THIS_YEAR));
        assertTrue(future.detail().startsWith("weapon.yearOfManufacture"), future.detail());
    }
}
