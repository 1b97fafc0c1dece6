package kz.gov.elicense.payment.control;

import kz.gov.elicense.configuration.ConfigurationDirectories;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * The licence fee of each service in tenge, from {@code fees.properties} in the configuration folder (procedure
 * code = amount). Read on every order, so an administrator's edit applies at once without a restart.
 */
public class FeeSchedule {

    public static final String FILE_SETTING = "licensing.fees.file";

    private final Path file;

    public FeeSchedule(Path file) {
        this.file = file;
    }

    /** The installation's schedule: {@code licensing.fees.file}, else {@code <config dir>/fees.properties}. */
    public static FeeSchedule configured() {
        return new FeeSchedule(ConfigurationDirectories.setting(FILE_SETTING).map(Path::of)
                .orElseGet(() -> ConfigurationDirectories.configDir().resolve("fees.properties")));
    }

    /** The fee of the service, if the schedule has one; a malformed amount is an installation error. */
    public OptionalLong feeOf(String procedureCode) {
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        Properties fees = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            fees.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the fee schedule " + file, e);
        }
        String amount = fees.getProperty(procedureCode);
        if (amount == null || amount.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long tenge = Long.parseLong(amount.strip().replace("_", ""));
            if (tenge <= 0) {
                throw new IllegalStateException("Fee schedule " + file + ": " + procedureCode + " must be positive");
            }
            return OptionalLong.of(tenge);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Fee schedule " + file + ": " + procedureCode + " is not whole tenge: "
                    + amount, e);
        }
    }

    public Path file() {
        return file;
    }
}
