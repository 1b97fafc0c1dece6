package kz.gov.elicense.problem;

import jakarta.ejb.ApplicationException;

/**
 * A request turned down for a reason the caller can act on. {@code type} is stable (e.g.
 * {@code signature-invalid}) so that the portal can react to it; {@code detail} says precisely what was wrong.
 * Thrown from a session bean it rolls the transaction back: a rejected request changes nothing.
 */
@ApplicationException(rollback = true)
public class Rejection extends RuntimeException {

    private final RejectionKind kind;
    private final String type;
    private final String title;

    public Rejection(RejectionKind kind, String type, String title, String detail) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.title = title;
    }

    public static Rejection invalid(String type, String title, String detail) {
        return new Rejection(RejectionKind.INVALID_INPUT, type, title, detail);
    }

    public static Rejection notFound(String what) {
        return new Rejection(RejectionKind.NOT_FOUND, "not-found", "Not found", what + " was not found");
    }

    public static Rejection forbidden(String detail) {
        return new Rejection(RejectionKind.FORBIDDEN, "forbidden", "Not allowed", detail);
    }

    public static Rejection conflict(String type, String title, String detail) {
        return new Rejection(RejectionKind.CONFLICT, type, title, detail);
    }

    public static Rejection refused(String type, String title, String detail) {
        return new Rejection(RejectionKind.REFUSED, type, title, detail);
    }

    public static Rejection unauthenticated(String type, String title, String detail) {
        return new Rejection(RejectionKind.UNAUTHENTICATED, type, title, detail);
    }

    public static Rejection unavailable(String type, String title, String detail) {
        return new Rejection(RejectionKind.UNAVAILABLE, type, title, detail);
    }

    public RejectionKind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
