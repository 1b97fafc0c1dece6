package kz.gov.elicense.securityactivity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import kz.gov.elicense.application.boundary.FormDocument;
import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.securityactivity.boundary.LicenseeSite;
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceDuplicateForm;
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceForm;
import kz.gov.elicense.securityactivity.boundary.SecurityLicenceReissueForm;
import org.junit.jupiter.api.Test;

/** The questions and the assessment the three security services share. */
class SecurityChecksTest {

    private static final String BIN = "150440001011";
    private static final String HEAD = "800101300125";
    private static final String GUARD = "691115302343";
    private static final String REGISTERED_ADDRESS = "010000, г. Астана, район Есиль, пр. Мәңгілік Ел, д. 37, н.п. 12";
    private static final SecurityLicenceForm.Applicant APPLICANT = new SecurityLicenceForm.Applicant(BIN,
            "ТОО «Қалқан Күзет»", REGISTERED_ADDRESS, null, null);
    private static final FormDocument GROUNDS = new FormDocument("REISSUE_GROUNDS", "grounds.pdf", "0".repeat(64), null);
    private static final FormDocument RECEIPT = new FormDocument("FEE_RECEIPT", "receipt.pdf", "1".repeat(64), null);

    private static SecurityLicenceForm issue(boolean feeThroughGateway) {
        return new SecurityLicenceForm("SECURITY_ACTIVITY_ISSUE", APPLICANT, person(HEAD), List.of(person(GUARD)),
                List.of(GROUNDS), feeThroughGateway, List.of(new LicenseeSite("BRANCH", "Филиал", "Алматы, Абая 1")));
    }

    private static SecurityLicenceReissueForm reissue(String newAddress, boolean feeThroughGateway,
                                                      List<FormDocument> documents) {
        return new SecurityLicenceReissueForm("SECURITY_ACTIVITY_REISSUE", APPLICANT, "KZ26SEC0000001",
                "LEGAL_ADDRESS_CHANGE", null, null, newAddress, person(HEAD), List.of(person(GUARD)), null, documents,
                feeThroughGateway);
    }

    private static SecurityLicenceDuplicateForm duplicate() {
        return new SecurityLicenceDuplicateForm("SECURITY_ACTIVITY_DUPLICATE", APPLICANT, "KZ26SEC0000001", "LOST",
                null, person(HEAD), List.of(), true);
    }

    private static SecurityLicenceForm.Person person(String iin) {
        return new SecurityLicenceForm.Person(iin, "Person " + iin, null);
    }

    @Test
    void theIssueAsksTheSpecialAccountsAndTheDismissedPersonsRegister() {
        List<CheckKind> step3 = kinds(SecurityChecks.questions(SecurityChecks.Service.ISSUE, StepCode.REGISTRY_CHECKS,
                issue(true)));
        assertTrue(step3.containsAll(List.of(CheckKind.LEGAL_ENTITY, CheckKind.FEE_PAYMENT, CheckKind.SPECIAL_ACCOUNTS,
                CheckKind.INDIVIDUAL, CheckKind.CRIMINAL_RECORD, CheckKind.ADMINISTRATIVE_LIABILITY)), step3.toString());
        assertEquals(List.of(CheckKind.DISMISSED_PERSONS, CheckKind.DISMISSED_PERSONS), kinds(SecurityChecks.questions(
                SecurityChecks.Service.ISSUE, StepCode.DISMISSED_PERSONS_CHECK, issue(true))));
    }

    @Test
    void theReissueAndTheDuplicateAskTheLegalAddressButNotTheSpecialAccountsCommittee() {
        for (var form : List.of(reissue("Астана, Кенесары 1", true, List.of(GROUNDS)), duplicate())) {
            List<CheckRequest> step3 = SecurityChecks.questions(SecurityChecks.Service.REISSUE_OR_DUPLICATE,
                    StepCode.REGISTRY_CHECKS, form);
            List<CheckKind> kinds = kinds(step3);
            assertFalse(kinds.contains(CheckKind.SPECIAL_ACCOUNTS), kinds.toString());
            assertTrue(kinds.containsAll(List.of(CheckKind.LEGAL_ENTITY, CheckKind.FEE_PAYMENT, CheckKind.INDIVIDUAL,
                    CheckKind.CRIMINAL_RECORD, CheckKind.ADMINISTRATIVE_LIABILITY)), kinds.toString());
            assertTrue(step3.stream().anyMatch(r -> r.kind() == CheckKind.LEGAL_ENTITY
                    && r.purpose().contains("legal address")));
            assertTrue(SecurityChecks.questions(SecurityChecks.Service.REISSUE_OR_DUPLICATE,
                    StepCode.DISMISSED_PERSONS_CHECK, form).isEmpty());
        }
    }

    @Test
    void aFeeShownByAReceiptIsNotAskedOfTheGatewayAndAFeeShownByNeitherIsRefused() {
        assertFalse(kinds(SecurityChecks.questions(SecurityChecks.Service.REISSUE_OR_DUPLICATE, StepCode.REGISTRY_CHECKS,
                reissue(null, false, List.of(GROUNDS, RECEIPT)))).contains(CheckKind.FEE_PAYMENT));
        SecurityChecks.requireFeeEvidence(reissue(null, false, List.of(GROUNDS, RECEIPT)));
        SecurityChecks.requireFeeEvidence(reissue(null, true, List.of(GROUNDS)));
        Rejection refused = assertThrows(Rejection.class,
                () -> SecurityChecks.requireFeeEvidence(reissue(null, false, List.of(GROUNDS))));
        assertEquals("fee-receipt-required", refused.type());
    }

    @Test
    void aNewLegalAddressTheDatabaseDoesNotConfirmStandsInTheWay() {
        List<String> findings = SecurityChecks.findings(List.of(legalEntity(HEAD, REGISTERED_ADDRESS)),
                reissue("Астана, Кенесары 1", true, List.of(GROUNDS)));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("legal address") && findings.get(0).contains("Кенесары 1")
                && findings.get(0).contains(REGISTERED_ADDRESS), findings.get(0));
    }

    @Test
    void theRegisteredAddressWrittenInOtherCaseOrSpacingIsConfirmed() {
        String sameAddress = "  010000, Г. АСТАНА,  район Есиль, пр. Мәңгілік Ел, д. 37, н.п. 12 ";
        assertEquals(List.of(), SecurityChecks.findings(List.of(legalEntity(HEAD, REGISTERED_ADDRESS)),
                reissue(sameAddress, true, List.of(GROUNDS))));
        // without a new address the current one the form declares is held against the database
        assertEquals(List.of(), SecurityChecks.findings(List.of(legalEntity(HEAD, REGISTERED_ADDRESS)),
                reissue(null, true, List.of(GROUNDS))));
        assertEquals(List.of(), SecurityChecks.findings(List.of(legalEntity(HEAD, REGISTERED_ADDRESS)), duplicate()));
    }

    @Test
    void theIssueDoesNotHoldTheAddressAgainstTheDatabaseButStillTheHead() {
        assertEquals(List.of(), SecurityChecks.findings(List.of(legalEntity(HEAD, "elsewhere")), issue(true)));
        List<String> otherHead = SecurityChecks.findings(List.of(legalEntity("750502401237", REGISTERED_ADDRESS)),
                reissue(null, true, List.of(GROUNDS)));
        assertEquals(1, otherHead.size());
        assertTrue(otherHead.get(0).startsWith("head of the organisation"), otherHead.get(0));
    }

    @Test
    void theIssueFormsSitesGoToTheRegisterAndNoneWhenLeftOut() {
        assertEquals(1, issue(true).licenseeSites().size());
        assertEquals("BRANCH", issue(true).licenseeSites().get(0).kind().name());
        SecurityLicenceForm withoutSites = new SecurityLicenceForm("SECURITY_ACTIVITY_ISSUE", APPLICANT, person(HEAD),
                List.of(), List.of(GROUNDS), true, null);
        assertEquals(List.of(), withoutSites.licenseeSites());
    }

    private static RegistryCheck legalEntity(String headIin, String legalAddress) {
        RegistryCheck check = new RegistryCheck(42L, "req-le", CheckKind.LEGAL_ENTITY, BIN,
                "state registration and legal address of the applicant", Instant.parse("2026-04-07T05:00:00Z"));
        assertTrue(check.answer(CheckOutcome.FOUND, "Registered", "{\"name\":\"ТОО «Қалқан Күзет»\",\"legalAddress\":\""
                + legalAddress + "\",\"headIin\":\"" + headIin + "\"}", Instant.parse("2026-04-07T05:00:30Z")));
        return check;
    }

    private static List<CheckKind> kinds(List<CheckRequest> requests) {
        return requests.stream().map(CheckRequest::kind).toList();
    }
}
