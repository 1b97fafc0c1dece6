package kz.gov.elicense.activitylicence.control;

import kz.gov.elicense.activitylicence.boundary.LicenceIssue;

import kz.gov.elicense.activitylicence.boundary.LicensedActivity;

import kz.gov.elicense.activitylicence.boundary.ActivityLicenceForm;
import kz.gov.elicense.activitylicence.boundary.Licensee;
import kz.gov.elicense.activitylicence.boundary.LicenceIssueForm;
import kz.gov.elicense.activitylicence.boundary.SiteEntry;
import kz.gov.elicense.activitylicence.entity.ActivitySubtype;
import kz.gov.elicense.application.boundary.CheckRequest;
import kz.gov.elicense.application.boundary.IssuedResult;
import kz.gov.elicense.application.entity.ApplicantKind;
import kz.gov.elicense.application.entity.StepCode;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.entity.Activity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every declaration of a licence with annexes shares: identity, registry questions, findings, results. */
class ActivityLicenceProcedureTest {

    private enum Sample implements ActivitySubtype {
        SAMPLE_SALE, SAMPLE_USE;

        @Override
        public String nameKk() {
            return "сату";
        }

        @Override
        public String nameRu() {
            return "Торговля";
        }
    }

    private static final LicensedActivity SAMPLE = LicensedActivity.of(Activity.CIVIL_PYROTECHNICS, "PYR",
            Sample.values());

    private static final LicenceIssue ISSUE = new LicenceIssue(SAMPLE) {
    };

    private static LicenceIssueForm form(boolean gateway, String... subtypes) {
        return new LicenceIssueForm("CIVIL_PYROTECHNICS_ISSUE",
                new Licensee("150440001011", "ТОО «Отшашу»", "Астана", null, null), List.of(subtypes),
                List.of(new SiteEntry("OBJECT", "склад", "Астана, промзона, 4")), List.of(), gateway);
    }

    @Test
    void theDeclarationIsNamedAfterTheActivityAndTheService() {
        assertEquals("CIVIL_PYROTECHNICS_ISSUE", ISSUE.type().code());
        assertEquals("PYR", ISSUE.numberPrefix());
        assertEquals(ApplicantKind.LEGAL_ENTITY, ISSUE.applicantKind());
        assertEquals("MVD", ISSUE.provider().code());
        assertEquals(15, ISSUE.totalTermWorkingDays());
        assertEquals(LicenceService.ISSUE.steps(), ISSUE.steps());
        assertEquals("CIVIL_PYROTECHNICS_DUPLICATE", SAMPLE.type(LicenceService.DUPLICATE).code());
        assertEquals("PYRD", SAMPLE.numberPrefix(LicenceService.DUPLICATE));
    }

    @Test
    void theRegistryChecksAskTheLegalEntitiesDatabaseAndTheGatewayWhenTheFeeWentThroughIt() {
        List<CheckRequest> asked = ISSUE.checks(StepCode.REGISTRY_CHECKS, form(true, "SAMPLE_SALE"));
        assertEquals(List.of(CheckKind.LEGAL_ENTITY, CheckKind.FEE_PAYMENT), asked.stream().map(CheckRequest::kind).toList());
        assertTrue(asked.stream().allMatch(r -> r.subject().equals("150440001011")));
    }

    @Test
    void aFeePaidByReceiptIsNotAskedOfTheGateway() {
        assertEquals(List.of(CheckKind.LEGAL_ENTITY), ISSUE.checks(StepCode.REGISTRY_CHECKS, form(false, "SAMPLE_SALE"))
                .stream().map(CheckRequest::kind).toList());
        assertEquals(List.of(), ISSUE.checks(StepCode.COMPLETENESS_CHECK, form(true, "SAMPLE_SALE")));
    }

    @Test
    void anUnpaidFeeAndALiquidatedApplicantAreFindings() {
        RegistryCheck fee = new RegistryCheck(1L, "r1", CheckKind.FEE_PAYMENT, "150440001011", "licence fee", Instant.EPOCH);
        fee.answer(CheckOutcome.UNPAID, "no payment", null, Instant.EPOCH);
        RegistryCheck entity = new RegistryCheck(1L, "r2", CheckKind.LEGAL_ENTITY, "150440001011", "registration",
                Instant.EPOCH);
        entity.answer(CheckOutcome.FOUND, "found", "{\"name\":\"ТОО\",\"status\":\"LIQUIDATED\"}", Instant.EPOCH);
        List<String> findings = ISSUE.adverseFindings(List.of(fee, entity), form(true, "SAMPLE_SALE"));
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("licence fee: UNPAID"), findings.get(0));
        assertTrue(findings.get(1).endsWith("as LIQUIDATED"), findings.get(1));
    }

    @Test
    void anIssueNamingAnUnknownSubTypeIsRefusedBeforeAnythingIsStored() {
        Rejection rejection = assertThrows(Rejection.class, () -> ISSUE.admit(form(true, "SAMPLE_SALE", "WEAPONS_SALE")));
        assertEquals("subtype-unknown", rejection.type());
        assertTrue(rejection.detail().contains("[SAMPLE_SALE, SAMPLE_USE]"), rejection.detail());
    }

    @Test
    void admitAppliesTheFormsOwnRulesFirst() {
        // no FEE_RECEIPT and not paid through the gateway
        ActivityLicenceForm unpaid = form(false, "SAMPLE_SALE");
        assertEquals("fee-receipt-missing", assertThrows(Rejection.class, () -> ISSUE.admit(unpaid)).type());
    }

    @Test
    void oneSignatureOverTheLicenceAndItsAnnexesAnswersWithTheLicenceNumber() {
        IssuedResult licence = new IssuedResult("KZ26PYR0000003", "Licence reissued");
        IssuedResult annex = new IssuedResult("KZ26PYR0000003/2", "Annex 2 reissued");
        assertEquals(new IssuedResult("KZ26PYR0000003", "Licence reissued; Annex 2 reissued"),
                ActivityLicenceProcedure.together("KZ26PYR0000003", List.of(licence, annex)));
        assertEquals(annex, ActivityLicenceProcedure.together("KZ26PYR0000003", List.of(annex)));
        assertEquals("KZ26PYR0000003/1,2", ActivityLicenceProcedure.together("KZ26PYR0000003",
                List.of(new IssuedResult("KZ26PYR0000003/1", "a"), annex)).reference());
    }
}
