package kz.gov.elicense.signature.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExpectedSignerTest {

    private static final String BIN = "150440001011";
    private static final String IIN = "800101300125";
    private static final String OTHER_IIN = "750502401237";

    @Test
    void anOrganisationSignatoryIsItsHeadOrAPersonWithTheRightToSign() {
        ExpectedSigner rule = ExpectedSigner.organisationSignatory(BIN);

        assertNull(rule.mismatch(employee(BIN, IIN, KeyUser.ORGANIZATION, KeyUser.CEO)));
        assertNull(rule.mismatch(employee(BIN, IIN, KeyUser.ORGANIZATION, KeyUser.CAN_SIGN)));
        for (KeyUser role : List.of(KeyUser.EMPLOYEE, KeyUser.HR, KeyUser.CAN_SIGN_FINANCIAL, KeyUser.ORGANIZATION)) {
            assertEquals(SignatureFailure.SIGNATORY_NOT_AUTHORISED,
                    rule.mismatch(employee(BIN, IIN, KeyUser.ORGANIZATION, role)).failure(), role.name());
        }
        assertEquals(SignatureFailure.IDENTITY_MISMATCH,
                rule.mismatch(employee("160540002025", IIN, KeyUser.ORGANIZATION, KeyUser.CEO)).failure(),
                "the identity is compared first");
    }

    @Test
    void aPersonSignsWithTheirIndividualCertificate() {
        ExpectedSigner rule = ExpectedSigner.person(IIN);

        assertNull(rule.mismatch(employee(null, IIN, KeyUser.INDIVIDUAL)));
        ExpectedSigner.Mismatch noRole = rule.mismatch(employee(null, IIN));
        assertEquals(SignatureFailure.SIGNATORY_NOT_AUTHORISED, noRole.failure());
        assertTrue(noRole.reason().contains("without any NCA RK key-user role"), noRole.reason());
        assertEquals(SignatureFailure.SIGNATORY_NOT_AUTHORISED,
                rule.mismatch(employee(BIN, IIN, KeyUser.ORGANIZATION, KeyUser.CEO)).failure());
        assertNull(new ExpectedSigner(null, IIN).mismatch(employee(null, IIN)), "identity only, as before");
    }

    @Test
    void aProviderOfficerIsOnTheListOfTheProvidersBin() {
        ExpectedSigner rule = ExpectedSigner.providerOfficer(BIN, List.of(IIN));

        assertNull(rule.mismatch(employee(BIN, IIN, KeyUser.ORGANIZATION, KeyUser.EMPLOYEE)));
        assertEquals(SignatureFailure.SIGNER_NOT_ALLOWED, rule.mismatch(employee(BIN, OTHER_IIN)).failure());
        assertEquals(SignatureFailure.SIGNER_NOT_ALLOWED, rule.mismatch(employee(BIN, null)).failure());
        assertEquals(SignatureFailure.IDENTITY_MISMATCH, rule.mismatch(employee("160540002025", IIN)).failure());
        assertThrows(IllegalArgumentException.class, () -> ExpectedSigner.providerOfficer(BIN, List.of()));
        assertThrows(IllegalArgumentException.class, () -> ExpectedSigner.providerOfficer(BIN, List.of("IIN800101300125")));
    }

    @Test
    void theOriginalRulesCheckTheIdentityOnly() {
        assertNull(ExpectedSigner.ANY.mismatch(employee(null, null)));
        assertNull(ExpectedSigner.organisation(BIN).mismatch(employee(BIN, IIN, KeyUser.ORGANIZATION, KeyUser.EMPLOYEE)));
        assertEquals(Set.of(), ExpectedSigner.organisation(BIN).anyKeyUserOf());
        assertEquals(ExpectedSigner.organisation(BIN), new ExpectedSigner(BIN, null));
        assertEquals(SignatureFailure.IDENTITY_MISMATCH, new ExpectedSigner(BIN, OTHER_IIN).mismatch(employee(BIN, IIN)).failure());
    }

    private static SignerIdentity employee(String bin, String iin, KeyUser... users) {
        return new SignerIdentity(iin, bin, "Ахметов Нурлан", bin == null ? null : "«Қалқан Күзет»", "1f",
                "CN=Test CA", Instant.EPOCH, Instant.EPOCH.plusSeconds(1), null, Set.copyOf(List.of(users)));
    }
}
