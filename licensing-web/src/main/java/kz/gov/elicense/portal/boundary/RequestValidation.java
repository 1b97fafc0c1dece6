package kz.gov.elicense.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
