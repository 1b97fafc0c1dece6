package kz.gov.elicense.application.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as the applicant and the provider see it: status, steps with deadlines, history, checks, result,
 * and its lines in the office journals (incoming number with the registration stamp, outgoing number and dispatch).
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
        List<kz.gov.elicense.journal.boundary.JournalLine> journal) {

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
     * A registry question: {@code state} is {@value #AWAITING_ANSWER} until the registry answers (the special
     * accounts may take days) and {@value #ANSWERED} after; {@code repeatedAnswers} counts copies of the answer
     * that arrived later and were ignored.
     */
    public record Check(String check, String subject, String purpose, Instant requestedAt, Instant answeredAt,
                        String outcome, String summary, String state, int repeatedAnswers) {

        public static final String AWAITING_ANSWER = "AWAITING_ANSWER";
        public static final String ANSWERED = "ANSWERED";
    }

    /** The drafted or issued result; {@code licenceNumber} once a licence is in the register. */
    public record Result(String kind, String report, String refusalReason, String licenceNumber, Instant signedAt,
                         String signedBy) {
    }
}
