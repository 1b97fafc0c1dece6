package kz.gov.elicense.weaponslicence.control;

import kz.gov.elicense.activitylicence.boundary.AnnexForm;
import kz.gov.elicense.activitylicence.boundary.DuplicateForm;
import kz.gov.elicense.activitylicence.boundary.LicenceIssueForm;
import kz.gov.elicense.activitylicence.boundary.ReissueForm;
import kz.gov.elicense.activitylicence.control.ActivityLicenceProcedure;
import kz.gov.elicense.activitylicence.control.LicenceService;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.weaponslicence.entity.WeaponsSubtype;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four weapons and cartridges services (§4.3) as they declare themselves. */
class WeaponsLicenceDeclarationsTest {

    private static final List<ActivityLicenceProcedure> SERVICES = List.of(new WeaponsLicenceIssue(),
            new WeaponsLicenceAnnex(), new WeaponsLicenceReissue(), new WeaponsLicenceDuplicate());

    @Test
    void fourServicesWithTheirCodesNumbersTermsAndResults() {
        assertEquals(List.of("WEAPONS_AND_CARTRIDGES_ISSUE", "WEAPONS_AND_CARTRIDGES_ANNEX",
                "WEAPONS_AND_CARTRIDGES_REISSUE", "WEAPONS_AND_CARTRIDGES_DUPLICATE"),
                SERVICES.stream().map(s -> s.type().code()).toList());
        assertEquals(List.of("WPN", "WPNA", "WPNR", "WPND"), SERVICES.stream().map(s -> s.numberPrefix()).toList());
        assertEquals(List.of(15, 15, 10, 2), SERVICES.stream().map(s -> s.totalTermWorkingDays()).toList());
        assertEquals(List.of(ResultKind.LICENCE, ResultKind.LICENCE, ResultKind.LICENCE, ResultKind.DUPLICATE),
                SERVICES.stream().map(s -> s.positiveResult()).toList());
        assertEquals(List.of(LicenceService.ISSUE, LicenceService.ANNEX, LicenceService.REISSUE, LicenceService.DUPLICATE),
                SERVICES.stream().map(ActivityLicenceProcedure::service).toList());
        assertTrue(SERVICES.stream().allMatch(s -> s.licensed().activity() == Activity.WEAPONS_AND_CARTRIDGES));
        assertTrue(SERVICES.stream().noneMatch(s -> s.paperResult()), "portal applications get the electronic result");
    }

    @Test
    void eachServiceReadsItsOwnForm() {
        assertEquals(List.of(LicenceIssueForm.class, AnnexForm.class, ReissueForm.class, DuplicateForm.class),
                SERVICES.stream().map(s -> s.formType()).toList());
    }

    @Test
    void theChecklistsNameTheQualificationDocumentsTheGroundsAndTheOptionalReceipt() {
        Map<String, List<DocumentKind>> required = Map.of(
                "ISSUE", List.of(DocumentKind.QUALIFICATION_FORM, DocumentKind.PREMISES_TITLE,
                        DocumentKind.STAFF_QUALIFICATION),
                "ANNEX", List.of(DocumentKind.QUALIFICATION_FORM, DocumentKind.PREMISES_TITLE,
                        DocumentKind.STAFF_QUALIFICATION),
                "REISSUE", List.of(DocumentKind.REISSUE_GROUNDS),
                "DUPLICATE", List.of());
        for (ActivityLicenceProcedure service : SERVICES) {
            List<ChecklistItem> checklist = service.checklist();
            assertEquals(required.get(service.service().name()),
                    checklist.stream().filter(ChecklistItem::required).map(ChecklistItem::kind).toList(),
                    service.type().code());
            assertTrue(checklist.stream().anyMatch(i -> i.kind() == DocumentKind.FEE_RECEIPT && !i.required()),
                    service.type().code() + ": the receipt is optional, the fee may go through the gateway");
        }
    }

    @Test
    void theSevenSubTypesOfTheSeedInKazakhAndRussian() {
        assertEquals(List.of("WEAPONS_DEVELOPMENT", "WEAPONS_PRODUCTION", "WEAPONS_REPAIR", "WEAPONS_SALE",
                        "WEAPONS_COLLECTION", "WEAPONS_EXHIBITION", "WEAPONS_PURCHASE"),
                Arrays.stream(WeaponsSubtype.values()).map(Enum::name).toList());
        assertEquals("Азаматтық және қызметтік қару мен оның патрондарын коллекцияға жинау",
                WeaponsSubtype.WEAPONS_COLLECTION.nameKk());
        assertEquals("Торговля гражданского и служебного оружия и патронов к нему", WeaponsSubtype.WEAPONS_SALE.nameRu());
        assertEquals(WeaponsSubtype.WEAPONS_REPAIR, WeaponsLicensing.ACTIVITY.subtype("WEAPONS_REPAIR"));
        assertEquals("WEAPONS_REPAIR", WeaponsSubtype.WEAPONS_REPAIR.grant().subtype());
    }
}
