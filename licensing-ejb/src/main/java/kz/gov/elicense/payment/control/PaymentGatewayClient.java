package kz.gov.elicense.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Registers a payment with the e-government payment gateway over HTTP (JSON) and gets back the address where the
 * payer pays. The demo simulator and a real gateway differ only in {@link GatewaySettings#gatewayUrl()}.
 */
@ApplicationScoped
public class PaymentGatewayClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** The gateway's payment page for the order, or {@link GatewayUnavailable} when the gateway cannot take it. */
    public String register(String reference, long amount, String currency, String description) {
        String body = Json.createObjectBuilder()
                .add("reference", reference)
                .add("amount", amount)
                .add("currency", currency)
                .add("description", description)
                .add("callbackUrl", GatewaySettings.callbackUrl())
                .build().toString();
        URI endpoint = URI.create(GatewaySettings.gatewayUrl() + "/payments");
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GatewayUnavailable("The payment gateway at " + endpoint + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable("Interrupted while asking the payment gateway");
        }
        if (response.statusCode() / 100 != 2) {
            throw new GatewayUnavailable("The payment gateway refused the order: HTTP " + response.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            return answer.getString("paymentUrl");
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new GatewayUnavailable("The payment gateway's answer names no paymentUrl");
        }
    }

    /** The gateway did not take the order; nothing was paid. */
    public static class GatewayUnavailable extends RuntimeException {
        public GatewayUnavailable(String message) {
            super(message);
        }
    }
}
