package kz.gov.elicense.document.entity;

import java.util.Objects;

/** Checks shared by the document values: a field the form prints must not be empty. */
final class Texts {

    private Texts() {
    }

    static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
