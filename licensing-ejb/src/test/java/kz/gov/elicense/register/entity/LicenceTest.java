package kz.gov.elicense.register.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LicenceTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    private static Licence licence() {
        return new Licence(LicenceNumber.of("SEC", 2026, 1), "150440001011", "ТОО", Activity.SECURITY_ACTIVITY,
                "Provider", ISSUED, 1L, 1L, NOW, "head");
    }

    @Test
    void anIssuedLicenceIsActiveWithItsIssueInTheHistory() {
        Licence licence = licence();
        assertEquals(LicenceStatus.ACTIVE, licence.status());
        assertEquals(List.of(RegisterOperation.ISSUE), licence.history().stream().map(LicenceEvent::operation).toList());
        assertEquals(ISSUED, licence.history().get(0).effectiveDate());
    }

    @Test
    void suspensionResumptionAndTerminationFollowEachOtherInTheHistory() {
        Licence licence = licence();
        licence.apply(RegisterOperation.SUSPEND, "Court decision No. 1", ISSUED.plusDays(10), NOW, "head");
        assertEquals(LicenceStatus.SUSPENDED, licence.status());
        licence.apply(RegisterOperation.RESUME, "Violations removed", ISSUED.plusDays(40), NOW, "head");
        assertEquals(LicenceStatus.ACTIVE, licence.status());
        licence.apply(RegisterOperation.TERMINATE, "Licensee's request", ISSUED.plusDays(90), NOW, "head");
        assertEquals(LicenceStatus.TERMINATED, licence.status());
        assertEquals(List.of(RegisterOperation.ISSUE, RegisterOperation.SUSPEND, RegisterOperation.RESUME,
                RegisterOperation.TERMINATE), licence.history().stream().map(LicenceEvent::operation).toList());
        assertEquals("Court decision No. 1", licence.history().get(1).legalBasis());
    }

    @Test
    void operationsThatDoNotFitTheStatusAreRefusedAndLeaveNoTrace() {
        Licence licence = licence();
        assertThrows(IllegalStateException.class,
                () -> licence.apply(RegisterOperation.RESUME, "x", ISSUED, NOW, "head"));
        licence.apply(RegisterOperation.TERMINATE, "x", ISSUED, NOW, "head");
        assertThrows(IllegalStateException.class,
                () -> licence.apply(RegisterOperation.SUSPEND, "x", ISSUED, NOW, "head"));
        assertThrows(IllegalStateException.class,
                () -> licence.apply(RegisterOperation.TERMINATE, "x", ISSUED, NOW, "head"));
        assertThrows(IllegalStateException.class,
                () -> licence.apply(RegisterOperation.ISSUE, "x", ISSUED, NOW, "head"));
        assertEquals(2, licence.history().size());
    }
}
