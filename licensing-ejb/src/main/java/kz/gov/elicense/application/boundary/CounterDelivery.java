package kz.gov.elicense.application.boundary;

import kz.gov.elicense.application.entity.ProcedureType;

import java.util.List;

/**
 * An application an officer entered at the counter (§3), for the applicant and service a registry lookup found:
 * the form bytes (the same JSON as a portal form), the officer's detached CMS over them when the service has the
 * officer certify the form, and the documents with whether each was presented on paper (and is the officer's scan).
 */
public record CounterDelivery(ProcedureType procedure, String applicantId, String lookupReference, byte[] form,
                              byte[] officerSignature, List<Document> documents) {

    public CounterDelivery {
        documents = List.copyOf(documents);
    }

    public record Document(String kind, String fileName, String mediaType, byte[] content, boolean presentedOnPaper) {
    }

    /** What the counter needs back: the receipt, and the case it created. */
    public record Delivered(SubmissionReceipt receipt, Long applicationId) {
    }
}
