package kz.gov.elicense.weaponregistration.control;

import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.StepDefinition;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.application.entity.OfficerRole;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.calendar.entity.StepLimit;
import kz.gov.elicense.weaponregistration.boundary.WeaponForms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both declarations against the table of regulation §4.2 (seed 003 annex 1, item 5). */
class WeaponProceduresTest {

    private static final WeaponRegistrationProcedure REGISTRATION = new WeaponRegistrationProcedure();
    private static final WeaponReregistrationProcedure REREGISTRATION = new WeaponReregistrationProcedure();

    @Test
    void theSixStepsOfTheTableWithTheirRolesAndLimits() {
        for (WeaponProcedure procedure : List.of(REGISTRATION, REREGISTRATION)) {
            List<StepDefinition> steps = procedure.steps();
            assertEquals(List.of(StepCode.RECEIPT, StepCode.ASSIGN_EXECUTOR, StepCode.COMPLETENESS_CHECK,
                    StepCode.REPORT_AND_RESULT, StepCode.HEAD_SIGNATURE, StepCode.DISPATCH),
                    steps.stream().map(StepDefinition::code).toList());
            assertEquals(List.of(OfficerRole.CLERK, OfficerRole.HEAD_OF_PROVIDER, OfficerRole.EXECUTOR,
                    OfficerRole.EXECUTOR, OfficerRole.HEAD_OF_PROVIDER, OfficerRole.CLERK),
                    steps.stream().map(StepDefinition::role).toList());
            assertEquals(List.of(StepLimit.workingMinutes(15), StepLimit.workingHours(2), StepLimit.workingDays(2),
                    StepLimit.workingDays(13), StepLimit.workingHours(3), StepLimit.workingMinutes(15)),
                    steps.stream().map(StepDefinition::limit).toList());
            assertTrue(steps.stream().noneMatch(StepDefinition::sharesPreviousLimit), "each step has its own limit");
        }
    }

    @Test
    void theTermIsTheExecutorsFifteenWorkingDays() {
        int executorsDays = REGISTRATION.steps().stream()
                .filter(s -> s.role() == OfficerRole.EXECUTOR && s.limit().unit() == StepLimit.Unit.WORKING_DAYS)
                .mapToInt(s -> s.limit().amount()).sum();
        assertEquals(15, executorsDays);
        assertEquals(15, REGISTRATION.totalTermWorkingDays());
        assertEquals(15, REREGISTRATION.totalTermWorkingDays());
    }

    @Test
    void anyoneAppliesForAPaperPermitFromInternalAffairs() {
        for (WeaponProcedure procedure : List.of(REGISTRATION, REREGISTRATION)) {
            assertEquals(ApplicantKind.ANY, procedure.applicantKind());
            assertTrue(procedure.paperResult(), "the office sends the paper permit");
            assertEquals(ResultKind.PERMIT, procedure.positiveResult());
            assertEquals("MVD", procedure.provider().code());
        }
        assertEquals("WEAPON_REGISTRATION", REGISTRATION.type().code());
        assertEquals("WEAPON_REREGISTRATION", REREGISTRATION.type().code());
        assertEquals("WPR", REGISTRATION.numberPrefix());
        assertEquals("WRR", REREGISTRATION.numberPrefix());
        assertTrue(REGISTRATION.title().contains("Регистрация каждой единицы"));
        assertTrue(REREGISTRATION.title().contains("Перерегистрация каждой единицы"));
    }

    @Test
    void anIndividualBringsAMedicalCertificateAndPhotographs() {
        assertEquals(Set.of(DocumentKind.WEAPON_ACQUISITION, DocumentKind.MEDICAL_CERTIFICATE, DocumentKind.PHOTOGRAPH,
                        DocumentKind.STORAGE_CONDITIONS_ACT, DocumentKind.FEE_RECEIPT),
                required(REGISTRATION.checklist(), WeaponForms.registration(WeaponForms.INDIVIDUAL, "STORE_AND_CARRY")));
    }

    @Test
    void aLegalEntityBringsNeitherMedicalCertificateNorPhotographs() {
        Set<DocumentKind> required = required(REGISTRATION.checklist(), WeaponForms.registration(WeaponForms.LEGAL_ENTITY, "STORE"));
        assertEquals(Set.of(DocumentKind.WEAPON_ACQUISITION, DocumentKind.STORAGE_CONDITIONS_ACT,
                DocumentKind.FEE_RECEIPT), required);
    }

    @Test
    void aNewHolderProvesTheAcquisitionAHolderRenewingDoesNot() {
        assertTrue(required(REREGISTRATION.checklist(), WeaponForms.reregistration(WeaponForms.INDIVIDUAL, "NEW_HOLDER"))
                .contains(DocumentKind.WEAPON_ACQUISITION));
        Set<DocumentKind> renewal = required(REREGISTRATION.checklist(), WeaponForms.reregistration(WeaponForms.INDIVIDUAL, "RENEWAL"));
        assertFalse(renewal.contains(DocumentKind.WEAPON_ACQUISITION));
        assertTrue(renewal.contains(DocumentKind.MEDICAL_CERTIFICATE));
    }

    @Test
    void permitsAreValidForFiveYears() {
        assertEquals(java.time.LocalDate.of(2031, 5, 13), PermitTerm.validUntil(java.time.LocalDate.of(2026, 5, 14)));
    }

    private static Set<DocumentKind> required(List<ChecklistItem> checklist, ProcedureForm form) {
        return checklist.stream().filter(item -> item.requiredFor(form)).map(ChecklistItem::kind)
                .collect(java.util.stream.Collectors.toSet());
    }
}
