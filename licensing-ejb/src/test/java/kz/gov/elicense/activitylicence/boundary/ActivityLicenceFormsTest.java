package kz.gov.elicense.activitylicence.boundary;

import kz.gov.elicense.application.control.FormJson;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;
import kz.gov.elicense.register.entity.ReissueReason;
import kz.gov.elicense.register.entity.Site;
import kz.gov.elicense.register.entity.SiteKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forms as the applicant signs them (JSON) and the rules each checks by itself. */
class ActivityLicenceFormsTest {

    private static final String APPLICANT = "\"applicant\":{\"bin\":\"150440001011\",\"name\":\"ТОО «Мерген»\","
            + "\"legalAddress\":\"Астана, Мәңгілік Ел, 55\"}";
    private static final String RECEIPT = "{\"kind\":\"FEE_RECEIPT\",\"fileName\":\"fee.pdf\",\"sha256\":\""
            + "0".repeat(64) + "\"}";

    private static <F> F read(String json, Class<F> type) {
        return FormJson.read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static LicenceIssueForm issue(String sites, boolean gateway, String documents) {
        return read("{\"procedure\":\"WEAPONS_AND_CARTRIDGES_ISSUE\"," + APPLICANT
                + ",\"subtypes\":[\"WEAPONS_SALE\",\"WEAPONS_REPAIR\"],\"sites\":" + sites
                + ",\"documents\":[" + documents + "],\"feePaidThroughGateway\":" + gateway + "}", LicenceIssueForm.class);
    }

    private static ReissueForm reissue(String fields) {
        return read("{\"procedure\":\"WEAPONS_AND_CARTRIDGES_REISSUE\"," + APPLICANT
                + ",\"licenceNumber\":\"KZ26WPN0000001\",\"detail\":\"re-registered on 01.11.2026\","
                + "\"documents\":[" + RECEIPT + "]," + fields + "}", ReissueForm.class);
    }

    private static String ruleBroken(ActivityLicenceForm form) {
        Rejection rejection = assertThrows(Rejection.class, form::checkRules);
        assertEquals(RejectionKind.INVALID_INPUT, rejection.kind());
        return rejection.type();
    }

    @Test
    void anIssueFormReadsItsSubTypesAndSites() {
        LicenceIssueForm form = issue("[{\"kind\":\"OBJECT\",\"name\":\"Склад\",\"address\":\"Астана, Пушкина, 1\"},"
                + "{\"kind\":\"BRANCH\",\"name\":\"Филиал\",\"address\":\"Алматы, Абая, 2\"}]", false, RECEIPT);
        assertDoesNotThrow(form::checkRules);
        assertEquals("150440001011", form.applicantId());
        assertEquals("ТОО «Мерген»", form.applicantName());
        assertEquals(List.of("WEAPONS_SALE", "WEAPONS_REPAIR"), form.subtypes());
        assertEquals(List.of(new Site(SiteKind.OBJECT, "Склад", "Астана, Пушкина, 1"),
                new Site(SiteKind.BRANCH, "Филиал", "Алматы, Абая, 2")), form.siteList());
    }

    @Test
    void anIssueNeedsALicensedObject() {
        assertEquals("object-required", ruleBroken(issue(
                "[{\"kind\":\"BRANCH\",\"name\":\"Филиал\",\"address\":\"Алматы, Абая, 2\"}]", true, "")));
    }

    @Test
    void aFeeNotPaidThroughTheGatewayNeedsItsReceipt() {
        String object = "[{\"kind\":\"OBJECT\",\"name\":\"Склад\",\"address\":\"Астана, Пушкина, 1\"}]";
        assertEquals("fee-receipt-missing", ruleBroken(issue(object, false, "")));
        assertDoesNotThrow(issue(object, true, "")::checkRules);
    }

    @Test
    void aSubTypeAskedTwiceIsRefused() {
        AnnexForm annex = read("{\"procedure\":\"WEAPONS_AND_CARTRIDGES_ANNEX\"," + APPLICANT
                + ",\"licenceNumber\":\"KZ26WPN0000001\",\"subtypes\":[\"WEAPONS_SALE\",\"WEAPONS_SALE\"],"
                + "\"documents\":[],\"feePaidThroughGateway\":true}", AnnexForm.class);
        assertEquals("form-invalid", ruleBroken(annex));
    }

    @Test
    void aChangeOfNameReissuesTheLicenceWithTheNewName() {
        ReissueForm form = reissue("\"reissueLicence\":true,\"reason\":\"NAME_CHANGE\",\"newHolderName\":\"ТОО «Жаңа»\"");
        assertDoesNotThrow(form::checkRules);
        assertEquals(ReissueReason.NAME_CHANGE, form.reissueReason());
        assertEquals(List.of(), form.annexes(), "no annexes named: none");
        assertNull(form.siteList(), "sites not given: they stay as they are");
        assertEquals("new-name-required", ruleBroken(reissue("\"reissueLicence\":true,\"reason\":\"NAME_CHANGE\"")));
    }

    @Test
    void aChangeOfLegalAddressNeedsTheNewAddress() {
        assertEquals("new-address-required", ruleBroken(reissue(
                "\"reissueLicence\":true,\"reason\":\"LEGAL_ADDRESS_CHANGE\"")));
    }

    @Test
    void whatIsEnteredOnTheLicenceItselfCannotChangeWithAnAnnexOnly() {
        assertEquals("licence-reissue-required", ruleBroken(reissue(
                "\"annexes\":[2],\"reason\":\"NAME_CHANGE\",\"newHolderName\":\"ТОО «Жаңа»\"")));
        assertEquals("licence-reissue-required", ruleBroken(reissue("\"annexes\":[2],\"reason\":\"OBJECT_ADDRESS_CHANGE\","
                + "\"sites\":[{\"kind\":\"OBJECT\",\"name\":\"Склад\",\"address\":\"Астана, Абая, 9\"}]")));
    }

    @Test
    void oneAnnexAloneIsReissuedForANewObjectAddress() {
        ReissueForm form = reissue("\"annexes\":[1],\"reason\":\"OBJECT_ADDRESS_CHANGE\"");
        assertDoesNotThrow(form::checkRules);
        assertEquals(List.of(1), form.annexes());
    }

    @Test
    void aReissueOfNothingOrOfAnAnnexTwiceIsRefused() {
        assertEquals("nothing-to-reissue", ruleBroken(reissue("\"reason\":\"OBJECT_ADDRESS_CHANGE\"")));
        assertEquals("form-invalid", ruleBroken(reissue("\"annexes\":[1,1],\"reason\":\"OBJECT_ADDRESS_CHANGE\"")));
    }

    @Test
    void aDuplicateOfOneAnnexOnlyOrOfTheLicence() {
        String head = "{\"procedure\":\"CIVIL_PYROTECHNICS_DUPLICATE\"," + APPLICANT
                + ",\"licenceNumber\":\"KZ26PYR0000001\",\"documents\":[],\"feePaidThroughGateway\":true,";
        DuplicateForm annexOnly = read(head + "\"annexes\":[2]}", DuplicateForm.class);
        assertDoesNotThrow(annexOnly::checkRules);
        assertTrue(!annexOnly.duplicateLicence());
        assertDoesNotThrow(read(head + "\"duplicateLicence\":true}", DuplicateForm.class)::checkRules);
        assertEquals("nothing-to-duplicate", ruleBroken(read(head + "\"annexes\":[]}", DuplicateForm.class)));
    }
}
