package kz.gov.elicense.registry.entity;

/**
 * A request body that cannot be served. This is a permanent error: redelivering the same message cannot
 * fix it, so the consumer answers with {@link Outcome#ERROR} instead of rolling back.
 * <p>
 * Carries whatever {@code check} and {@code subject} could still be read, so the error reply can echo them.
 */
public class MalformedRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String check;
    private final String subject;

    public MalformedRequestException(String reason, String check, String subject) {
        super(reason);
        this.check = check == null ? "" : check;
        this.subject = subject == null ? "" : subject;
    }

    /** The raw {@code check} value as sent, or an empty string when none could be read. */
    public String check() {
        return check;
    }

    /** The raw {@code subject} value as sent, or an empty string when none could be read. */
    public String subject() {
        return subject;
    }
}
