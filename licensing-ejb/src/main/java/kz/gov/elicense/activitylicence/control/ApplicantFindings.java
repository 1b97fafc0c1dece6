package kz.gov.elicense.activitylicence.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the legal entities database says against a licence beyond an adverse answer: an applicant it knows only as
 * liquidated, and a new name on a reissue that is not the name it has registered (the reissue would print a name no
 * registration supports).
 */
public final class ApplicantFindings {

    private ApplicantFindings() {
    }

    /**
     * @param declaredNewName the holder's new name a reissue asks for, or null when the application changes no name
     * @return one line per finding, empty when nothing stands in the way
     */
    public static List<String> of(List<RegistryCheck> checks, String declaredNewName) {
        List<String> findings = new ArrayList<>();
        for (RegistryCheck check : checks) {
            if (check.kind() != CheckKind.LEGAL_ENTITY || check.outcome() != CheckOutcome.FOUND) {
                continue;
            }
            Optional<JsonObject> data = data(check);
            String status = data.map(d -> d.getString("status", null)).orElse(null);
            if (status != null && !"ACTIVE".equals(status)) {
                findings.add(check.purpose() + ": the legal entities database has BIN " + check.subject() + " as "
                        + status);
            }
            String registeredName = data.map(d -> d.getString("name", null)).orElse(null);
            if (declaredNewName != null && !declaredNewName.isBlank() && registeredName != null
                    && !sameName(registeredName, declaredNewName)) {
                findings.add("new name of the licensee: the legal entities database has «" + registeredName
                        + "» for BIN " + check.subject() + ", the application asks for «" + declaredNewName.strip() + "»");
            }
        }
        return findings;
    }

    /** Names compared as an officer would: case, spacing and the kind of quotation marks do not matter. */
    static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[«»“”„\"']", "\"").replaceAll("\\s+", " ").strip();
    }

    private static Optional<JsonObject> data(RegistryCheck check) {
        if (check.data() == null || check.data().isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(check.data()))) {
            return Optional.of(reader.readObject());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
