package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Set;

/**
 * An officer at the provider's counter (§3) speaking to the counter API: looks the applicant up in the registries,
 * waits for their answer, and enters the form the applicant dictates with the scans of the documents they brought.
 * The form bytes come from the same builders the portal tests use, so a counter form is exactly a portal form.
 */
final class CounterOfficer {

    private static final Duration REGISTRY_PATIENCE = Duration.ofSeconds(60);

    private final PortalClient portal;
    private final String officer;

    CounterOfficer(PortalClient portal, String officer) {
        this.portal = portal;
        this.officer = officer;
    }

    /** §3 steps 2–3: the officer picks the service and enters the BIN or IIN. */
    PortalClient.Response lookUp(String procedure, String applicantId) {
        return portal.post("counter/lookups", officer, Json.createObjectBuilder().add("procedure", procedure)
                .add("applicantId", applicantId).build().toString());
    }

    /** Looks the applicant up and waits for the registries; fails unless they know the applicant. */
    JsonObject found(String procedure, String applicantId) {
        JsonObject lookup = answered(lookUp(procedure, applicantId).expect(201).json().getJsonNumber("id").longValue());
        if (!"FOUND".equals(lookup.getString("state"))) {
            throw new AssertionError("The registries do not know " + applicantId + ": " + lookup);
        }
        return lookup;
    }

    /** Reads the lookup until the registries have answered over JMS (FOUND or NOT_AVAILABLE). */
    JsonObject answered(long lookupId) {
        Instant end = Instant.now().plus(REGISTRY_PATIENCE);
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            last = portal.get("counter/lookups/" + lookupId, officer).expect(200).json();
            if (!"PENDING".equals(last.getString("state"))) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Lookup " + lookupId + " still pending after " + REGISTRY_PATIENCE + ": " + last);
    }

    /**
     * §3 steps 4–5: enters the form on the lookup with every listed document, those of the given kinds marked as
     * presented on paper (their scans), the others as the files the applicant brought.
     */
    PortalClient.Response takeIn(JsonObject lookup, byte[] form, Collection<PortalClient.Document> documents,
                                 Set<String> presentedOnPaper) {
        JsonArrayBuilder scans = Json.createArrayBuilder();
        documents.forEach(d -> scans.add(Json.createObjectBuilder().add("kind", d.kind())
                .add("fileName", d.fileName()).add("mediaType", "application/pdf")
                .add("content", Base64.getEncoder().encodeToString(d.content()))
                .add("presentedOnPaper", presentedOnPaper.contains(d.kind()))));
        return portal.post("counter/applications", officer, Json.createObjectBuilder()
                .add("lookupId", lookup.getJsonNumber("id").longValue())
                .add("form", Base64.getEncoder().encodeToString(form))
                .add("paperDocuments", scans)
                .build().toString());
    }

    /** Takes the application in and returns its number. */
    String registered(JsonObject lookup, byte[] form, Collection<PortalClient.Document> documents,
                      Set<String> presentedOnPaper) {
        return takeIn(lookup, form, documents, presentedOnPaper).expect(201).json().getString("number");
    }

    String name() {
        return officer;
    }
}
