package kz.gov.elicense.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import kz.gov.elicense.application.boundary.CaseFlow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The head's signature and the register entry are one JTA transaction: a fault injected after the licence was
 * signed and entered, before the transaction commits, leaves neither the signed document nor the register
 * entry, and the licence number goes to the next issue (no gap).
 */
@ExtendWith(ArquillianExtension.class)
class LicenceSigningTransactionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    CaseFlow licensing;

    @Inject
    AsHeadOfProvider head;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry synchronizations;

    @Test
    void aFaultBeforeCommitLeavesNeitherSignatureNorRegisterEntry() throws Exception {
        PortalClient portal = PortalClient.forTestServer();
        String number = portal.toReportStep("221140008086");
        portal.draft(number, "LICENCE", "Clear").expect(200);

        transaction.begin();
        String attempted = head.call(() -> licensing.signResult(number).reference());
        synchronizations.registerInterposedSynchronization(new FailingBeforeCompletion());
        assertThrows(RollbackException.class, () -> transaction.commit());

        assertEquals(404, portal.get("licences/" + attempted, null).status(), "no register entry");
        JsonObject application = portal.read(number, "executor").expect(200).json();
        assertEquals("IN_WORK", application.getString("status"));
        assertEquals("HEAD_SIGNATURE", application.getString("currentStep"));
        assertTrue(PortalClient.isNull(application.getJsonObject("result"), "signedAt"), "no signed document");
        assertTrue(PortalClient.isNull(application.getJsonObject("result"), "licenceNumber"));

        String issued = portal.sign(number).expect(200).json().getString("licenceNumber");
        assertEquals(attempted, issued, "the number of the rolled-back issue is given to the next one");
        assertTrue(portal.get("licences/" + issued, null).expect(200).json().getBoolean("signatureValid"));
    }

    @Test
    void aRollbackAfterSigningUndoesTheWholeResult() throws Exception {
        PortalClient portal = PortalClient.forTestServer();
        String number = portal.toReportStep("140340009091");
        portal.draft(number, "LICENCE", "Clear").expect(200);

        transaction.begin();
        String attempted;
        try {
            attempted = head.call(() -> licensing.signResult(number).reference());
        } finally {
            transaction.rollback();
        }
        assertEquals(404, portal.get("licences/" + attempted, null).status());
        assertEquals("HEAD_SIGNATURE", portal.read(number, "executor").json().getString("currentStep"));
    }

    /** The injected fault: the transaction manager asks for a vote and gets an exception. */
    static final class FailingBeforeCompletion implements Synchronization {
        @Override
        public void beforeCompletion() {
            throw new IllegalStateException("fault injected between the signature and the commit");
        }

        @Override
        public void afterCompletion(int status) {
            // nothing to clean up
        }
    }
}
