package kz.gov.elicense.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Switches the demo PKI of the test server ({@code PUT /api/v1/demo/pki/outage}): its OCSP responder down and its
 * CRLs stale, as an outage of the national PKI would leave them, or back to normal.
 */
final class DemoPkiOutage {

    private DemoPkiOutage() {
    }

    static void set(boolean ocspDown, boolean crlStale) {
        URI address = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset",
                100)) + "/api/v1/demo/pki/outage");
        HttpRequest request = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"ocspDown\":" + ocspDown + ",\"crlStale\":" + crlStale
                        + "}"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("PUT " + address + ": HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("PUT " + address + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
