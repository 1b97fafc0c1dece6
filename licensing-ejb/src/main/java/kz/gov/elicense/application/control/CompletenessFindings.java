package kz.gov.elicense.application.control;

import java.util.List;

/** What the completeness check found missing or expired; empty when the set of documents is complete. */
public record CompletenessFindings(List<String> missing, List<String> expired) {

    public CompletenessFindings {
        missing = List.copyOf(missing);
        expired = List.copyOf(expired);
    }

    public boolean complete() {
        return missing.isEmpty() && expired.isEmpty();
    }

    /** The grounds of a motivated refusal of further consideration. */
    public String asRefusalGrounds() {
        StringBuilder text = new StringBuilder();
        if (!missing.isEmpty()) {
            text.append("Documents not submitted: ").append(String.join("; ", missing)).append('.');
        }
        if (!expired.isEmpty()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append("Documents no longer valid: ").append(String.join("; ", expired)).append('.');
        }
        return text.toString();
    }
}
