package kz.gov.elicense.application.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as the applicant and the provider see it: status, steps with deadlines, history, checks, result,
 * its lines in the office journals (incoming number with the registration stamp, outgoing number and dispatch), and
 * its licence fee (payment orders, the gateway's callbacks, the decision on a scanned receipt).
 */
public record ApplicationView(
        String number,
        String procedure,
        String channel,
        String applicantId,
        String applicantName,
        String status,
        String signatureStatus,
        String signatureNote,
        Instant signingTime,
        boolean signatureTimeStamped,
        Instant submittedAt,
        Instant dueAt,
        String executor,
        String currentStep,
        boolean overdue,
        List<Step> steps,
        List<HistoryEntry> history,
        List<Document> documents,
        List<Check> checks,
        Result result,
        List<kz.gov.elicense.journal.boundary.JournalLine> journal,
        String registryState,
        String registryStateReason,
        kz.gov.elicense.payment.boundary.PaymentState payment) {

    /** {@code registryState} of an application one of whose questions waits for an unavailable registry. */
    public static final String AWAITING_REGISTRY = "AWAITING_REGISTRY";

    public record Step(String code, String role, String limit, String assignee, Instant startedAt, Instant deadline,
                       Instant completedAt, String completedBy, String outcome, boolean overdue) {
    }

    public record HistoryEntry(String from, String to, Instant at, String actor, String reason) {
    }

    /** {@code presentedOnPaper}: the applicant showed the original at the counter and this is its scan. */
    public record Document(String kind, String fileName, String mediaType, long sizeBytes, String sha256,
                           LocalDate validUntil, boolean presentedOnPaper) {
    }

    /**
     * A registry question and, for the audit, who asked, the raw request and answer. {@code state} is
     * AWAITING_ANSWER until the registry answers (the special accounts may take days), AWAITING_REGISTRY while the
     * registry is unavailable (with {@code awaitingReason}; the gateway asks again by itself), ANSWERED after;
     * {@code repeatedAnswers} counts copies of the answer that arrived later and were ignored.
     */
    public record Check(String check, String subject, String purpose, Instant requestedAt, Instant answeredAt,
                        String outcome, String summary, String state, String awaitingReason, Instant awaitingSince,
                        int rounds, String requestedBy, String request, String reply, int repeatedAnswers) {
    }

    /** The drafted or issued result; {@code licenceNumber} once a licence is in the register. */
    public record Result(String kind, String report, String refusalReason, String licenceNumber, Instant signedAt,
                         String signedBy) {
    }
}
