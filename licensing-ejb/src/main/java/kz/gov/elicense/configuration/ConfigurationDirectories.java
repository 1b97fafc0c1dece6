package kz.gov.elicense.configuration;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the configuration folders from system properties or environment variables, falling back to
 * {@code <server config dir>/licensing}. One place, so the README's table of settings stays true.
 */
public final class ConfigurationDirectories {

    public static final String CONFIG_DIR = "licensing.config.dir";
    public static final String PKI_DIR = "licensing.pki.dir";

    private ConfigurationDirectories() {
    }

    /** The folder with the calendar, provider profile and other editable files. */
    public static Path configDir() {
        return setting(CONFIG_DIR)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.config.dir", "."), "licensing"));
    }

    /** The folder with the trust anchors ({@code trust/}) and the provider's signing key ({@code provider/}). */
    public static Path pkiDir() {
        return setting(PKI_DIR).map(Path::of).orElseGet(() -> configDir().resolve("pki"));
    }

    /** A setting from a system property, else from the environment variable of the same name in upper snake case. */
    public static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
