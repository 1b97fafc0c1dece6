package kz.gov.elicense.portal.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A portal submission on the wire: the signed form and its detached CMS signature, and the attached documents,
 * each Base64. The form lists the SHA-256 of each document, so the signature covers them all.
 */
public record SubmissionRequest(
        @NotBlank @Size(max = 1_000_000) String form,
        @NotBlank @Size(max = 100_000) String signature,
        @NotNull @Size(max = 30) List<@NotNull @Valid Attachment> documents) {

    public record Attachment(
            @Pattern(regexp = "[A-Z_]{3,40}", message = "must be a document kind such as QUALIFICATION_FORM") String kind,
            @NotBlank @Size(max = 255) String fileName,
            @NotBlank @Pattern(regexp = "(application/pdf|image/jpeg|image/png)", message = "must be application/pdf, image/jpeg or image/png") String mediaType,
            // 10 MiB of document is about 14 MB of Base64
            @NotBlank @Size(max = 14_000_000) String content) {
    }
}
