package kz.gov.elicense.application.boundary;

import java.util.List;

/**
 * What the portal delivers: the form bytes the applicant signed, the detached CMS signature over them, and
 * the attached documents.
 */
public record PortalSubmission(byte[] form, byte[] signature, List<Attachment> attachments) {

    public PortalSubmission {
        attachments = List.copyOf(attachments);
    }

    public record Attachment(String kind, String fileName, String mediaType, byte[] content) {
    }
}
