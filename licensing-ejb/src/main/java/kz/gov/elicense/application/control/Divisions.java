package kz.gov.elicense.application.control;

import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.configuration.ConfigurationDirectories;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which division of its provider takes a service's applications, from {@code divisions.properties} in the
 * configuration folder: the procedure code, else the provider's code, names the division. Without either the
 * provider's code is the division, so a new service is never left to no one. Read at every delivery.
 */
public class Divisions {

    public static final String FILE_SETTING = "licensing.divisions.file";

    private final Path file;

    public Divisions(Path file) {
        this.file = file;
    }

    /** The installation's: {@code licensing.divisions.file}, else {@code <config dir>/divisions.properties}. */
    public static Divisions configured() {
        return new Divisions(ConfigurationDirectories.setting(FILE_SETTING).map(Path::of)
                .orElseGet(() -> ConfigurationDirectories.configDir().resolve("divisions.properties")));
    }

    public String of(ProcedureDefinition procedure) {
        return of(procedure.type().code(), procedure.provider().code());
    }

    String of(String procedureCode, String providerCode) {
        Properties divisions = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                divisions.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the divisions " + file, e);
            }
        }
        String division = divisions.getProperty(procedureCode, divisions.getProperty(providerCode, providerCode));
        return division.isBlank() ? providerCode : division.strip();
    }
}
