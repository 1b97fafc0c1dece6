package kz.gov.elicense.application.boundary;

import kz.gov.elicense.application.entity.Bin;
import kz.gov.elicense.application.entity.Iin;
import kz.gov.elicense.application.entity.InvalidIdentifierException;
import kz.gov.elicense.problem.Rejection;

/** Checks of the BINs and IINs a form carries, failing with the field that is wrong. */
public final class Identifiers {

    private Identifiers() {
    }

    public static Bin bin(String value, String field) {
        try {
            return Bin.of(value);
        } catch (InvalidIdentifierException e) {
            throw invalid(field, e);
        }
    }

    public static Iin iin(String value, String field) {
        try {
            return Iin.of(value);
        } catch (InvalidIdentifierException e) {
            throw invalid(field, e);
        }
    }

    /** A BIN or an IIN, whichever it is. */
    public static String binOrIin(String value, String field) {
        if (Bin.isBin(value)) {
            return value;
        }
        return iin(value, field).toString();
    }

    private static Rejection invalid(String field, InvalidIdentifierException e) {
        return Rejection.invalid("identifier-invalid", "A BIN or IIN is not valid", field + ": " + e.getMessage());
    }
}
