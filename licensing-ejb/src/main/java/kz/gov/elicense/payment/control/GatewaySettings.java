package kz.gov.elicense.payment.control;

import kz.gov.elicense.configuration.ConfigurationDirectories;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the payment gateway is and how it and this system authenticate each other. The gateway's address and the
 * address of our callback are settings; without them, this server's own demo simulator and callback on loopback
 * (the HTTP port with the server's port offset). The shared secret of the callback signature is the setting
 * {@code licensing.payment.gateway.secret}, else {@code secret} in {@code <config dir>/payment-gateway.properties}.
 */
public final class GatewaySettings {

    public static final String URL = "licensing.payment.gateway.url";
    public static final String CALLBACK_URL = "licensing.payment.callback.url";
    public static final String SECRET = "licensing.payment.gateway.secret";

    private GatewaySettings() {
    }

    public static String gatewayUrl() {
        return ConfigurationDirectories.setting(URL).orElseGet(() -> loopback() + "/api/v1/demo/payment-gateway");
    }

    public static String callbackUrl() {
        return ConfigurationDirectories.setting(CALLBACK_URL).orElseGet(() -> loopback() + "/api/v1/payment-callbacks");
    }

    /** The shared secret, or empty when none is configured (then no callback can be authenticated). */
    public static Optional<String> secret() {
        Optional<String> set = ConfigurationDirectories.setting(SECRET);
        if (set.isPresent()) {
            return set;
        }
        Path file = ConfigurationDirectories.configDir().resolve("payment-gateway.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return Optional.ofNullable(properties.getProperty("secret")).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String loopback() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + port;
    }
}
