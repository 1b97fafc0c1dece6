package kz.gov.elicense.signature.boundary;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PkiReadinessTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void missingTrustAnchorsKeyAndAnUnreachableAuthorityAreEachAReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PkiReadiness readiness = PkiReadiness.judge(NOW, null, null, content -> content,
                "http://127.0.0.1:" + closedPort + "/tsa");

        assertFalse(readiness.ready());
        assertEquals(3, readiness.problems().size(), readiness.problems().toString());
        assertTrue(readiness.problems().get(0).contains("no trust anchors"), readiness.problems().toString());
        assertTrue(readiness.problems().get(1).contains("no provider signing key"), readiness.problems().toString());
        assertTrue(readiness.problems().get(2).contains("is unreachable"), readiness.problems().toString());
        assertEquals("0", readiness.facts().get("trustAnchors"));
    }

    @Test
    void anAuthorityThatRefusesAPlainGetIsThereOneThatFailsIsNot() throws IOException {
        HttpServer tsa = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tsa.createContext("/refuses", exchange -> {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
        });
        tsa.createContext("/fails", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        tsa.start();
        try {
            String base = "http://127.0.0.1:" + tsa.getAddress().getPort();
            assertTrue(PkiReadiness.judge(NOW, null, null, c -> c, base + "/refuses").problems().stream()
                    .noneMatch(p -> p.contains("time-stamp authority")));
            assertTrue(PkiReadiness.judge(NOW, null, null, c -> c, base + "/fails").problems().stream()
                    .anyMatch(p -> p.contains("answers HTTP 503")));
        } finally {
            tsa.stop(0);
        }
    }

    @Test
    void withoutAnAuthorityConfiguredSigningGoesOnWithoutTimeStamps() {
        PkiReadiness readiness = PkiReadiness.judge(NOW, null, null, c -> c, null);
        assertTrue(readiness.facts().get("timeStampAuthority").startsWith("not configured"));
        assertTrue(readiness.problems().stream().noneMatch(p -> p.contains("time-stamp authority")));
    }

    @Test
    void aJudgementStandsForThirtySeconds() {
        PkiReadiness readiness = PkiReadiness.judge(NOW, null, null, c -> c, null);
        assertTrue(readiness.freshAt(NOW.plusSeconds(29)));
        assertFalse(readiness.freshAt(NOW.plusSeconds(30)));
    }
}
