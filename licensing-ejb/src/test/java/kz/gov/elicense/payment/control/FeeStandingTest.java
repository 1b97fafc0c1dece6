package kz.gov.elicense.payment.control;

import kz.gov.elicense.payment.entity.FeeEvidence;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeeStandingTest {

    @Test
    void nothingPaidIsNoEvidence() {
        assertEquals(Optional.empty(), FeeStanding.evidence(false, false, Optional.empty()));
    }

    @Test
    void aRejectedReceiptIsNoEvidence() {
        assertEquals(Optional.empty(), FeeStanding.evidence(false, false, Optional.of(false)));
    }

    @Test
    void eachWayOfPayingCounts() {
        assertEquals(Optional.of(FeeEvidence.GATEWAY_PAYMENT), FeeStanding.evidence(true, false, Optional.empty()));
        assertEquals(Optional.of(FeeEvidence.REGISTRY_CHECK), FeeStanding.evidence(false, true, Optional.empty()));
        assertEquals(Optional.of(FeeEvidence.OFFICER_CONFIRMED_RECEIPT),
                FeeStanding.evidence(false, false, Optional.of(true)));
    }

    @Test
    void aRejectedReceiptDoesNotUndoAGatewayPayment() {
        assertEquals(Optional.of(FeeEvidence.GATEWAY_PAYMENT), FeeStanding.evidence(true, false, Optional.of(false)));
    }
}
