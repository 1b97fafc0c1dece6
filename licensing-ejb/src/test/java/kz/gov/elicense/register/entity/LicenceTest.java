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

    @Test
    void aReissueKeepsTheNumberChangesTheHolderAndDocumentAndSaysWhyInTheHistory() {
        Licence licence = licence();
        LocalDate day = ISSUED.plusDays(30);
        licence.reissue(ReissueReason.NAME_CHANGE, "re-registration certificate of 01.04.2026", "ТОО «Новое имя»",
                "Астана, пр. Мәңгілік Ел 8", null, day, 7L, 70L, NOW, "head");

        assertEquals("KZ26SEC0000001", licence.number().value());
        assertEquals("ТОО «Новое имя»", licence.holderName());
        assertEquals("Астана, пр. Мәңгілік Ел 8", licence.holderAddress());
        assertEquals(70L, licence.documentId());
        LicenceEvent reissue = licence.history().get(1);
        assertEquals(RegisterOperation.REISSUE, reissue.operation());
        assertEquals(7L, reissue.applicationId());
        assertEquals(day, reissue.effectiveDate());
        assertEquals(true, reissue.legalBasis().contains("change of the legal entity's name"));
        assertEquals(true, reissue.legalBasis().contains("holder was «ТОО»"));
    }

    @Test
    void aDuplicateLeavesTheLicenceAsItIsAndATerminatedLicenceGetsNeither() {
        Licence licence = licence();
        licence.duplicate(ISSUED.plusDays(3), 8L, 80L, NOW, "head");
        assertEquals(1L, licence.documentId(), "the licence's own document stays in force");
        assertEquals(RegisterOperation.DUPLICATE, licence.history().get(1).operation());

        licence.apply(RegisterOperation.TERMINATE, "Court decision", ISSUED.plusDays(5), NOW, "head");
        assertThrows(IllegalStateException.class, () -> licence.duplicate(ISSUED.plusDays(6), 9L, 90L, NOW, "head"));
        assertThrows(IllegalStateException.class, () -> licence.reissue(ReissueReason.NAME_CHANGE, null, "X", null,
                null, ISSUED.plusDays(6), 9L, 90L, NOW, "head"));
        assertEquals(3, licence.history().size());
    }

    @Test
    void annexesAreNumberedPerLicenceOnePerSubtypeAndEndWithTheLicence() {
        Licence licence = licence();
        AnnexGrant sale = new AnnexGrant("SALE", "сату", "торговля");
        AnnexGrant repair = new AnnexGrant("REPAIR", "жөндеу", "ремонт");
        assertEquals(1, licence.addAnnex(sale, ISSUED, 1L, 11L, NOW, "head"));
        assertEquals(2, licence.addAnnex(repair, ISSUED, 1L, 12L, NOW, "head"));
        assertThrows(IllegalStateException.class, () -> licence.addAnnex(sale, ISSUED, 2L, 13L, NOW, "head"));

        licence.reissueAnnex(2, ReissueReason.OBJECT_ADDRESS_CHANGE, "workshop moved", ISSUED.plusDays(9), 3L, 14L,
                NOW, "head");
        assertEquals(14L, licence.annex(2).orElseThrow().documentId());
        licence.duplicateAnnex(1, ISSUED.plusDays(10), 4L, 15L, NOW, "head");
        assertThrows(IllegalStateException.class, () -> licence.duplicateAnnex(3, ISSUED, 5L, 16L, NOW, "head"));
        assertEquals(List.of(RegisterOperation.ISSUE, RegisterOperation.ANNEX_ISSUE, RegisterOperation.ANNEX_ISSUE,
                RegisterOperation.ANNEX_REISSUE, RegisterOperation.ANNEX_DUPLICATE),
                licence.history().stream().map(LicenceEvent::operation).toList());

        licence.apply(RegisterOperation.TERMINATE, "Court decision", ISSUED.plusDays(20), NOW, "head");
        assertEquals(List.of(LicenceStatus.TERMINATED, LicenceStatus.TERMINATED),
                licence.annexes().stream().map(LicenceAnnex::status).toList());
    }

    @Test
    void branchesAndObjectsAreReplacedByWhatIsDeclaredKeepingWhenEachWasRemoved() {
        Licence licence = licence();
        Site office = new Site(SiteKind.BRANCH, "Филиал в Алматы", "Алматы, ул. Абая 1");
        Site post = new Site(SiteKind.OBJECT, "Охраняемый объект", "Астана, ул. Кенесары 5");
        licence.replaceSites(List.of(office, post), ISSUED);
        Site moved = new Site(SiteKind.BRANCH, "Филиал в Алматы", "Алматы, ул. Сатпаева 9");
        licence.replaceSites(List.of(moved, post), ISSUED.plusDays(40));

        assertEquals(List.of(post, moved), licence.currentSites());
        assertEquals(3, licence.sites().size());
        assertEquals(ISSUED.plusDays(40), licence.sites().get(0).removedOn());
    }
}
