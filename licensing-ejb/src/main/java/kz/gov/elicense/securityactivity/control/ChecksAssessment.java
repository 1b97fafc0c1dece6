package kz.gov.elicense.securityactivity.control;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.CheckOutcome;
import kz.gov.elicense.checks.entity.RegistryCheck;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the registries' answers of an application add up to: what stands in the way of a licence, if anything.
 * With the head the application declares, it also holds the declaration against the legal entities database:
 * an applicant cannot have a clean person checked in place of its real head. With the legal address the application
 * declares (reissue and duplicate, §4.1), it holds that against the database too: a licence cannot be reissued to
 * an address the organisation is not registered at.
 *
 * @param declaredHeadIin      the head's IIN as the applicant declared it, or null not to compare
 * @param declaredLegalAddress the legal address the application declares, or null not to compare
 */
public record ChecksAssessment(List<RegistryCheck> checks, String declaredHeadIin, String declaredLegalAddress) {

    public static ChecksAssessment of(List<RegistryCheck> checks) {
        return new ChecksAssessment(List.copyOf(checks), null, null);
    }

    public static ChecksAssessment of(List<RegistryCheck> checks, String declaredHeadIin) {
        return new ChecksAssessment(List.copyOf(checks), declaredHeadIin, null);
    }

    public static ChecksAssessment of(List<RegistryCheck> checks, String declaredHeadIin, String declaredLegalAddress) {
        return new ChecksAssessment(List.copyOf(checks), declaredHeadIin, declaredLegalAddress);
    }

    public boolean hasAdverse() {
        return checks.stream().anyMatch(RegistryCheck::isAdverse) || headDiscrepancy().isPresent()
                || addressDiscrepancy().isPresent();
    }

    /** The adverse answers as the grounds of a refusal, e.g. "criminal record of 750502401237: …". */
    public String adverseSummary() {
        return String.join("; ", findings());
    }

    /** The adverse answers and any discrepancy, one line each. */
    public List<String> findings() {
        List<String> grounds = new java.util.ArrayList<>(checks.stream().filter(RegistryCheck::isAdverse)
                .map(c -> c.purpose() + ": " + c.outcome() + (c.summary() == null || c.summary().isBlank() ? "" : " — " + c.summary()))
                .toList());
        headDiscrepancy().ifPresent(grounds::add);
        addressDiscrepancy().ifPresent(grounds::add);
        return grounds;
    }

    /** When the legal entities database names another head than the application declares, says so. */
    public java.util.Optional<String> headDiscrepancy() {
        if (declaredHeadIin == null) {
            return java.util.Optional.empty();
        }
        return checks.stream()
                .filter(c -> c.kind() == CheckKind.LEGAL_ENTITY && c.outcome() == CheckOutcome.FOUND && c.data() != null)
                .map(c -> registered(c.data(), "headIin"))
                .filter(registered -> registered != null && !registered.equals(declaredHeadIin))
                .findFirst()
                .map(registered -> "head of the organisation: the legal entities database names IIN " + registered
                        + ", the application declares IIN " + declaredHeadIin);
    }

    /**
     * When the legal entities database registers the organisation at another legal address than the application
     * declares, says so. Letter case and runs of white space do not count as a difference; anything else does, as
     * the address is printed on the register entry the way the database has it.
     */
    public java.util.Optional<String> addressDiscrepancy() {
        if (declaredLegalAddress == null || declaredLegalAddress.isBlank()) {
            return java.util.Optional.empty();
        }
        return checks.stream()
                .filter(c -> c.kind() == CheckKind.LEGAL_ENTITY && c.outcome() == CheckOutcome.FOUND && c.data() != null)
                .map(c -> registered(c.data(), "legalAddress"))
                .filter(registered -> !sameAddress(registered, declaredLegalAddress))
                .findFirst()
                .map(registered -> "legal address: the legal entities database registers «"
                        + (registered == null ? "no address" : registered) + "», the application declares «"
                        + declaredLegalAddress.strip() + "»");
    }

    private static boolean sameAddress(String registered, String declared) {
        return registered != null && normalised(registered).equals(normalised(declared));
    }

    private static String normalised(String address) {
        return address.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String registered(String data, String field) {
        try (JsonReader reader = Json.createReader(new StringReader(data))) {
            return reader.readObject().getString(field, null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** A one-line account of all answers except those of the given kind. */
    public String summary(CheckKind except) {
        return describe(checks.stream().filter(c -> c.kind() != except).toList());
    }

    /** A one-line account of the answers of one kind. */
    public String summaryOf(CheckKind kind) {
        return describe(checks.stream().filter(c -> c.kind() == kind).toList());
    }

    private static String describe(List<RegistryCheck> selected) {
        long adverse = selected.stream().filter(RegistryCheck::isAdverse).count();
        String head = selected.size() + " answers, " + (adverse == 0 ? "none adverse" : adverse + " adverse");
        if (adverse == 0) {
            return head;
        }
        return head + ": " + selected.stream().filter(RegistryCheck::isAdverse)
                .map(c -> c.kind() + " " + c.subject() + " " + c.outcome())
                .collect(Collectors.joining(", "));
    }
}
