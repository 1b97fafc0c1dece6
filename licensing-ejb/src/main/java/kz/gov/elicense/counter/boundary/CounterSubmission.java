package kz.gov.elicense.counter.boundary;

import java.util.List;

/**
 * What the officer enters at the counter: the lookup it rests on, the form bytes of the service (the same JSON as a
 * portal form), the officer's detached CMS over them when the service has the officer certify the form, and the
 * documents with whether each was presented on paper (and is then the officer's scan of it).
 */
public record CounterSubmission(long lookupId, byte[] form, byte[] officerSignature, List<Document> documents) {

    public CounterSubmission {
        documents = List.copyOf(documents);
    }

    public record Document(String kind, String fileName, String mediaType, byte[] content, boolean presentedOnPaper) {
    }
}
