package kz.gov.elicense.screens.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryReasonTest {

    @Test
    void theEnginesReasonsAreKeysWithTheirVaryingParts() {
        assertEquals(new HistoryReason.Known("history.reason.deliveredPortal", List.of()),
                HistoryReason.recognise("DELIVERED", "Delivered through the portal with a verified signature").orElseThrow());
        assertEquals(new HistoryReason.Known("history.reason.deliveredCounter", List.of()),
                HistoryReason.recognise("DELIVERED", "Delivered at the provider's counter").orElseThrow());
        assertEquals(new HistoryReason.Known("history.reason.registered", List.of("SEC-2026-000042")),
                HistoryReason.recognise("REGISTERED", "Registered in E-licensing with number SEC-2026-000042").orElseThrow());
        assertEquals(new HistoryReason.Known("history.reason.executorDetermined", List.of("executor2")),
                HistoryReason.recognise("IN_WORK", "Executor executor2 determined").orElseThrow());
        assertEquals(new HistoryReason.Known("history.reason.resultIssued", List.of("LICENCE")),
                HistoryReason.recognise("RESULT_ISSUED", "licence issued").orElseThrow());
        assertEquals(new HistoryReason.Known("history.reason.resultIssued", List.of("PERMIT")),
                HistoryReason.recognise("RESULT_ISSUED", "permit issued").orElseThrow());
        assertEquals(new HistoryReason.Known("history.reason.edsNotConfirmed", List.of("certificate revoked")),
                HistoryReason.recognise("REFUSED", "EDS not confirmed: certificate revoked").orElseThrow());
    }

    @Test
    void anyOtherTextIsLeftAsWritten() {
        // a refusal's grounds as the executor wrote them, and a reason the engine does not write
        assertTrue(HistoryReason.recognise("REFUSED", "Судимость руководителя; лицензия не может быть выдана").isEmpty());
        assertTrue(HistoryReason.recognise("REFUSED", "documents issued").isEmpty(), "a refusal's grounds");
        assertTrue(HistoryReason.recognise("RESULT_ISSUED", "The licence was issued, see the register").isEmpty());
        assertTrue(HistoryReason.recognise("REGISTERED", "Executor executor determined").isEmpty(), "another move's");
        assertTrue(HistoryReason.recognise("DELIVERED", null).isEmpty());
    }
}
