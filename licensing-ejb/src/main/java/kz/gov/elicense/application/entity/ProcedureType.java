package kz.gov.elicense.application.entity;

import java.util.Objects;

/**
 * Which state service an application asks for, by its stable code (e.g. {@code SECURITY_ACTIVITY_ISSUE}).
 * The procedures themselves are declared by their components; this is only the name the case keeps, so that
 * a new procedure needs no change here.
 */
public record ProcedureType(String code) {

    public ProcedureType {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]{2,63}")) {
            throw new IllegalArgumentException("Not a procedure code: " + code);
        }
    }

    public static ProcedureType of(String code) {
        return new ProcedureType(code);
    }

    /** The code, as enum constants name themselves, for the places that print it. */
    public String name() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
