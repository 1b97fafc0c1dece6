package kz.gov.elicense.securityactivity.control;

import kz.gov.elicense.checks.entity.CheckKind;
import kz.gov.elicense.checks.entity.RegistryCheck;

import java.util.List;
import java.util.stream.Collectors;

/** What the registries' answers of an application add up to: what stands in the way of a licence, if anything. */
public record ChecksAssessment(List<RegistryCheck> checks) {

    public static ChecksAssessment of(List<RegistryCheck> checks) {
        return new ChecksAssessment(List.copyOf(checks));
    }

    public boolean hasAdverse() {
        return checks.stream().anyMatch(RegistryCheck::isAdverse);
    }

    /** The adverse answers as the grounds of a refusal, e.g. "criminal record of 750502401237: …". */
    public String adverseSummary() {
        return checks.stream().filter(RegistryCheck::isAdverse)
                .map(c -> c.purpose() + ": " + c.outcome() + (c.summary() == null || c.summary().isBlank() ? "" : " — " + c.summary()))
                .collect(Collectors.joining("; "));
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
