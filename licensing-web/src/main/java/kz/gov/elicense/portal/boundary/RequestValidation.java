package kz.gov.elicense.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import kz.gov.elicense.document.control.UploadedContent;
import kz.gov.elicense.problem.Rejection;

import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates request bodies and decodes their Base64 fields, answering with a precise problem. */
@ApplicationScoped
public class RequestValidation {

    @Inject
    Validator validator;

    public <T> T valid(T body) {
        if (body == null) {
            throw Rejection.invalid("body-missing", "The request has no body", "Send the JSON this operation expects");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw Rejection.invalid("request-invalid", "The request breaks its format rules", violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        return body;
    }

    public static byte[] base64(String value, String field) {
        try {
            // line breaks are tolerated (PEM-style wrapping), anything else outside the alphabet is an error
            return Base64.getDecoder().decode(value.replaceAll("[\\r\\n]", ""));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("base64-invalid", "A field is not Base64", field + ": " + e.getMessage());
        }
    }

    /** A document's Base64 content, decoded and held to its declared media type and largest size. */
    public static byte[] document(String mediaType, String value, String field) {
        byte[] content = base64(value, field);
        if (content.length > UploadedContent.MAX_BYTES) {
            throw Rejection.invalid("document-too-large", "A document is too large",
                    field + " has " + content.length + " bytes, more than " + UploadedContent.MAX_BYTES);
        }
        if (!UploadedContent.matches(mediaType, content)) {
            throw Rejection.invalid("document-content-mismatch", "A document is not what it says it is",
                    field + " is declared " + mediaType + " but its content is not");
        }
        return content;
    }

    /** A required ISO date (yyyy-MM-dd) from a query parameter. */
    public static java.time.LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw Rejection.invalid("date-required", "A date is missing", field + " must be given as yyyy-MM-dd");
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Rejection.invalid("date-invalid", "Not a date", field + " must be yyyy-MM-dd, not " + value);
        }
    }
}
