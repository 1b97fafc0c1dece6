package kz.gov.elicense.weaponregistration.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A unit keeps every permit it had; one is in force at a time. */
class WeaponUnitTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aReregistrationSupersedesThePermitInForceAndKeepsTheHistory() {
        WeaponUnit unit = unit();
        WeaponPermit first = unit.enterPermit(issue(1, "800101300125", FIRST_DAY), false);
        WeaponPermit second = unit.enterPermit(issue(2, "691115302343", FIRST_DAY.plusMonths(3)), true);

        assertEquals(2, unit.permits().size());
        assertEquals(PermitStatus.SUPERSEDED, first.status());
        assertEquals("WP-2026-000002", first.supersededBy());
        assertEquals(FIRST_DAY.plusMonths(3), first.supersededOn());
        assertEquals(PermitStatus.ACTIVE, second.status());
        assertNull(second.supersededBy());
        assertEquals(second, unit.activePermit().orElseThrow());
        assertEquals("691115302343", unit.activePermit().orElseThrow().holderId());
    }

    @Test
    void aUnitWithAPermitInForceIsNotRegisteredAgain() {
        WeaponUnit unit = unit();
        unit.enterPermit(issue(1, "800101300125", FIRST_DAY), false);
        assertThrows(IllegalStateException.class, () -> unit.enterPermit(issue(2, "691115302343", FIRST_DAY), false));
        assertEquals(1, unit.permits().size());
    }

    @Test
    void aUnitWithoutAPermitCannotBeReregistered() {
        assertThrows(IllegalStateException.class, () -> unit().enterPermit(issue(1, "800101300125", FIRST_DAY), true));
    }

    @Test
    void caseAndSpacingDoNotMakeAnotherWeapon() {
        assertEquals(WeaponUnit.makeKey("Иж  Мех "), WeaponUnit.makeKey("ИЖ мех"));
        assertEquals(WeaponUnit.serialKey("ab 12-34"), WeaponUnit.serialKey("AB12-34"));
    }

    @Test
    void permitNumbersAreAYearlySeries() {
        assertEquals("WP-2026-000042", PermitNumber.of(2026, 42).value());
        assertEquals("WEAPON-PERMIT-2026", PermitNumber.counterKey(2026));
        assertThrows(IllegalArgumentException.class, () -> PermitNumber.of(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new PermitNumber("WP-26-1"));
    }

    private static WeaponUnit unit() {
        return new WeaponUnit(WeaponType.RIFLED_HUNTING, "Sako", "85", ".308 Win", "AB 12-34", 2018, Instant.EPOCH);
    }

    private static WeaponPermit.Issue issue(long sequence, String holder, LocalDate on) {
        return new WeaponPermit.Issue(PermitNumber.of(2026, sequence), holder, "Holder " + holder, "Астана",
                PermitKind.STORE, on, on.plusYears(5).minusDays(1), "MVD", sequence, "WPR-2026-00000" + sequence,
                10 * sequence, 10 * sequence + 1, Instant.EPOCH, "head");
    }
}
